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
cli-compared = Compared with the export: { $changed } update { $changed ->
    [one] row changes
   *[other] rows change
} something, { $unchanged } { $unchanged ->
    [one] changes
   *[other] change
} nothing.
cli-diff-deal = { $row } · Referral ID { $id } (row { $export-row } of the export)
cli-diff-missing = { $row } · Referral ID { $id } is not in the export
cli-diff-summary = Compared with the export: { $changed } { $changed ->
    [one] deal changes
   *[other] deals change
}, { $unchanged } { $unchanged ->
    [one] is
   *[other] are
} unchanged, { $missing } { $missing ->
    [one] update row's Referral ID is
   *[other] update rows' Referral IDs are
} not in the export.
cli-checks = Checks
cli-why = Why
cli-example = Example
cli-fix = Fix
cli-offers = Offers
