# The English messages of cosell-core's findings: the report's `message`, the annotated file's
# Errors cells, the command line's text. Read at build time (build.rs): a message holds only text,
# `{ $argument }` and `{ "literal" }` (a literal keeps the spaces Fluent would trim). Every other
# language (crates/cosell-l10n/locales/*/messages.ftl) has every id with the same arguments.
#
# Arguments: `column` is a column as the header spells it; `value` a cell's value, quoted as
# written; `fix` and `because` are messages of their own (or empty); names and values the partner
# must write are never translated.

## Shared parts

join-or = { " or " }
join-and = { " and " }
fix-write = write { $value }
fix-use = use { $list }

## Row rules

mandatory-field-missing = Mandatory field { $column } missing{ $because }
required-field-missing = Required field { $column } missing{ $because }
because-help-yes = { " " }(required when { $column } is Yes)
because-help-no = { " " }(required when { $column } is No)
because-substatus = { " " }(required when { $column } is { $value })
purchase-intent-update = { $column } is empty on a row that updates a deal: Partner Center requires it to create one and may to update one
consent-no = { $column } is { $value }: Partner Center will neither create nor update this deal
help-type-ignored = Value { $value } in { $column } will be ignored: { $help } is not Yes
invalid-value = Invalid value { $value } in { $column }: { $fix }
translated-value = Invalid value { $value } in { $column }, { $documentation }'s word for { $english }: { $fix }
translated-value-ambiguous = Invalid value { $value } in { $column }, { $documentation }'s word for both { $english }: { $fix }
documentation = the { $languages } documentation
documentation-many = the { $languages } and other documentation
value-spelling = Value { $value } in { $column } differs from { $listed } only in letter case or spaces: write { $listed }
create-status = Invalid value '{ $value }' in { $column } for a new deal (no { $referral }): use { $want }
error-substatus = Substatus 'Error' in { $column } closes a deal: { $status-column } Closed is expected, not { $status }
status-pair = Invalid value '{ $value }' in { $column } for { $status-column } { $status }: use { $allowed }
reason-ignored = Value { $value } in { $column } will be ignored: { $substatus-column } is not { $closing }
reasons-for = { " " }(the reasons for { $substatus })
fix-number = use a number from 1 to { $max }{ $which }
read-only-on-create-one = Read-only { $columns } is filled in on a row that creates a deal: Partner Center ignores it
read-only-on-create-many = Read-only { $columns } are filled in on a row that creates a deal: Partner Center ignores them
final-match = Invalid value { $value } in { $column }: write a Microsoft ID as MicrosoftID: <number>-<letters and digits>, e.g. MicrosoftID: 6-ABCDEFG23XB, or paste a suggestion from the account-match columns
iot-value = Value { $value } in { $column } is not in the page's list
iot-value-write = Value { $value } in { $column } is not in the page's list: write { $near }
iot-value-near = Value { $value } in { $column } is not in the page's list: did you mean { $near }?
iot-yes-no = Value { $value } in { $column }: write Yes or No
domain-name = Value { $value } in { $column } is not a domain name
domain-name-write = Value { $value } in { $column } is not a domain name: write { $domain }
sales-stage = Unexpected value { $value } in { $column }: { $fix }
sales-stages = Partner Center's stages are 10, 20, 40, 60, 80 and 100
date-past = Past date { $value } in { $column }
invalid-date = Invalid date { $value } in { $column }: { $fix }
date-no-such-day = there is no such day; use M/D/YYYY, e.g. 1/30/2027
date-day-first = a date with dots is read day first (30.01.2027), and there is no month over 12; use M/D/YYYY, e.g. 1/30/2027
date-ambiguous = day and month could be either way round; use M/D/YYYY (month first), e.g. 1/30/2027
date-two-digit-year = a two-digit year from 30 to 99 is read by Excel as 1930–1999; write the four-digit year, e.g. 1/30/2027
date-implausible = the year { $year } is not a year a deal closes in; write a four-digit year from { $from } to { $to }, e.g. 1/30/2027
date-unreadable = use M/D/YYYY, e.g. 1/30/2027
scientific-notation = Scientific notation { $value } in { $column }: Excel has lost the digits; type the full number
because-european = { " " }(in a file from Excel with European settings, the comma separates decimals and the dot thousands)
negative-value = Negative value { $value } in { $column }: use 0 or more
invalid-number = Invalid number { $value } in { $column }: { $fix }{ $because }
amount-too-large = { $digits } digits before the decimal point, and a deal value has at most { $max }
amount-ambiguous = the comma could separate thousands or decimals; write digits with . for decimals, e.g. 12563.50
amount-not-a-number = use digits with . for decimals, e.g. 12563.50
digit-groups = Number { $value } in { $column } has dots between groups of three digits, which separate thousands in a file from Excel with European settings; Partner Center would read a decimal point: write { $plain }
country-use = use a two-letter ISO 3166-1 code such as US, GB or SE
currency-use = use a three-letter ISO 4217 code such as USD, EUR or SEK
currency-use-usd = use a three-letter ISO 4217 code such as USD
currency-withdrawn = ISO 4217 has withdrawn it (replaced by { $by }); use the currency the deal is priced in today, and convert the amount too
currency-not-money = it is a fund, precious-metal or other special ISO 4217 code, not money a deal is priced in; { $otherwise }
duns-digits-only = use the nine digits only
duns-eight = D-U-N-S number { $value } in { $column } has 8 digits: Excel probably dropped a leading zero; write { $fixed }
duns-length = D-U-N-S number { $value } in { $column } has { $digits } digits: a D-U-N-S number has 9
postal-code-zero = Postal code { $value } in { $column } has { $digits } digits: Excel probably dropped a leading zero; write { $fixed }
invalid-email = Invalid email { $value } in { $column }
invalid-email-write = Invalid email { $value } in { $column }: write { $address }
solution-parts = Too many parts in { $column }: found { $count }, expected at most 4 (ID, currency, price, quantity); write prices without thousands separators
solution-id = Missing solution ID in { $column }: write it first, e.g. SOL-1234-PQRS, USD, 10, 100
currency-spelling = Currency { $value } in { $column } differs from { $listed } only in letter case or spaces: write { $listed }
invalid-currency = Invalid currency { $value } in { $column }: { $fix }
invalid-price-write = Invalid price { $value } in { $column }: write { $plain }
invalid-price = Invalid price { $value } in { $column }: use digits and . only, e.g. 10.50
invalid-quantity = Invalid quantity { $value } in { $column }: use a whole number of 1 or more
team-member-part = Incomplete value in { $column }: found { $count } part, expected 4 (first name, last name, mobile number, email)
team-member-parts = Incomplete value in { $column }: found { $count } parts, expected 4 (first name, last name, mobile number, email)
team-member-first-name = Missing first name in { $column }
team-member-last-name = Missing last name in { $column }
team-member-no-email = Missing email in { $column }
team-member-email = Invalid email { $value } in { $column }
duplicate-referral = Duplicate { $column } { $value } (also in row { $first })
spaces-around = Value { $value } in { $column } has spaces before or after it: write { $trimmed }
nul-character = Cell in { $column } contains a NUL character (byte 0), invisible in Excel: retype the cell
formula = Cell in { $column } starts with { $what }: Excel will run it as a formula
formula-tab = a tab
formula-carriage-return = a carriage return

