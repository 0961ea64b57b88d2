# The edges' own words in English: the command line's text report (cli-*) and the page (page-*).
# Every other language's cli.ftl has every id with the same arguments (a test checks it).

## The command line

cli-summary = { $name } ({ $template }): { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}: { $create } create, { $update } update, { $not-processed } not processed; { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}
cli-file = File
cli-rows = Rows
cli-row = row { $row }
cli-error = error
cli-warning = warning
cli-would-not-process = Partner Center would not process { $not-processed ->
    [one] { $not-processed } row
   *[other] { $not-processed } rows
} of { $rows }.
cli-fix-the-errors = Fix the errors, or upload the annotated file's rows without errors first.
cli-no-errors = No errors: Partner Center would create { $create ->
    [one] { $create } deal
   *[other] { $create } deals
} and update { $update ->
    [one] { $update } deal
   *[other] { $update } deals
}.
cli-changed = Changed { $count ->
    [one] { $count } cell
   *[other] { $count } cells
}
cli-cannot-read = cannot read { $file }: { $reason }
cli-checks = Checks
cli-why = Why
cli-example = Example
cli-fix = Fix
cli-offers = Offers
