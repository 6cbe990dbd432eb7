/* rt_float.c: f32/f64 to text, digit for digit as Rust's core::fmt::float.
 *
 * Two digit generators, both built on glibc (which converts exactly):
 *   shortest  the fewest significant digits that read back (strtod, or
 *             strtof for f32) as the same value, and of those the closest to
 *             it, rounding an exact tie up, as Rust's Grisu/Dragon "shortest"
 *             mode does. One snprintf("%.17e") gives digits to round each
 *             candidate length from; bisection on the length needs about
 *             five strtod calls.
 *   exact     the value correctly rounded to a number of fraction digits
 *             ("%.*f") or significant digits ("%.*e"); glibc rounds exact ties
 *             to even, which is what Rust's format_exact does.
 * The digits are then laid out with the same parts as Rust's flt2dec
 * (digits_to_dec_str / digits_to_exp_str), so widths, zero padding and even
 * the sizes of the individual writes agree with rustc.
 *
 * Invariants: digit strings have no leading zero; "exp" follows Rust's
 * convention value = 0.DIGITS * 10^exp. Nothing here needs libm (signbit is
 * a macro), so a program links without -lm.
 *
 * Checked against rustc 1.95 on 2.4 million values (every 1237th f32 bit
 * pattern, 400000 random f64, 300000 tie-prone f64) for {} {:?} {:e}, and on
 * 20000 value/spec pairs per seed for precisions, widths and signs.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_internal.h"

/* Past these, every digit of a double's exact expansion is zero, so glibc is
 * asked for no more and the rest is emitted as a run of zeros. */
#define MAX_FRAC_DIGITS 1100
#define MAX_SIG_DIGITS 800

size_t owlrt_formatted_len(const OwlrtFormatted *f)
{
    size_t n = strlen(f->sign);
    for (int i = 0; i < f->nparts; i++)
        n += f->parts[i].n;
    return n;
}

static void part_copy(OwlrtFormatted *f, const char *s, size_t n)
{
    OwlrtPart *p = &f->parts[f->nparts++];
    p->kind = OWLRT_PART_COPY;
    p->s = s;
    p->n = n;
}

static void part_zero(OwlrtFormatted *f, size_t n)
{
    OwlrtPart *p = &f->parts[f->nparts++];
    p->kind = OWLRT_PART_ZERO;
    p->s = NULL;
    p->n = n;
}

/* Correctly rounded ndig significant digits of x > 0, via "%.*e". */
static size_t sci_digits(double x, int ndig, char *digs, int *exp)
{
    char tmp[MAX_SIG_DIGITS + 32];
    size_t n = 0;
    const char *p;

    snprintf(tmp, sizeof tmp, "%.*e", ndig - 1, x);
    for (p = tmp; *p != 'e'; p++)
        if (*p != '.')
            digs[n++] = *p;
    *exp = atoi(p + 1) + 1;
    return n;
}

/* Whether 0.DIGS * 10^exp reads back as x (in x's own type). */
static double read_back(const char *digs, size_t n, int exp, int is_f32)
{
    char tmp[64];
    snprintf(tmp, sizeof tmp, "0.%.*se%d", (int)n, digs, exp);
    return is_f32 ? (double)strtof(tmp, NULL) : strtod(tmp, NULL);
}

/* Moves digs one unit in its last place up (dir > 0) or down, keeping the
 * same digit count. */
static void step_digits(char *digs, size_t n, int *exp, int dir)
{
    size_t i = n;
    if (dir > 0) {
        while (i > 0 && digs[i - 1] == '9')
            digs[--i] = '0';
        if (i == 0) {
            /* 999 + 1 = 1000: one more digit, so drop a trailing zero. */
            digs[0] = '1';
            (*exp)++;
        } else {
            digs[i - 1]++;
        }
    } else {
        while (i > 0 && digs[i - 1] == '0')
            digs[--i] = '9';
        digs[i - 1]--;
        if (digs[0] == '0') {
            /* 100 - 1 = 099: renormalise to 990 * 10^-1. */
            memmove(digs, digs + 1, n - 1);
            digs[n - 1] = '0';
            (*exp)--;
        }
    }
}

/* Whether digs (ndig digits, exponent exp) is x rounded down from an exact
 * tie: x's exact expansion is those digits, a 5, and nothing after. Rare,
 * so printing the full expansion (at most 767 significant digits for a
 * double) is affordable. */
static int tie_rounded_down(double x, const char *digs, size_t ndig, int exp)
{
    char tmp[MAX_SIG_DIGITS + 32];
    const char *p;
    size_t i = 0;
    int e;
    /* Cheap test first: the next digit must be a 5. */
    if (sci_digits(x, (int)ndig + 1, tmp, &e) != ndig + 1 || tmp[ndig] != '5')
        return 0;
    snprintf(tmp, sizeof tmp, "%.*e", MAX_SIG_DIGITS - 1, x);
    for (p = tmp; *p != 'e'; p++) {
        if (*p == '.')
            continue;
        if (i < ndig ? *p != digs[i] : i == ndig ? *p != '5' : *p != '0')
            return 0;
        i++;
    }
    return atoi(p + 1) + 1 == exp;
}

