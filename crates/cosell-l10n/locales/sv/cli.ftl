# Kantens egna ord på svenska: kommandoradens textrapport (cli-*) och sidan (page-*).

## Kommandoraden

cli-summary = { $name } ({ $template }): { $rows ->
    [one] { $rows } rad
   *[other] { $rows } rader
}: { $create } skapas, { $update } uppdateras, { $not-processed } bearbetas inte; { $errors ->
    [one] { $errors } fel
   *[other] { $errors } fel
}, { $warnings ->
    [one] { $warnings } varning
   *[other] { $warnings } varningar
}
cli-file = Fil
cli-rows = Rader
cli-row = rad { $row }
cli-error = fel
cli-warning = varning
cli-would-not-process = Partnercenter skulle inte bearbeta { $not-processed ->
    [one] { $not-processed } rad
   *[other] { $not-processed } rader
} av { $rows }.
cli-fix-the-errors = Åtgärda felen, eller ladda först upp den kommenterade filens rader utan fel.
cli-no-errors = Inga fel: Partnercenter skulle skapa { $create ->
    [one] { $create } affär
   *[other] { $create } affärer
} och uppdatera { $update ->
    [one] { $update } affär
   *[other] { $update } affärer
}.
cli-changed = Ändrade { $count ->
    [one] { $count } cell
   *[other] { $count } celler
}
cli-cannot-read = kan inte läsa { $file }: { $reason }
cli-compared = Jämfört med exporten: { $changed } { $changed ->
    [one] uppdateringsrad ändrar
   *[other] uppdateringsrader ändrar
} något, { $unchanged } ändrar ingenting.
cli-diff-deal = { $row } · Referral ID { $id } (rad { $export-row } i exporten)
cli-diff-missing = { $row } · Referral ID { $id } finns inte i exporten
cli-diff-summary = Jämfört med exporten: { $changed } { $changed ->
    [one] affär ändras
   *[other] affärer ändras
}, { $unchanged } oförändrade, { $missing } { $missing ->
    [one] uppdateringsrad har ett Referral ID
   *[other] uppdateringsrader har Referral ID
} som inte finns i exporten.
cli-checks = Kontrollerar
cli-why = Varför
cli-example = Exempel
cli-fix = Åtgärd
cli-offers = Erbjuder
