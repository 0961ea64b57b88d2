# Die Wörter der Seite auf Deutsch (crates/cosell-web liest diese Datei beim Build). Jede Meldung hat
# dieselbe ID und dieselben Argumente wie in locales/en/page.ftl (ein Test prüft das); Anzahlen
# (`count`, `total`) sind Zahlen und können mit Fluents Selektoren eine Pluralform wählen (one,
# other). Die IDs des festen Textes stehen an den Elementen der Seite (data-l10n="…").

## Fester Text der Seite

page-title = cosell-preflight: Co-Selling-Importdatei vor dem Hochladen prüfen
page-description = Prüfen Sie eine CSV-Datei für den Co-Selling-Import in Partner Center in Ihrem Browser, bevor Sie sie hochladen.
page-skip = Zur Prüfung springen
page-language = Sprache
page-lede = Prüfen Sie eine CSV-Datei für den Co-Selling-Massenimport in Partner Center, bevor Sie sie hochladen: dieselbe Antwort, die Partner Center nach bis zu zehn Minuten gibt, sofort, mit der kommentierten Datei zum Herunterladen.
page-privacy = Ihre Datei verlässt diesen Browser nie: Sie wird auf Ihrem Computer geprüft, und nichts wird irgendwohin gesendet.
page-choose-heading = 1. Datei auswählen
page-choose-hint = Ziehen Sie eine CSV-Datei an eine beliebige Stelle dieser Seite, oder wählen Sie eine aus:
page-choose-button = CSV-Datei auswählen…
page-baseline-label = Ihr letzter Export (optional): damit vergleichen.
page-baseline-hint = Wählen Sie hier die aus Partner Center heruntergeladenen Deals aus oder legen Sie sie hier ab: Jede Zeile, die einen Deal aktualisiert, wird mit dem Deal verglichen, wie er ist, um die Änderungen zu finden, die Partner Center ablehnt; auch der Export bleibt in diesem Browser.
page-baseline-button = Export auswählen…
page-baseline-chosen = Verglichen mit
page-baseline-clear = nicht mehr vergleichen
page-sample = Beispieldatei ausprobieren
page-starting-point = Brauchen Sie einen Ausgangspunkt?
page-download-template = Laden Sie die leere Vorlage herunter
page-or = oder
page-download-example = ein ausgefülltes Beispiel
page-checking = Wird geprüft…
page-cancel = Abbrechen
page-results-heading = 2. Was Partner Center mit dieser Datei tun würde:
page-checked-against = Geprüft nach:
page-check-against = Prüfen nach
page-template-own = der eigenen Vorlage der Datei
page-template-current = der aktuellen Vorlage von Partner Center
page-template-2021 = der Vorlage von 2021
page-summary = Zusammenfassung
page-count-rows = Zeilen
page-count-create = würden erstellt
page-count-update = würden aktualisiert
page-count-not-processed = nicht verarbeitet
page-count-errors = Fehler
page-count-warnings = Warnungen
page-count-processed = bereits verarbeitet: nicht erneut hochladen
page-count-unchanged = unverändert gegenüber Ihrem Export
page-file-issues = Zur gesamten Datei
page-fixes-heading = Hier korrigieren
page-undo = Rückgängig machen
page-fix-apply = Ausgewählte Korrekturen anwenden
page-open-grid = Zeilen mit Fehlern hier korrigieren
page-open-grid-all = Alle Zeilen anzeigen
page-grid-help = Die Spalten mit Problemen stehen vorn; eine Zelle mit einem Problem ist markiert und nennt es. Mit den Pfeiltasten wechseln Sie zwischen den Zellen; Enter oder F2 bearbeitet die Zelle, Enter, Tab oder das Verlassen der Zelle übernimmt den neuen Wert, Esc bricht ab. Die Datei wird sofort erneut geprüft.
page-grid-previous = Vorherige Zeilen
page-grid-next = Nächste Zeilen
page-close = Schließen
page-download-heading = 3. Herunterladen
page-download-annotated = Kommentierte Datei
page-download-annotated-note = jede Zeile, mit ausgefüllter Spalte Errors
page-download-to-fix = Zu korrigierende Zeilen
page-download-to-fix-note = nur die Zeilen, die Partner Center nicht verarbeiten würde
page-download-ready = Bereit zum Hochladen
page-download-ready-note = nur die Zeilen ohne Fehler
page-leave-out-unchanged = und ohne die gegenüber Ihrem Export unveränderten Zeilen
page-download-upgraded = Datei in der aktuellen Vorlage
page-download-upgraded-note = alle Werte erhalten, die neuen Spalten hinzugefügt: Partner Center erstellt Deals nur noch aus der aktuellen Vorlage
page-download-changes = Liste der Änderungen
page-download-changes-note = jede auf dieser Seite vorgenommene Änderung: Zeile, Spalte, vorher, nachher, Regel
page-download-batches = In Dateien mit 1.000 Zeilen aufteilen (ZIP)
page-download-batches-note = Partner Center nimmt höchstens 1.000 Zeilen pro Datei an
page-errors-language = Spalte Errors auf
page-errors-language-english = Englisch, wie Partner Center sie schreibt
page-issues-heading = Probleme, Zeile für Zeile
page-filters = Probleme filtern
page-filter-severity = Schweregrad
page-all = Alle
page-errors = Nur Fehler
page-warnings = Nur Warnungen
page-filter-column = Spalte
page-filter-rule = Regel
page-more-columns = Der Spaltenfilter bietet die ersten 200 Spalten an, die Probleme nennen; filtern Sie für die übrigen nach Regel.
page-column-row = Zeile
page-column-column = Spalte
page-column-value = Wert
page-column-severity = Schweregrad
page-column-message = Meldung
page-column-rule = Regel
page-pages = Seiten der Problemliste
page-previous = Zurück
page-next = Weiter
page-footer = Prüft nach der aktuellen Co-Selling-Importvorlage von Partner Center und nach der von 2021: Jede Regel wird mit cosell rules aufgelistet. Funktioniert nach dem Laden auch offline. Steht in keiner Verbindung zu Microsoft.
page-drop-overlay = CSV-Datei hier ablegen, um sie zu prüfen

