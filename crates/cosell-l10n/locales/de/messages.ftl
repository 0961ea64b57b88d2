# Die deutschen Meldungen der Befunde von cosell-core: die `message` des Berichts, die Zellen der
# Spalte Errors in der kommentierten Datei, der Text der Befehlszeile. Jede Meldung hat dieselbe ID
# und dieselben Argumente wie in crates/cosell-core/messages/en.ftl; ein `{ "literal" }` behält
# Leerzeichen, die Fluent sonst entfernen würde.
#
# Argumente: `column` ist eine Spalte, so geschrieben wie in der Kopfzeile (englisch); `value` der
# Wert einer Zelle, bereits in Anführungszeichen; `fix` und `because` sind eigene Meldungen (oder
# leer); Namen und Werte, die der Partner schreiben muss, werden nie übersetzt. Anzahlen (`count`,
# `more` …) sind Zahlen und können eine Pluralform wählen (one, other).

## Gemeinsame Teile

join-or = { " oder " }
join-and = { " und " }
fix-write = Schreiben Sie { $value }
fix-use = Verwenden Sie { $list }

## Zeilenregeln

mandatory-field-missing = Pflichtfeld { $column } fehlt{ $because }
required-field-missing = Erforderliches Feld { $column } fehlt{ $because }
because-help-yes = { " " }(erforderlich, wenn { $column } Yes ist)
because-help-no = { " " }(erforderlich, wenn { $column } No ist)
because-substatus = { " " }(erforderlich, wenn { $column } { $value } ist)
purchase-intent-update = { $column } ist leer in einer Zeile, die einen Deal aktualisiert: Partner Center verlangt den Wert, um einen Deal zu erstellen, und möglicherweise auch, um einen zu aktualisieren
consent-no = { $column } ist { $value }: Partner Center wird diesen Deal weder erstellen noch aktualisieren
help-type-ignored = Wert { $value } in { $column } wird ignoriert: { $help } ist nicht Yes
invalid-value = Ungültiger Wert { $value } in { $column }: { $fix }
translated-value = Ungültiger Wert { $value } in { $column } ({ $documentation } übersetzt { $english } mit diesem Wort): { $fix }
translated-value-ambiguous = Ungültiger Wert { $value } in { $column } ({ $documentation } übersetzt { $english } beide mit diesem Wort): { $fix }
documentation = die Dokumentation in { $languages }
documentation-many = die Dokumentation in { $languages } und anderen Sprachen
value-spelling = Wert { $value } in { $column } unterscheidet sich von { $listed } nur in Groß-/Kleinschreibung oder Leerzeichen: Schreiben Sie { $listed }
create-status = Ungültiger Wert '{ $value }' in { $column } für einen neuen Deal (ohne { $referral }): Verwenden Sie { $want }
error-substatus = Substatus 'Error' in { $column } schließt einen Deal: Erwartet wird { $status-column } Closed, nicht { $status }
status-pair = Ungültiger Wert '{ $value }' in { $column } bei { $status-column } { $status }: Verwenden Sie { $allowed }
reason-ignored = Wert { $value } in { $column } wird ignoriert: { $substatus-column } ist nicht { $closing }
reasons-for = { " " }(die Gründe für { $substatus })
fix-number = Verwenden Sie eine Zahl von 1 bis { $max }{ $which }
read-only-on-create-one = Die schreibgeschützte Spalte { $columns } ist in einer Zeile ausgefüllt, die einen Deal erstellt: Partner Center ignoriert sie
read-only-on-create-many = Die schreibgeschützten Spalten { $columns } sind in einer Zeile ausgefüllt, die einen Deal erstellt: Partner Center ignoriert sie
final-match = Ungültiger Wert { $value } in { $column }: Schreiben Sie eine Microsoft-ID als MicrosoftID: <Zahl>-<Buchstaben und Ziffern>, z. B. MicrosoftID: 6-ABCDEFG23XB, oder fügen Sie einen Vorschlag aus den Spalten zum Kontoabgleich ein
iot-value = Wert { $value } in { $column } steht nicht in der Liste der Seite
iot-value-write = Wert { $value } in { $column } steht nicht in der Liste der Seite: Schreiben Sie { $near }
iot-value-near = Wert { $value } in { $column } steht nicht in der Liste der Seite: Meinten Sie { $near }?
iot-yes-no = Wert { $value } in { $column }: Schreiben Sie Yes oder No
domain-name = Wert { $value } in { $column } ist kein Domainname
domain-name-write = Wert { $value } in { $column } ist kein Domainname: Schreiben Sie { $domain }
sales-stage = Unerwarteter Wert { $value } in { $column }: { $fix }
sales-stages = Die Vertriebsphasen von Partner Center sind 10, 20, 40, 60, 80 und 100
date-past = Datum { $value } in { $column } liegt in der Vergangenheit
invalid-date = Ungültiges Datum { $value } in { $column }: { $fix }
date-no-such-day = Diesen Tag gibt es nicht; verwenden Sie M/D/YYYY, z. B. 1/30/2027
date-day-first = Ein Datum mit Punkten wird mit dem Tag zuerst gelesen (30.01.2027), und es gibt keinen Monat über 12; verwenden Sie M/D/YYYY, z. B. 1/30/2027
date-ambiguous = Tag und Monat lassen sich in beiden Reihenfolgen lesen; verwenden Sie M/D/YYYY (Monat zuerst), z. B. 1/30/2027
date-two-digit-year = Ein zweistelliges Jahr von 30 bis 99 liest Excel als 1930–1999; schreiben Sie das Jahr vierstellig, z. B. 1/30/2027
date-implausible = Das Jahr { $year } ist kein Jahr, in dem ein Deal abgeschlossen wird; schreiben Sie ein vierstelliges Jahr von { $from } bis { $to }, z. B. 1/30/2027
date-unreadable = Verwenden Sie M/D/YYYY, z. B. 1/30/2027
scientific-notation = Wissenschaftliche Schreibweise { $value } in { $column }: Excel hat die Ziffern verloren; geben Sie die vollständige Nummer ein
because-european = { " " }(in einer Datei aus Excel mit europäischen Einstellungen ist das Komma das Dezimaltrennzeichen und der Punkt das Tausendertrennzeichen)
negative-value = Negativer Wert { $value } in { $column }: Verwenden Sie 0 oder mehr
invalid-number = Ungültige Zahl { $value } in { $column }: { $fix }{ $because }
amount-too-large = { $digits } Stellen vor dem Dezimalpunkt, ein Dealwert hat aber höchstens { $max }
amount-ambiguous = Das Komma kann Tausendertrennzeichen oder Dezimaltrennzeichen sein; schreiben Sie Ziffern mit . als Dezimaltrennzeichen, z. B. 12563.50
amount-not-a-number = Verwenden Sie Ziffern mit . als Dezimaltrennzeichen, z. B. 12563.50
digit-groups = Die Zahl { $value } in { $column } hat Punkte zwischen Dreiergruppen von Ziffern, die in einer Datei aus Excel mit europäischen Einstellungen Tausender trennen; Partner Center würde einen Dezimalpunkt lesen: Schreiben Sie { $plain }
country-use = Verwenden Sie einen Code aus zwei Buchstaben nach ISO 3166-1 wie US, GB oder SE
currency-use = Verwenden Sie einen Code aus drei Buchstaben nach ISO 4217 wie USD, EUR oder SEK
currency-use-usd = Verwenden Sie einen Code aus drei Buchstaben nach ISO 4217 wie USD
currency-withdrawn = ISO 4217 hat diesen Code zurückgezogen (ersetzt durch { $by }); verwenden Sie die Währung, in der der Deal heute bewertet ist, und rechnen Sie auch den Betrag um
currency-not-money = Dies ist ein besonderer Code nach ISO 4217 für einen Fonds, ein Edelmetall oder Ähnliches, keine Währung, in der ein Deal bewertet wird. { $otherwise }
duns-digits-only = Verwenden Sie nur die neun Ziffern
duns-eight = D-U-N-S-Nummer { $value } in { $column } hat 8 Ziffern: Excel hat vermutlich eine führende Null entfernt; schreiben Sie { $fixed }
duns-length = D-U-N-S-Nummer { $value } in { $column } hat { $digits ->
        [one] { $digits } Ziffer
       *[other] { $digits } Ziffern
    }: Eine D-U-N-S-Nummer hat 9
