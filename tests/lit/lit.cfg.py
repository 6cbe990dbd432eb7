# lit configuration for Owl's golden tests: one folder per phase
# (lexer, parser, types, mir, codegen, diag, cli). Each test is a .rs file
# with RUN lines; expectations are FileCheck lines inside the file.
# Prefixes must not be lit keywords: use OUT, IR, MIR, ERR, AST, TOK.
import os
import lit.formats

config.name = "owl"
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".rs"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(os.path.dirname(config.owl), "..", "tests", "lit-out")
config.excludes = ["Inputs"]
# %owlrt must come before %owl: lit substitutes in list order.
config.substitutions.append(("%owlrt", config.owlrt_dir))
config.substitutions.append(("%owl", config.owl))
config.substitutions.append(("FileCheck", config.filecheck))
config.environment["RUST_BACKTRACE"] = "0"