## Text, der von der Datei abhängt

status-checking = { $name } wird geprüft…
status-cancelled = Prüfung abgebrochen.
status-unread = { $name } konnte nicht gelesen werden.
status-failed = { $name } konnte nicht geprüft werden. { $message }
baseline-unread = Der Browser konnte { $name } nicht lesen (seit der Auswahl geändert?): Die Datei wird ohne den Export geprüft. Wählen Sie den Export erneut aus.
compare-unavailable = Der Vergleich mit Ihrem Export war hier nicht möglich (sein Modul konnte nicht geladen werden): Die Datei wird ohne den Export geprüft.
baseline-too-large = { $name } ist zu groß, um hier damit zu vergleichen: { $megabytes } MB, und diese Seite nimmt höchstens { $max } MB an. Vergleichen Sie mit dem Befehlszeilenprogramm cosell (--baseline).
status-too-large = { $name } ist zu groß, um hier geprüft zu werden: { $megabytes } MB, und diese Seite nimmt höchstens { $max } MB an. Prüfen Sie die Datei mit dem Befehlszeilenprogramm cosell, oder teilen Sie sie zuerst auf.
status-checked = { $name } geprüft. { $verdict }{ $notice }
verdict-clean = Keine Fehler: Partner Center würde { $create } erstellen und { $update } aktualisieren.
verdict-errors = Partner Center würde { $not-processed } von { $rows } nicht verarbeiten; { $errors } und { $warnings } gefunden.
deals-one = { $count } Deal
deals = { $count } Deals
rows-one = { $count } Zeile
rows = { $count } Zeilen
errors-one = { $count } Fehler
errors = { $count } Fehler
warnings-one = { $count } Warnung
warnings = { $count } Warnungen
changes-one = { $count } Änderung
changes = { $count } Änderungen
severity-error = Fehler
severity-warning = Warnung
rule-button = Regel { $code }: Dokumentation anzeigen
whole-row = (ganze Zeile)
no-fixes = Keine Korrekturvorschläge
apply-fixes-one = { $count } vorgeschlagene Korrektur anwenden
apply-fixes = { $count } vorgeschlagene Korrekturen anwenden
fixes-changing = Die Änderungen werden vorgenommen und die Datei wird erneut geprüft…
fixes-made = { $changes } auf dieser Seite vorgenommen; die Dateien zum Herunterladen enthalten sie. Sie bleiben nur in diesem Tab erhalten: Wenn Sie die Seite neu laden, beginnt alles von vorn.
fixes-none-yet = Nichts wird geändert, solange Sie es nicht auswählen und anwenden; jede Änderung wird aufgelistet.
fixes-ticked = { $changes } ausgewählt. Heben Sie die Auswahl einer Regel oder einer einzelnen Änderung auf, wenn dort nichts geändert werden soll.
fixes-finding = Die Korrekturen werden gesucht…
fix-group = { $code }: { $title } ({ $changes })
fix-change = Zeile { $row }, { $column }: '{ $before }' → '{ $after }'
fixes-more = { $count ->
    [one] Dazu { $count } weitere Änderung, die mit der Regel vorgenommen wird.
   *[other] Dazu { $count } weitere Änderungen, die mit der Regel vorgenommen werden.
}
grid-reading = Die Zeilen werden gelesen…
grid-no-errors = Keine Zeile hat einen Fehler.
grid-shown-errors = Zeilen { $first }–{ $last } von { $total } mit Fehlern.
grid-shown-all = Zeilen { $first }–{ $last } von insgesamt { $total }.
grid-cell = Zeile { $row }, { $column }
grid-changed = { $column }: '{ $before }' → '{ $after }'
grid-unchanged = Unverändert: wie der Deal in Ihrem Export.
problems-none = Keine Probleme in den Zeilen.
problems-none-match = Kein Problem entspricht dem Filter.
problems-shown = Angezeigt: { $first }–{ $last } von { $total ->
    [one] { $total } Problem
   *[other] { $total } Problemen
}.
problems-shown-filtered = Angezeigt: { $first }–{ $last } von { $total ->
    [one] { $total } Problem
   *[other] { $total } Problemen
} (gefiltert aus { $listed }).
not-listed-one = Die Liste enthält die ersten { $max } Probleme jeder Regel; { $count } weiteres Problem wird gezählt, aber nicht aufgelistet ({ $rules }). Die kommentierte Datei enthält die Fehler jeder Zeile.
not-listed = Die Liste enthält die ersten { $max } Probleme jeder Regel; { $count } weitere werden gezählt, aber nicht aufgelistet ({ $rules }). Die kommentierte Datei enthält die Fehler jeder Zeile.
rule-heading = { $code } { $name } ({ $severity }): { $title }
rule-checks = Was die Regel prüft
rule-why = Warum das wichtig ist
rule-example = Beispiel
rule-fix = So korrigieren Sie es
rule-loading = Die Dokumentation wird geladen…
rule-failed = Die Dokumentation konnte nicht geladen werden ({ $error }); cosell rules { $code } gibt sie aus.
language-failed = Die Seite konnte nicht auf { $language } angezeigt werden ({ $error }); sie bleibt auf Englisch.

## Antworten, die nicht erstellt werden konnten

file-not-made = Die Datei konnte nicht erstellt werden: { $error }
changes-not-made = Die Änderungen konnten nicht vorgenommen werden: { $reason }
zip-not-made = Die ZIP-Datei konnte nicht erstellt werden: { $reason }
already-current = die Datei ist bereits in der aktuellen Vorlage
bad-today = Das Datum in der Adresse der Seite (?today=) hat nicht die Form YYYY-MM-DD
unknown-request = Die Seite hat der Prüfung eine unbekannte Nachricht gesendet