## The header

template-2021 = 2021 template
template-current = current Partner Center template
column-spelling = Column { $name } (column { $letter }) is read as { $spelled }, as the { $template } spells it: rename it to be sure Partner Center reads it
numbered-column = Column { $name } (column { $letter }) is not read: { $kind } columns are numbered 1 to { $max }, without leading zeros
unknown-column = Unknown column { $name } (column { $letter }) will be ignored by Partner Center
unknown-column-near = Unknown column { $name } (column { $letter }) will be ignored by Partner Center: did you mean '{ $near }'?
columns-span = columns { $first }–{ $last }
more-column-spelling-one = { $more } more column ({ $columns }) is read in another spelling than the { $template }'s: rename it as the template spells it
more-column-spelling = { $more } more columns ({ $columns }) are read in another spelling than the { $template }'s: rename them as the template spells them
more-numbered-one = { $more } more numbered column numbered outside 1 to { $max } ({ $columns }) is not read
more-numbered = { $more } more numbered columns numbered outside 1 to { $max } ({ $columns }) are not read
more-unknown-one = { $more } more unknown column ({ $columns }) will be ignored by Partner Center
more-unknown = { $more } more unknown columns ({ $columns }) will be ignored by Partner Center
unnamed-column = A column without a name (column { $letters }) will be ignored by Partner Center
unnamed-columns = Columns without a name (column { $letters }) will be ignored by Partner Center
duplicate-column = Column { $name } appears { $count } times in the header (columns { $letters }); only the first is read
and-more = and { $count } more
other-bulk-file = This is { $what }, not a file of co-sell opportunities: { $where }. Nothing in it is checked here
other-file-azure-ip = an Azure IP co-sell deal registrations file
other-file-azure-ip-where = Partner Center takes it with the bulk operations for deal registrations, not with co-sell opportunities
mandatory-column-missing = Mandatory column { $column } is missing from the header{ $near }
required-column-missing = Required column { $column } is missing from the header{ $near }
found-rename = { " " }(found '{ $name }': rename it)
translated-columns = This file uses the column names of the { $language } translation of Microsoft's documentation; Partner Center reads only the English names{ $renames }{ $ambiguous }
renames = : rename { $renames }
renames-more = : rename { $renames } and { $more } more
rename = { $from } → { $to }
ambiguous-column = ; { $name } (column { $letter }) is { $documentation }'s name for both { $english }: rename it to the one it holds