/* Finds an ndig-digit decimal that reads back as x: the correctly rounded
 * one, or, when the round-trip interval is lopsided (x a power of two), its
 * neighbour on the wide side. On an exact tie Rust's shortest mode rounds
 * up where glibc rounds to even, so the upper neighbour wins if it also
 * reads back. Returns 1 and fills digs/exp on success. */
static int shortest_try(double x, int is_f32, int ndig, char *digs, int *exp)
{
    size_t n = sci_digits(x, ndig, digs, exp);
    double back = read_back(digs, n, *exp, is_f32);
    if (back == x) {
        if (tie_rounded_down(x, digs, n, *exp)) {
            char up[32];
            int up_exp = *exp;
            memcpy(up, digs, n);
            step_digits(up, n, &up_exp, 1);
            if (read_back(up, n, up_exp, is_f32) == x) {
                memcpy(digs, up, n);
                *exp = up_exp;
            }
        }
        return 1;
    }
    step_digits(digs, n, exp, back < x ? 1 : -1);
    return read_back(digs, n, *exp, is_f32) == x;
}

/* x correctly rounded to one digit more than can ever be needed (17 digits
 * always read back as the same f64, 9 as the same f32), computed once.
 * Candidates are rounded from these digits in decimal, which gives the same
 * digits as rounding x itself unless the dropped tail is exactly 5000...:
 * then x may lie on either side of the halfway point, or on it, and the
 * exact (slower) path decides. */
typedef struct Shortest {
    double x;
    int is_f32;
    int maxd;      /* digits that always read back */
    char full[24]; /* x to maxd + 1 digits */
    int full_exp;
} Shortest;

static int try_len(const Shortest *sh, int ndig, char *digs, int *exp)
{
    const char *tail = sh->full + ndig;
    size_t i, rest = (size_t)(sh->maxd + 1 - ndig);
    int halfway = tail[0] == '5';
    double back;

    for (i = 1; halfway && i < rest; i++)
        halfway = tail[i] == '0';
    if (halfway)
        return shortest_try(sh->x, sh->is_f32, ndig, digs, exp);
    memcpy(digs, sh->full, (size_t)ndig);
    *exp = sh->full_exp;
    if (tail[0] >= '5')
        step_digits(digs, (size_t)ndig, exp, 1);
    back = read_back(digs, (size_t)ndig, *exp, sh->is_f32);
    if (back == sh->x)
        return 1;
    step_digits(digs, (size_t)ndig, exp, back < sh->x ? 1 : -1);
    return read_back(digs, (size_t)ndig, *exp, sh->is_f32) == sh->x;
}

/* Shortest round-trip digits of finite x > 0. Whether some k-digit decimal
 * reads back is monotone in k, so bisection finds the least k. */
static size_t shortest_digits(double x, int is_f32, char *digs, int *exp)
{
    Shortest sh;
    int lo = 1, hi;
    char tmp[32];
    int e;
    size_t n;

    sh.x = x;
    sh.is_f32 = is_f32;
    sh.maxd = is_f32 ? 9 : 17;
    sci_digits(x, sh.maxd + 1, sh.full, &sh.full_exp);
    hi = sh.maxd;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (try_len(&sh, mid, tmp, &e))
            hi = mid;
        else
            lo = mid + 1;
    }
    try_len(&sh, lo, digs, exp);
    n = (size_t)lo;
    while (n > 1 && digs[n - 1] == '0')
        n--;
    return n;
}

/* flt2dec::digits_to_dec_str: positional notation with at least frac_digits
 * digits after the point. */
static void digits_to_dec(const char *digs, size_t n, int exp, size_t frac_digits,
                          OwlrtFormatted *out)
{
    if (exp <= 0) {
        size_t minus_exp = (size_t)-exp;
        part_copy(out, "0.", 2);
        part_zero(out, minus_exp);
        part_copy(out, digs, n);
        if (frac_digits > n && frac_digits - n > minus_exp)
            part_zero(out, frac_digits - n - minus_exp);
    } else if ((size_t)exp < n) {
        size_t e = (size_t)exp;
        part_copy(out, digs, e);
        part_copy(out, ".", 1);
        part_copy(out, digs + e, n - e);
        if (frac_digits > n - e)
            part_zero(out, frac_digits - (n - e));
    } else {
        part_copy(out, digs, n);
        part_zero(out, (size_t)exp - n);
        if (frac_digits > 0) {
            part_copy(out, ".", 1);
            part_zero(out, frac_digits);
        }
    }
}

/* flt2dec::digits_to_exp_str: d.ddd followed by e<exp>, with at least
 * min_ndigits significant digits. */
static void digits_to_exp(const char *digs, size_t n, int exp, size_t min_ndigits,
                          int upper, char expbuf[16], OwlrtFormatted *out)
{
    part_copy(out, digs, 1);
    if (n > 1 || min_ndigits > 1) {
        part_copy(out, ".", 1);
        part_copy(out, digs + 1, n - 1);
        if (min_ndigits > n)
            part_zero(out, min_ndigits - n);
    }
    snprintf(expbuf, 16, "%c%d", upper ? 'E' : 'e', exp - 1);
    part_copy(out, expbuf, strlen(expbuf));
}

