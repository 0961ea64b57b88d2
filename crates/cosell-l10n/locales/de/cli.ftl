# Die eigenen Wörter der Oberflächen auf Deutsch: der Textbericht der Befehlszeile (cli-*) und die
# Seite (page-*).

## Die Befehlszeile

cli-summary = { $name } ({ $template }): { $rows ->
    [one] { $rows } Zeile
   *[other] { $rows } Zeilen
}: { $create } neu, { $update } aktualisiert, { $not-processed } nicht verarbeitet; { $errors ->
    [one] { $errors } Fehler
   *[other] { $errors } Fehler
}, { $warnings ->
    [one] { $warnings } Warnung
   *[other] { $warnings } Warnungen
}
cli-file = Datei
cli-rows = Zeilen
cli-row = Zeile { $row }
cli-error = Fehler
cli-warning = Warnung
cli-would-not-process = Partner Center würde { $not-processed ->
    [one] { $not-processed } Zeile
   *[other] { $not-processed } Zeilen
} von { $rows } nicht verarbeiten.
cli-fix-the-errors = Korrigieren Sie die Fehler, oder laden Sie zuerst die Zeilen der kommentierten Datei ohne Fehler hoch.
cli-no-errors = Keine Fehler: Partner Center würde { $create ->
    [one] { $create } Deal
   *[other] { $create } Deals
} erstellen und { $update ->
    [one] { $update } Deal
   *[other] { $update } Deals
} aktualisieren.
cli-changed = { $count ->
    [one] { $count } Zelle
   *[other] { $count } Zellen
} geändert
cli-cannot-read = { $file } kann nicht gelesen werden: { $reason }
cli-compared = Verglichen mit dem Export: { $changed } { $changed ->
    [one] Aktualisierungszeile ändert
   *[other] Aktualisierungszeilen ändern
} etwas, { $unchanged } { $unchanged ->
    [one] ändert
   *[other] ändern
} nichts.
cli-diff-deal = { $row } · Referral ID { $id } (Zeile { $export-row } des Exports)
cli-diff-missing = { $row } · Referral ID { $id } ist nicht im Export
cli-diff-summary = Verglichen mit dem Export: { $changed } { $changed ->
    [one] Deal ändert sich
   *[other] Deals ändern sich
}, { $unchanged } unverändert, bei { $missing } { $missing ->
    [one] Aktualisierungszeile ist die Referral ID
   *[other] Aktualisierungszeilen ist die Referral ID
} nicht im Export.
cli-checks = Prüft
cli-why = Warum
cli-example = Beispiel
cli-fix = Korrektur
cli-offers = Bietet