## Languages of Microsoft's translated documentation

language-cs-cz = Czech
language-de-de = German
language-es-es = Spanish
language-fr-fr = French
language-hu-hu = Hungarian
language-it-it = Italian
language-ja-jp = Japanese
language-ko-kr = Korean
language-nl-nl = Dutch
language-pl-pl = Polish
language-pt-br = Brazilian Portuguese
language-pt-pt = Portuguese
language-ru-ru = Russian
language-sv-se = Swedish
language-tr-tr = Turkish
language-zh-cn = Simplified Chinese
language-zh-tw = Traditional Chinese
language-other = translated

## The file

wrong-delimiter-semicolons = The file is separated by semicolons (;), not commas: Excel does this when Windows' list separator is a semicolon (Swedish, German, French and other regional settings). Partner Center needs commas; upload the annotated file, which is comma-separated
wrong-delimiter-tabs = The file is separated by tabs, not commas: Excel's "Text (Tab delimited)" and copies from web pages do this. Partner Center needs commas; upload the annotated file, which is comma-separated
repeated-header = This row repeats the header (two files pasted together?): delete it
too-many-cells = Too many cells: this row has { $cells }, the header { $columns }; a value with an unquoted comma shifts the columns
too-few-cells = Too few cells: this row ends before the header's { $columns } columns; a missing separator or a line break outside quotes cuts it short
previous-errors = Partner Center's answer to this row's last upload was { $answer }; no problem is found now: make sure it is fixed before uploading
unclosed-quote = Unclosed quote: a cell in { $place } starts with " that does not close where the cell ends; this line was read with the quote as text
cell-past-last = cell { $number } (past the last column)
empty-file = The file is empty: it has no header row. Start from the template and add one row per deal
no-data-rows = The file has no data rows: add one row per deal below the header
too-many-rows = The file has { $rows } data rows{ $empty }; Partner Center processes at most { $max } records per file and will not process this one: { $what }
and-empty-row = { " " }and 1 empty row
and-empty-rows = { " " }and { $count } empty rows
split-into = split it into { $files } files
delete-empty-rows = delete the empty rows
upgrade = download the file in the current template (cosell upgrade, or the page's download): every value is kept and the new columns are added
old-template-create-one = This file is in the 2021 template, and Partner Center now creates deals only from the current template: { $upgrade }, then fill in Marketplace Purchase Intent for the { $count } new deal
old-template-create = This file is in the 2021 template, and Partner Center now creates deals only from the current template: { $upgrade }, then fill in Marketplace Purchase Intent for the { $count } new deals
old-template = This file is in the 2021 template; Partner Center hands out the current template, and says old templates don't work with its updated flow: to be safe, { $upgrade }
processed-file-one = Partner Center has already processed { $rows } of this file: it created or updated that deal in an earlier upload. Uploading the row again would create the deal a second time or repeat the update, so it is left out of the counts and of the rows to upload, and the annotated file marks it. Upload only the other rows, once fixed; if the Errors column was filled in by someone other than Partner Center, clear it and check again
processed-file = Partner Center has already processed { $rows } of this file: it created or updated those deals in an earlier upload. Uploading the rows again would create the deals a second time or repeat the update, so they are left out of the counts and of the rows to upload, and the annotated file marks them. Upload only the other rows, once fixed; if the Errors column was filled in by someone other than Partner Center, clear it and check again
empty-rows-one = { $count } empty row was skipped ({ $rows }): delete the row in Excel rather than clearing its cells
empty-rows = { $count } empty rows were skipped ({ $rows }): delete the rows in Excel rather than clearing their cells
row-list-one = row { $rows }
row-list = rows { $rows }
row-list-more = rows { $rows } and { $more } more

## Files that cannot be read

too-large-here = This file is too large to check here: its annotated copy (every row with its errors) would be larger than { $megabytes } MB, the most this page holds. Check it with the cosell command line, or split it into smaller files
too-large-text = This file is { $gigabytes } GB of text: too large to check (at most 4 GB). Partner Center takes 1,000 rows per file; split it
not-csv = This is { $kind }, not a CSV file. { $advice }.
binary-data = This file holds binary data (NUL bytes), not text: it is not a CSV file. { $advice }.
choose-csv = Choose the CSV file you made for Partner Center instead (from an Excel workbook: File › Save As › "CSV UTF-8 (Comma delimited) (*.csv)")
save-as-csv = In Excel, choose File › Save As › "CSV UTF-8 (Comma delimited) (*.csv)" and check that file
kind-png = a PNG image
kind-jpeg = a JPEG image
kind-gif = a GIF image
kind-pdf = a PDF document
kind-xls = an Excel 97-2003 workbook (.xls) or another Office document
kind-gzip = a gzip archive
kind-7z = a 7-Zip archive
kind-rar = a RAR archive
kind-xlsx = an Excel workbook (.xlsx)
kind-docx = a Word document (.docx)
kind-zip = a ZIP archive
utf8-invalid-one = The file is UTF-8 except for { $count } byte (the first on line { $line }), read as Windows-1252: check those letters, then upload the annotated file, which is all UTF-8
utf8-invalid = The file is UTF-8 except for { $count } bytes (the first on line { $line }), read as Windows-1252: check those letters, then upload the annotated file, which is all UTF-8
not-utf8 = The file is not UTF-8: { $read-as }. Upload the annotated file, which is UTF-8, or save as "CSV UTF-8 (Comma delimited)"
read-as-1252 = it was read as Windows-1252, which Excel's "CSV (Comma delimited)" writes, so letters such as å, é and ü would reach Partner Center garbled
read-as-utf16 = it is UTF-16 (Excel's "Unicode Text"), which Partner Center does not read
read-as-utf16-no-bom = it is UTF-16 without a byte-order mark, which Partner Center does not read
no-errors-column = This file has no Errors column, so it is not an annotated file: check it first, and make the files to upload from its annotated copy
unchecked-errors = This file's Errors column holds messages this tool did not write (Partner Center's answer to an upload?): check it first, and make the files to upload from its annotated copy

## Workbooks (cosell-workbook): `sheet` is a sheet's name, quoted; `cell` a workbook cell (Deals!A3)

workbook-other-sheets = Read sheet { $sheet }; { $others } also start with the template's header and were not checked: check each sheet on its own
workbook-other-sheet = Read sheet { $sheet }; { $others } also starts with the template's header and was not checked: check each sheet on its own
workbook-no-header = No sheet of this workbook starts with the template's header: { $sheets }. Sheet { $read } was checked
workbook-sheet-starts = { $sheet } starts with { $cells }
workbook-sheet-empty = { $sheet } is empty
workbook-hidden-sheet = { $sheet } (hidden)
workbook-hidden-header = { $sheet } (hidden) starts with the template's header, but is hidden: name it to check it
workbook-moved = The header is at { $cell }, not A1: the rows above it and the columns left of it are not part of the CSV, whose row 2 is the sheet's row { $row }; each finding names its cell in the workbook
workbook-merged = Cells { $range } are merged in the workbook: only this row holds the value { $value }; the other rows have { $column } empty
workbook-zero-lost = { $column } is stored as a number in the workbook ({ $value }): its leading zero is gone; write { $fix }
workbook-zeros-lost = { $column } is stored as a number in the workbook ({ $value }): its leading zeros are gone; write { $fix }
workbook-phone-number = { $column } is stored as a number in the workbook ({ $value }): a leading + or 0 would be gone; check it, and format the column as Text
workbook-digits-lost = { $column } is stored as a number in the workbook ({ $value }): Excel keeps 15 digits, and the ones after them became zeros; type it again in a column formatted as Text
workbook-number-date = { $column } holds the number { $number } in the workbook, not a date: written as the date it stands for, { $value }
workbook-date-cell = { $column } holds a date in the workbook, written as { $value }: Excel turns some typed text (1-2, Jan 2) into dates; check it
workbook-formula = { $column } holds the formula { $formula } in the workbook: the upload gets its value, { $value }, not the formula
workbook-error = { $column } holds Excel's error value { $value } in the workbook: write the value itself
workbook-password = This workbook is protected by a password, so it cannot be read here: in Excel, clear the password (File › Info › Protect Workbook › Encrypt with Password), save, and check the workbook again
workbook-damaged = This workbook could not be read ({ $reason }): it may be damaged or incomplete. Open it in Excel and save it again, or save the sheet as "CSV UTF-8 (Comma delimited)" and check that file
workbook-too-large = This workbook unpacks to more than { $megabytes } MB, the most read here (a list of 5,000 deals is a few MB): save the sheet as "CSV UTF-8 (Comma delimited)" and check that file
workbook-too-many-cells = Sheet { $sheet } has more than { $count } cells with values, the most read here (a list of 5,000 deals has about 300,000): save the sheet as "CSV UTF-8 (Comma delimited)" and check that file
workbook-too-wide-xls = The sheets of this workbook span more than { $count } cells from their first to their last, the most read here (a list of 5,000 deals spans about 300,000): save the sheet as "CSV UTF-8 (Comma delimited)" and check that file
workbook-no-sheet = This workbook has no sheet { $sheet }: its sheets are { $sheets }
workbook-empty = This workbook has no sheet with cells
baseline-unusable = The export to compare with was not used, and this file was checked without it: { $why }
baseline-empty = it is empty
baseline-other-file = it is { $what }, not an export of co-sell opportunities
baseline-no-referral-id = it has no { $column } column, so it is not an export of co-sell opportunities from Partner Center
baseline-no-deals = none of its rows has a { $column }, which every deal of an export of co-sell opportunities has
baseline-duplicate = The export to compare with has the same { $column } on more than one row: { $ids }. The rows of this file with these deals were not compared with it
baseline-duplicate-one = { $id } (rows { $rows })
baseline-terminal-changed = This deal is { $substatus } in the export: Partner Center permits no action on a deal in a terminal state, so the changes of this row ({ $columns }) will be refused
baseline-terminal-unchanged = This deal is { $substatus } in the export and this row changes nothing: Partner Center permits no action on it and will skip the row; leave it out of the upload
baseline-status-move = { $column } cannot move from { $from } to { $to }: a deal that is { $from } in the export can only be { $allowed }
baseline-read-only-created = { $column } cannot change once the deal is created: the export has { $before }, this row { $after }
baseline-read-only-yes = { $column } is Yes in the export and cannot change once Yes: this row has { $after }
baseline-read-only-number = { $column } cannot change once a number is entered: the export has { $before }, this row { $after }
baseline-read-only-shared = { $column } cannot change once the deal has been shared with Microsoft: the export has { $before }, this row { $after }; if the deal has been shared, the change will not be taken
baseline-filled-by-partner-center = { $column } is filled in by Partner Center: the change from { $before } to { $after } will be ignored
baseline-deal-value-closed = { $column } cannot change once a deal is { $substatus }: the export has { $before }, this row { $after }
baseline-not-in-export = { $column } { $id } is not among the { $count } deals of the export: Partner Center updates only your own deals; check it (the export may be filtered)
baseline-not-in-export-near = { $column } { $id } is not in the export, but { $near } (row { $row } of the export) is, one or two characters away: check it
baseline-engagement-id = { $column } { $value } differs from the export's { $before } for this { $referral }: Partner Center does not take the row as that deal's
baseline-too-many = it holds more than { $count } deals, the most compared here (an export of Partner Center holds 5,000 at most)