postal-code-zero = Postleitzahl { $value } in { $column } hat { $digits } Ziffern: Excel hat vermutlich eine führende Null entfernt; schreiben Sie { $fixed }
invalid-email = Ungültige E-Mail-Adresse { $value } in { $column }
invalid-email-write = Ungültige E-Mail-Adresse { $value } in { $column }: Schreiben Sie { $address }
solution-parts = Zu viele Teile in { $column }: { $count } gefunden, höchstens 4 erwartet (ID, Währung, Preis, Menge); schreiben Sie Preise ohne Tausendertrennzeichen
solution-id = Lösungs-ID fehlt in { $column }: Schreiben Sie sie an den Anfang, z. B. SOL-1234-PQRS, USD, 10, 100
currency-spelling = Währung { $value } in { $column } unterscheidet sich von { $listed } nur in Groß-/Kleinschreibung oder Leerzeichen: Schreiben Sie { $listed }
invalid-currency = Ungültige Währung { $value } in { $column }: { $fix }
invalid-price-write = Ungültiger Preis { $value } in { $column }: Schreiben Sie { $plain }
invalid-price = Ungültiger Preis { $value } in { $column }: Verwenden Sie nur Ziffern und ., z. B. 10.50
invalid-quantity = Ungültige Menge { $value } in { $column }: Verwenden Sie eine ganze Zahl von 1 oder mehr
team-member-part = Unvollständiger Wert in { $column }: { $count } Teil gefunden, 4 erwartet (Vorname, Nachname, Mobilnummer, E-Mail-Adresse)
team-member-parts = Unvollständiger Wert in { $column }: { $count } Teile gefunden, 4 erwartet (Vorname, Nachname, Mobilnummer, E-Mail-Adresse)
team-member-first-name = Vorname fehlt in { $column }
team-member-last-name = Nachname fehlt in { $column }
team-member-no-email = E-Mail-Adresse fehlt in { $column }
team-member-email = Ungültige E-Mail-Adresse { $value } in { $column }
duplicate-referral = Doppelte { $column } { $value } (auch in Zeile { $first })
spaces-around = Wert { $value } in { $column } hat Leerzeichen davor oder dahinter: Schreiben Sie { $trimmed }
nul-character = Zelle in { $column } enthält ein NUL-Zeichen (Byte 0), in Excel unsichtbar: Geben Sie die Zelle neu ein
formula = Zelle in { $column } beginnt mit { $what }: Excel wird sie als Formel ausführen
formula-tab = einem Tabulator
formula-carriage-return = einem Wagenrücklauf