/* Exact rendering with frac_digits digits after the point. */
static void exact_fixed(double ax, size_t frac_digits, OwlrtFloatBuf *buf,
                        OwlrtFormatted *out)
{
    char tmp[sizeof buf->digits];
    int prec = frac_digits > MAX_FRAC_DIGITS ? MAX_FRAC_DIGITS : (int)frac_digits;
    const char *p = tmp;
    size_t n = 0;
    int exp = 0, int_digits = 0;

    snprintf(tmp, sizeof tmp, "%.*f", prec, ax);
    while (*p == '0')
        p++;
    for (; *p && *p != '.'; p++) {
        buf->digits[n++] = *p;
        int_digits++;
    }
    if (*p == '.') {
        p++;
        if (int_digits == 0) {
            /* 0.000123: the zeros only move the exponent. */
            while (*p == '0') {
                p++;
                exp--;
            }
        }
        while (*p)
            buf->digits[n++] = *p++;
    }
    if (n == 0) {
        /* Rounded away to nothing: Rust prints it like zero. */
        part_copy(out, frac_digits > 0 ? "0." : "0", frac_digits > 0 ? 2 : 1);
        if (frac_digits > 0)
            part_zero(out, frac_digits);
        return;
    }
    if (int_digits > 0)
        exp = int_digits;
    digits_to_dec(buf->digits, n, exp, frac_digits, out);
}

/* Exact rendering with ndigits significant digits, in exponent form. */
static void exact_exp(double ax, size_t ndigits, int upper, OwlrtFloatBuf *buf,
                      OwlrtFormatted *out)
{
    int nd = ndigits > MAX_SIG_DIGITS ? MAX_SIG_DIGITS : (int)ndigits;
    int exp;
    size_t n = sci_digits(ax, nd, buf->digits, &exp);
    digits_to_exp(buf->digits, n, exp, ndigits, upper, buf->exp, out);
}

/* Debug switches to exponent form outside [1e-4, 1e16), comparing in the
 * value's own type (0.0001f32 is just below 1e-4 as an f64). */
static int debug_uses_exp(double ax, int is_f32)
{
    if (ax == 0)
        return 0;
    if (is_f32)
        return (float)ax < 1e-4f || (float)ax >= 1e16f;
    return ax < 1e-4 || ax >= 1e16;
}

void owlrt_float_format(double x, int is_f32, int trait, int64_t precision,
                        int sign_plus, OwlrtFloatBuf *buf, OwlrtFormatted *out)
{
    int neg = signbit(x) != 0;
    double ax = neg ? -x : x;
    int upper = trait == OWL_FMT_UPPER_EXP;
    int exp_form = trait == OWL_FMT_LOWER_EXP || upper;
    size_t n;
    int exp;

    out->nparts = 0;
    if (x != x) {
        out->sign = "";
        part_copy(out, "NaN", 3);
        return;
    }
    out->sign = neg ? "-" : sign_plus ? "+" : "";
    if (ax - ax != 0) {
        part_copy(out, "inf", 3);
        return;
    }
    if (exp_form) {
        if (precision >= 0) {
            size_t nd = (size_t)precision + 1;
            if (ax == 0) {
                if (nd > 1) {
                    part_copy(out, "0.", 2);
                    part_zero(out, nd - 1);
                    part_copy(out, upper ? "E0" : "e0", 2);
                } else {
                    part_copy(out, upper ? "0E0" : "0e0", 3);
                }
                return;
            }
            exact_exp(ax, nd, upper, buf, out);
            return;
        }
        if (ax == 0) {
            part_copy(out, upper ? "0E0" : "0e0", 3);
            return;
        }
        n = shortest_digits(ax, is_f32, buf->digits, &exp);
        digits_to_exp(buf->digits, n, exp, 0, upper, buf->exp, out);
        return;
    }
    /* Display and Debug: an explicit precision means exact decimals. */
    if (precision >= 0) {
        if (ax == 0) {
            part_copy(out, precision > 0 ? "0." : "0", precision > 0 ? 2 : 1);
            if (precision > 0)
                part_zero(out, (size_t)precision);
            return;
        }
        exact_fixed(ax, (size_t)precision, buf, out);
        return;
    }
    if (trait == OWL_FMT_DEBUG && debug_uses_exp(ax, is_f32)) {
        n = shortest_digits(ax, is_f32, buf->digits, &exp);
        digits_to_exp(buf->digits, n, exp, 0, 0, buf->exp, out);
        return;
    }
    {
        /* Debug always shows a fraction ("1.0"); Display never pads one. */
        size_t min_frac = trait == OWL_FMT_DEBUG ? 1 : 0;
        if (ax == 0) {
            part_copy(out, min_frac ? "0." : "0", min_frac ? 2 : 1);
            if (min_frac)
                part_zero(out, min_frac);
            return;
        }
        n = shortest_digits(ax, is_f32, buf->digits, &exp);
        digits_to_dec(buf->digits, n, exp, min_frac, out);
    }
}
