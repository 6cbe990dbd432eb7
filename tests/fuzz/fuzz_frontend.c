/* fuzz_frontend.c: libFuzzer target for the whole front end, in the
 * driver's order and with its stops between phases: load, parse, limits,
 * type check, MIR building (debug and release alternately), the MIR
 * verifier, the checks body by body (ownership, unused variables, drop
 * elaboration, lints: compiler/check.h) and layout, then --dump-mir. No
 * code generation. See fuzz_common.h and docs/testing.md. */
#define _GNU_SOURCE
#include "check.h"
#include "fuzz_common.h"
#include "layout.h"
#include "limits.h"
#include "mir_build.h"
#include "parse.h"
#include "typeck.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void compile_one(const uint8_t *data, size_t size) {
    SourceFile *file = fuzz_begin(data, size);
    /* layout.c's cache belongs to the previous arena until it sees this one. */
    (void)layout_of(ty_unit());
    if (!file)
        goto done;
    Crate *crate = parse_crate(file);
    if (diag_error_count() || !limits_check_crate(crate))
        goto done;
    typeck_defer_lints = true;
    if (!typeck_crate(crate) || diag_error_count())
        goto done;
    /* The last input byte picks debug (overflow checks) or release MIR. */
    bool checks = size == 0 || (data[size - 1] & 1) == 0;
    MirProgram *mir = mir_build(crate, checks);
    if (diag_error_count())
        goto done;
    mir_verify(mir);
    if (!check_program(mir, checks) || diag_error_count())
        goto done;
    mir_verify(mir);
    layout_program(mir);
    CharVec out = {0};
    mir_dump(mir, &out);
done:
    fuzz_end();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz_run(compile_one, data, size);
    return 0;
}