## Die Kopfzeile

template-2021 = Vorlage von 2021
template-current = aktuelle Vorlage von Partner Center
column-spelling = Spalte { $name } (Spalte { $letter }) wird als { $spelled } gelesen, so wie die { $template } sie schreibt: Benennen Sie sie um, damit Partner Center sie sicher liest
numbered-column = Spalte { $name } (Spalte { $letter }) wird nicht gelesen: Die Spalten { $kind } sind von 1 bis { $max } nummeriert, ohne führende Nullen
unknown-column = Unbekannte Spalte { $name } (Spalte { $letter }) wird von Partner Center ignoriert
unknown-column-near = Unbekannte Spalte { $name } (Spalte { $letter }) wird von Partner Center ignoriert: Meinten Sie '{ $near }'?
columns-span = Spalten { $first }–{ $last }
more-column-spelling-one = { $more } weitere Spalte ({ $columns }) wird in einer anderen Schreibweise gelesen, als die { $template } sie schreibt: Benennen Sie sie so um, wie die Vorlage sie schreibt
more-column-spelling = { $more } weitere Spalten ({ $columns }) werden in einer anderen Schreibweise gelesen, als die { $template } sie schreibt: Benennen Sie sie so um, wie die Vorlage sie schreibt
more-numbered-one = { $more } weitere nummerierte Spalte mit einer Nummer außerhalb von 1 bis { $max } ({ $columns }) wird nicht gelesen
more-numbered = { $more } weitere nummerierte Spalten mit Nummern außerhalb von 1 bis { $max } ({ $columns }) werden nicht gelesen
more-unknown-one = { $more } weitere unbekannte Spalte ({ $columns }) wird von Partner Center ignoriert
more-unknown = { $more } weitere unbekannte Spalten ({ $columns }) werden von Partner Center ignoriert
unnamed-column = Eine Spalte ohne Namen (Spalte { $letters }) wird von Partner Center ignoriert
unnamed-columns = Spalten ohne Namen (Spalten { $letters }) werden von Partner Center ignoriert
duplicate-column = Die Spalte { $name } kommt { $count }-mal in der Kopfzeile vor (Spalten { $letters }); nur die erste wird gelesen
and-more = und { $count } weitere
other-bulk-file = Dies ist { $what }, keine Datei mit Co-Selling-Verkaufschancen: { $where }. Nichts darin wird hier geprüft
other-file-azure-ip = eine Datei mit Azure IP Co-Selling-Dealregistrierungen
other-file-azure-ip-where = Partner Center nimmt sie über die Massenvorgänge für Dealregistrierungen entgegen, nicht über die für Co-Selling-Verkaufschancen
mandatory-column-missing = Die Pflichtspalte { $column } fehlt in der Kopfzeile{ $near }
required-column-missing = Die erforderliche Spalte { $column } fehlt in der Kopfzeile{ $near }
found-rename = { " " }('{ $name }' gefunden: Benennen Sie die Spalte um)
translated-columns = Diese Datei verwendet die Spaltennamen der übersetzten Microsoft-Dokumentation in { $language }; Partner Center liest nur die englischen Namen{ $renames }{ $ambiguous }
renames = : Benennen Sie um: { $renames }
renames-more = : Benennen Sie um: { $renames } und { $more } weitere
rename = { $from } → { $to }
ambiguous-column = ; { $documentation } übersetzt { $english } beide mit { $name } (Spalte { $letter }): Benennen Sie die Spalte nach der Spalte um, deren Werte sie enthält

