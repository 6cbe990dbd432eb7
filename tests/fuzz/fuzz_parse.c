/* fuzz_parse.c: libFuzzer target for the source loader, the lexer and the
 * parser (with --dump-tokens, the implementation limits, and --dump-ast of
 * the untyped tree). See fuzz_common.h and docs/testing.md. */
#define _GNU_SOURCE
#include "fuzz_common.h"
#include "limits.h"
#include "parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void compile_one(const uint8_t *data, size_t size) {
    SourceFile *file = fuzz_begin(data, size);
    if (file) {
        CharVec out = {0};
        lex_dump(file, &out);
        Crate *crate = parse_crate(file);
        if (limits_check_crate(crate)) {
            CharVec ast = {0};
            ast_dump(crate, &ast);
        }
    }
    fuzz_end();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz_run(compile_one, data, size);
    return 0;
}
