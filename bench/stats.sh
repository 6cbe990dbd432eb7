# stats.sh: the arithmetic the benchmark scripts share (sourced, not run).

# median N...: the median of integers (mean of the middle two for even counts).
median() {
    local sorted n
    mapfile -t sorted < <(printf '%s\n' "$@" | sort -n)
    n=${#sorted[@]}
    if ((n % 2)); then
        echo "${sorted[n / 2]}"
    else
        echo $(((sorted[n / 2 - 1] + sorted[n / 2]) / 2))
    fi
}

# ms NS: nanoseconds as milliseconds with one decimal.
ms() {
    local tenths=$((($1 + 50000) / 100000))
    printf '%d.%d' $((tenths / 10)) $((tenths % 10))
}