## Sprachen der übersetzten Microsoft-Dokumentation
## (als Name der Sprache, nach „in“: „die Dokumentation in Schwedisch“)

language-cs-cz = Tschechisch
language-de-de = Deutsch
language-es-es = Spanisch
language-fr-fr = Französisch
language-hu-hu = Ungarisch
language-it-it = Italienisch
language-ja-jp = Japanisch
language-ko-kr = Koreanisch
language-nl-nl = Niederländisch
language-pl-pl = Polnisch
language-pt-br = Portugiesisch (Brasilien)
language-pt-pt = Portugiesisch (Portugal)
language-ru-ru = Russisch
language-sv-se = Schwedisch
language-tr-tr = Türkisch
language-zh-cn = Chinesisch (vereinfacht)
language-zh-tw = Chinesisch (traditionell)
language-other = einer anderen Sprache

## Die Datei

wrong-delimiter-semicolons = Die Datei ist durch Semikolons (;) getrennt, nicht durch Kommas: Excel tut das, wenn das Listentrennzeichen von Windows ein Semikolon ist (bei schwedischen, deutschen, französischen und anderen Regionaleinstellungen). Partner Center braucht Kommas; laden Sie die kommentierte Datei hoch, die durch Kommas getrennt ist
wrong-delimiter-tabs = Die Datei ist durch Tabulatoren getrennt, nicht durch Kommas: Das Format „Text (Tabstopp-getrennt)“ von Excel und Kopien aus Webseiten erzeugen das. Partner Center braucht Kommas; laden Sie die kommentierte Datei hoch, die durch Kommas getrennt ist
repeated-header = Diese Zeile wiederholt die Kopfzeile (zwei Dateien zusammengefügt?): Löschen Sie sie
too-many-cells = Zu viele Zellen: Diese Zeile hat { $cells }, die Kopfzeile { $columns }; ein Wert mit einem Komma ohne Anführungszeichen verschiebt die Spalten
too-few-cells = Zu wenige Zellen: Diese Zeile endet vor den { $columns } Spalten der Kopfzeile; ein fehlendes Trennzeichen oder ein Zeilenumbruch außerhalb von Anführungszeichen schneidet sie ab
previous-errors = Die Antwort von Partner Center auf das letzte Hochladen dieser Zeile war { $answer }; jetzt wird kein Problem gefunden: Stellen Sie sicher, dass es korrigiert ist, bevor Sie hochladen
unclosed-quote = Nicht geschlossenes Anführungszeichen: Eine Zelle in { $place } beginnt mit ", das am Ende der Zelle nicht geschlossen wird; diese Zeile wurde mit dem Anführungszeichen als Text gelesen
cell-past-last = Zelle { $number } (nach der letzten Spalte)
empty-file = Die Datei ist leer: Sie hat keine Kopfzeile. Beginnen Sie mit der Vorlage und fügen Sie pro Deal eine Zeile hinzu
no-data-rows = Die Datei hat keine Datenzeilen: Fügen Sie unter der Kopfzeile pro Deal eine Zeile hinzu
too-many-rows = Die Datei hat { $rows } Datenzeilen{ $empty }; Partner Center verarbeitet höchstens { $max } Datensätze pro Datei und wird diese nicht verarbeiten: { $what }
and-empty-row = { " " }und 1 leere Zeile
and-empty-rows = { " " }und { $count } leere Zeilen
split-into = Teilen Sie sie in { $files } Dateien auf
delete-empty-rows = Löschen Sie die leeren Zeilen
upgrade = Laden Sie die Datei in der aktuellen Vorlage herunter (mit cosell upgrade oder durch Herunterladen auf der Seite): Alle Werte bleiben erhalten, und die neuen Spalten kommen hinzu
old-template-create-one = Diese Datei ist in der Vorlage von 2021, und Partner Center erstellt Deals inzwischen nur noch aus der aktuellen Vorlage: { $upgrade }; füllen Sie dann Marketplace Purchase Intent für { $count } neuen Deal aus
old-template-create = Diese Datei ist in der Vorlage von 2021, und Partner Center erstellt Deals inzwischen nur noch aus der aktuellen Vorlage: { $upgrade }; füllen Sie dann Marketplace Purchase Intent für die { $count } neuen Deals aus
old-template = Diese Datei ist in der Vorlage von 2021; Partner Center stellt die aktuelle Vorlage bereit und sagt, dass alte Vorlagen mit seinem aktualisierten Ablauf nicht funktionieren. Zur Sicherheit: { $upgrade }
processed-file-one = Partner Center hat die { $rows } dieser Datei bereits verarbeitet: Es hat diesen Deal bei einem früheren Hochladen erstellt oder aktualisiert. Würde die Zeile erneut hochgeladen, würde der Deal ein zweites Mal erstellt oder die Aktualisierung wiederholt; deshalb wird sie weder mitgezählt noch unter die hochzuladenden Zeilen aufgenommen, und die kommentierte Datei kennzeichnet sie. Laden Sie nur die anderen Zeilen hoch, sobald sie korrigiert sind; wenn die Spalte Errors nicht von Partner Center, sondern von jemand anderem ausgefüllt wurde, leeren Sie sie und prüfen Sie erneut
processed-file = Partner Center hat die { $rows } dieser Datei bereits verarbeitet: Es hat diese Deals bei einem früheren Hochladen erstellt oder aktualisiert. Würden die Zeilen erneut hochgeladen, würden die Deals ein zweites Mal erstellt oder die Aktualisierung wiederholt; deshalb werden sie weder mitgezählt noch unter die hochzuladenden Zeilen aufgenommen, und die kommentierte Datei kennzeichnet sie. Laden Sie nur die anderen Zeilen hoch, sobald sie korrigiert sind; wenn die Spalte Errors nicht von Partner Center, sondern von jemand anderem ausgefüllt wurde, leeren Sie sie und prüfen Sie erneut
empty-rows-one = { $count } leere Zeile wurde übersprungen ({ $rows }): Löschen Sie die Zeile in Excel, statt nur ihre Zellen zu leeren
empty-rows = { $count } leere Zeilen wurden übersprungen ({ $rows }): Löschen Sie die Zeilen in Excel, statt nur ihre Zellen zu leeren
row-list-one = Zeile { $rows }
row-list = Zeilen { $rows }
row-list-more = Zeilen { $rows } und { $more } weitere

## Dateien, die nicht gelesen werden können

too-large-here = Diese Datei ist zu groß, um sie hier zu prüfen: Ihre kommentierte Kopie (jede Zeile mit ihren Fehlern) wäre größer als { $megabytes } MB, das Maximum dieser Seite. Prüfen Sie sie mit dem Befehlszeilenprogramm cosell, oder teilen Sie sie in kleinere Dateien auf
too-large-text = Diese Datei umfasst { $gigabytes } GB Text: zu groß zum Prüfen (höchstens 4 GB). Partner Center nimmt 1.000 Zeilen pro Datei an; teilen Sie sie auf
not-csv = Dies ist { $kind }, keine CSV-Datei. { $advice }.
binary-data = Diese Datei enthält Binärdaten (NUL-Bytes), keinen Text: Sie ist keine CSV-Datei. { $advice }.
choose-csv = Wählen Sie stattdessen die CSV-Datei, die Sie für Partner Center erstellt haben (aus einer Excel-Arbeitsmappe: Datei › Speichern unter › „CSV UTF-8 (durch Trennzeichen getrennt) (*.csv)“)
save-as-csv = Wählen Sie in Excel Datei › Speichern unter › „CSV UTF-8 (durch Trennzeichen getrennt) (*.csv)“, und prüfen Sie diese Datei
kind-png = ein PNG-Bild
kind-jpeg = ein JPEG-Bild
kind-gif = ein GIF-Bild
kind-pdf = ein PDF-Dokument
kind-xls = eine Excel 97-2003-Arbeitsmappe (.xls) oder ein anderes Office-Dokument
kind-gzip = ein gzip-Archiv
kind-7z = ein 7-Zip-Archiv
kind-rar = ein RAR-Archiv
kind-xlsx = eine Excel-Arbeitsmappe (.xlsx)
kind-docx = ein Word-Dokument (.docx)
kind-zip = ein ZIP-Archiv
utf8-invalid-one = Die Datei ist UTF-8-codiert bis auf { $count } Byte (in Zeile { $line }), das als Windows-1252 gelesen wurde: Prüfen Sie den Buchstaben dort, und laden Sie dann die kommentierte Datei hoch, die vollständig UTF-8-codiert ist
utf8-invalid = Die Datei ist UTF-8-codiert bis auf { $count } Bytes (das erste in Zeile { $line }), die als Windows-1252 gelesen wurden: Prüfen Sie diese Buchstaben, und laden Sie dann die kommentierte Datei hoch, die vollständig UTF-8-codiert ist
not-utf8 = Die Datei ist nicht UTF-8-codiert: { $read-as }. Laden Sie die kommentierte Datei hoch, die UTF-8-codiert ist, oder speichern Sie als „CSV UTF-8 (durch Trennzeichen getrennt)“
read-as-1252 = Sie wurde als Windows-1252 gelesen, das Excel bei „CSV (Trennzeichen-getrennt)“ schreibt; Buchstaben wie å, é und ü kämen daher verstümmelt bei Partner Center an
read-as-utf16 = Sie ist UTF-16-codiert („Unicode-Text“ in Excel), was Partner Center nicht liest
read-as-utf16-no-bom = Sie ist UTF-16-codiert ohne Byte-Order-Mark, was Partner Center nicht liest
no-errors-column = Diese Datei hat keine Spalte Errors, ist also keine kommentierte Datei: Prüfen Sie sie zuerst, und erstellen Sie die hochzuladenden Dateien aus ihrer kommentierten Kopie
unchecked-errors = Die Spalte Errors dieser Datei enthält Meldungen, die nicht von diesem Tool stammen (die Antwort von Partner Center auf ein Hochladen?): Prüfen Sie die Datei zuerst, und erstellen Sie die hochzuladenden Dateien aus ihrer kommentierten Kopie

## Arbeitsmappen (cosell-workbook): `sheet` ist der Name eines Blatts, in Anführungszeichen; `cell` eine Zelle der Arbeitsmappe (Deals!A3)

workbook-other-sheets = Das Blatt { $sheet } wurde gelesen; { $others } beginnen ebenfalls mit der Kopfzeile der Vorlage und wurden nicht geprüft: Prüfen Sie jedes Blatt einzeln
workbook-other-sheet = Das Blatt { $sheet } wurde gelesen; { $others } beginnt ebenfalls mit der Kopfzeile der Vorlage und wurde nicht geprüft: Prüfen Sie jedes Blatt einzeln
workbook-no-header = Kein Blatt dieser Arbeitsmappe beginnt mit der Kopfzeile der Vorlage: { $sheets }. Das Blatt { $read } wurde geprüft
workbook-sheet-starts = { $sheet } beginnt mit { $cells }
workbook-sheet-empty = { $sheet } ist leer
workbook-hidden-sheet = { $sheet } (ausgeblendet)
workbook-hidden-header = { $sheet } (ausgeblendet) beginnt mit der Kopfzeile der Vorlage, ist aber ausgeblendet: Geben Sie den Namen des Blatts an, um es zu prüfen
workbook-moved = Die Kopfzeile beginnt in { $cell }, nicht in A1: Die Zeilen darüber und die Spalten links davon gehören nicht zur CSV-Datei, deren Zeile 2 die Zeile { $row } des Blatts ist; jeder Befund nennt seine Zelle in der Arbeitsmappe
workbook-merged = Die Zellen { $range } sind in der Arbeitsmappe verbunden: Nur diese Zeile enthält den Wert { $value }; in den anderen Zeilen ist { $column } leer
workbook-zero-lost = { $column } ist in der Arbeitsmappe als Zahl gespeichert ({ $value }): Die führende Null ist verloren gegangen; schreiben Sie { $fix }
workbook-zeros-lost = { $column } ist in der Arbeitsmappe als Zahl gespeichert ({ $value }): Die führenden Nullen sind verloren gegangen; schreiben Sie { $fix }
workbook-phone-number = { $column } ist in der Arbeitsmappe als Zahl gespeichert ({ $value }): Ein führendes + oder eine führende 0 wäre verloren gegangen; prüfen Sie den Wert, und formatieren Sie die Spalte als „Text“
workbook-digits-lost = { $column } ist in der Arbeitsmappe als Zahl gespeichert ({ $value }): Excel behält 15 Stellen, alle weiteren wurden zu Nullen; geben Sie den Wert erneut in eine als „Text“ formatierte Spalte ein
workbook-number-date = { $column } enthält in der Arbeitsmappe die Zahl { $number }, kein Datum: Sie wird als das Datum geschrieben, für das sie steht ({ $value })
workbook-date-cell = { $column } enthält in der Arbeitsmappe ein Datum, geschrieben als { $value }: Excel wandelt manche Eingaben (1-2, Jan 2) in Datumswerte um; prüfen Sie den Wert
workbook-formula = { $column } enthält in der Arbeitsmappe die Formel { $formula }: Hochgeladen wird ihr Wert, { $value }, nicht die Formel
workbook-error = { $column } enthält in der Arbeitsmappe den Excel-Fehlerwert { $value }: Schreiben Sie den eigentlichen Wert
workbook-password = Diese Arbeitsmappe ist kennwortgeschützt und kann daher hier nicht gelesen werden: Entfernen Sie in Excel das Kennwort (Datei › Informationen › Arbeitsmappe schützen › Mit Kennwort verschlüsseln), speichern Sie, und prüfen Sie die Arbeitsmappe erneut
workbook-damaged = Diese Arbeitsmappe konnte nicht gelesen werden ({ $reason }): Sie ist möglicherweise beschädigt oder unvollständig. Öffnen Sie sie in Excel, und speichern Sie sie erneut, oder speichern Sie das Blatt als „CSV UTF-8 (durch Trennzeichen getrennt)“, und prüfen Sie diese Datei
workbook-too-large = Diese Arbeitsmappe ist entpackt größer als { $megabytes } MB, das Maximum, das hier gelesen wird (eine Liste mit 5.000 Deals umfasst wenige MB): Speichern Sie das Blatt als „CSV UTF-8 (durch Trennzeichen getrennt)“, und prüfen Sie diese Datei
workbook-too-many-cells = Das Blatt { $sheet } hat mehr als { $count } Zellen mit Werten, das Maximum, das hier gelesen wird (eine Liste mit 5.000 Deals hat etwa 300.000): Speichern Sie das Blatt als „CSV UTF-8 (durch Trennzeichen getrennt)“, und prüfen Sie diese Datei
workbook-too-wide-xls = Die Blätter dieser Arbeitsmappe umfassen von der ersten bis zur letzten Zelle mehr als { $count } Zellen, das Maximum, das hier gelesen wird (eine Liste mit 5.000 Deals umfasst etwa 300.000): Speichern Sie das Blatt als „CSV UTF-8 (durch Trennzeichen getrennt)“, und prüfen Sie diese Datei
workbook-no-sheet = Diese Arbeitsmappe hat kein Blatt { $sheet }: Sie enthält die Blätter { $sheets }
workbook-empty = Diese Arbeitsmappe enthält kein Blatt mit Zellen

## Der Vergleich mit dem Export (`--baseline`): `before` ist der Wert im Export, `after` der der Zeile, beide in Anführungszeichen

baseline-unusable = Der Export zum Vergleich wurde nicht verwendet, und diese Datei wurde ohne ihn geprüft: { $why }
baseline-empty = Er ist leer
baseline-other-file = Er ist { $what }, kein Export von Co-Selling-Verkaufschancen
baseline-no-referral-id = Er hat keine Spalte { $column } und ist daher kein Export von Co-Selling-Verkaufschancen aus Partner Center
baseline-no-deals = Keine seiner Zeilen hat eine { $column }, die jeder Deal eines Exports von Co-Selling-Verkaufschancen hat
baseline-duplicate = Der Export zum Vergleich enthält dieselbe { $column } in mehr als einer Zeile: { $ids }. Die Zeilen dieser Datei mit diesen Deals wurden nicht mit ihm verglichen
baseline-duplicate-one = { $id } (Zeilen { $rows })
baseline-terminal-changed = Dieser Deal ist im Export { $substatus }: Partner Center erlaubt keine Aktionen für einen Deal in einem Endzustand, daher werden die Änderungen dieser Zeile ({ $columns }) abgelehnt
baseline-terminal-unchanged = Dieser Deal ist im Export { $substatus }, und diese Zeile ändert nichts: Partner Center erlaubt für ihn keine Aktionen und wird die Zeile überspringen; lassen Sie sie beim Hochladen weg
baseline-status-move = { $column } kann nicht von { $from } zu { $to } wechseln: Ein Deal, der im Export { $from } ist, kann nur { $allowed } werden
baseline-read-only-created = { $column } kann nicht mehr geändert werden, sobald der Deal erstellt ist: Im Export steht { $before }, in dieser Zeile { $after }
baseline-read-only-yes = { $column } ist im Export Yes und kann nicht mehr geändert werden, sobald es Yes ist: In dieser Zeile steht { $after }
baseline-read-only-number = { $column } kann nicht mehr geändert werden, sobald eine Zahl eingetragen ist: Im Export steht { $before }, in dieser Zeile { $after }
baseline-read-only-shared = { $column } kann nicht mehr geändert werden, sobald der Deal mit Microsoft geteilt wurde: Im Export steht { $before }, in dieser Zeile { $after }; wenn der Deal geteilt wurde, wird die Änderung nicht übernommen
baseline-filled-by-partner-center = { $column } wird von Partner Center ausgefüllt: Die Änderung von { $before } zu { $after } wird ignoriert
baseline-deal-value-closed = { $column } kann nicht mehr geändert werden, sobald ein Deal { $substatus } ist: Im Export steht { $before }, in dieser Zeile { $after }
baseline-not-in-export = { $column } { $id } { $count ->
        [one] ist nicht der einzige Deal des Exports
       *[other] ist nicht unter den { $count } Deals des Exports
    }: Partner Center aktualisiert nur Ihre eigenen Deals; prüfen Sie die ID (der Export ist möglicherweise gefiltert)
baseline-not-in-export-near = { $column } { $id } ist nicht im Export, wohl aber { $near } (Zeile { $row } des Exports), die nur um ein oder zwei Zeichen abweicht: Prüfen Sie die ID
baseline-engagement-id = { $column } { $value } weicht von { $before } ab, dem Wert im Export für diese { $referral }: Partner Center nimmt die Zeile nicht als Zeile dieses Deals an
baseline-too-many = Er hat mehr als { $count } Deals, die größte Zahl, die hier verglichen wird (ein Export aus Partner Center hat höchstens 5.000)
