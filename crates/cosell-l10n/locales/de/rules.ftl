## CS001 not-utf8 (warning, file)
cs001-title = Die Datei ist nicht UTF-8-codiert
cs001-checks = Die Zeichencodierung der Datei. UTF-8 (mit oder ohne Byte-Order-Mark) wird unverändert gelesen; UTF-16 wird an seiner Byte-Order-Mark erkannt (oder, ohne sie, an seinen Null-Bytes); alles andere, was kein gültiges UTF-8 ist, wird als Windows-1252 gelesen. So speichert Excel unter Windows im Format „CSV (Trennzeichen-getrennt)“.
cs001-why = Partner Center liest die Datei als UTF-8. Buchstaben außerhalb von reinem ASCII (å, é, ü, ß) kommen aus einer Windows-1252-Datei verstümmelt in Kundennamen und Adressen an, und der Abgleich des Kunden auf der Seite von Microsoft schlägt dann fehl.
cs001-example = Eine Datei, die Excel als „CSV (Trennzeichen-getrennt)“ gespeichert hat, mit dem Kundennamen `Müller GmbH` ergibt: Die Datei ist nicht UTF-8-codiert: Sie wurde als Windows-1252 gelesen, das Excel bei „CSV (Trennzeichen-getrennt)“ schreibt; Buchstaben wie å, é und ü kämen daher verstümmelt bei Partner Center an …
cs001-fix = Laden Sie die kommentierte Datei hoch, die UTF-8-codiert ist, oder speichern Sie in Excel mit Datei › Speichern unter als „CSV UTF-8 (durch Trennzeichen getrennt)“.

## CS002 wrong-delimiter (error, file)
cs002-title = Die Datei ist durch Semikolons oder Tabulatoren getrennt, nicht durch Kommas
cs002-checks = Welches Zeichen die Spalten der Kopfzeile trennt: Komma, Semikolon oder Tabulator. Die Datei wird mit dem Zeichen gelesen, das die Kopfzeile verwendet, sodass alle anderen Regeln trotzdem laufen.
cs002-why = Excel schreibt Semikolons, wenn das Listentrennzeichen von Windows `;` ist (bei schwedischen, deutschen, französischen, niederländischen und anderen Regionaleinstellungen). Partner Center braucht Kommas: Es sieht nur eine einzige lange Spalte und lehnt die ganze Datei ab.
cs002-example = `Deal Name;Customer Name;…` ergibt: Die Datei ist durch Semikolons (;) getrennt, nicht durch Kommas …
cs002-fix = Laden Sie die kommentierte Datei hoch, die durch Kommas getrennt ist; oder stellen Sie das Listentrennzeichen auf ein Komma um, bevor Sie aus Excel speichern.

## CS003 empty-file (error, file)
cs003-title = Die Datei ist leer
cs003-checks = Dass die Datei eine Kopfzeile hat.
cs003-why = Partner Center braucht die Kopfzeile der Vorlage, um zu wissen, welche Spalte welche ist.
cs003-example = Eine Datei mit null Bytes (oder nur mit einer Byte-Order-Mark oder mit Leerzeilen) ergibt: Die Datei ist leer: Sie hat keine Kopfzeile. Beginnen Sie mit der Vorlage und fügen Sie pro Deal eine Zeile hinzu
cs003-fix = Beginnen Sie mit der Vorlage (laden Sie sie auf der Importseite von Partner Center oder in diesem Tool herunter) und fügen Sie pro Deal eine Zeile hinzu.

## CS004 no-data-rows (error, file)
cs004-title = Die Datei hat keine Datenzeilen
cs004-checks = Dass mindestens eine Zeile unter der Kopfzeile Daten enthält.
cs004-why = Eine Kopfzeile allein erstellt und aktualisiert nichts.
cs004-example = Eine Datei, die nur die Kopfzeile enthält (oder die Kopfzeile und Zeilen aus leeren Zellen), ergibt: Die Datei hat keine Datenzeilen: Fügen Sie unter der Kopfzeile pro Deal eine Zeile hinzu
cs004-fix = Fügen Sie unter der Kopfzeile pro Deal eine Zeile hinzu.

## CS005 too-many-rows (error, file)
cs005-title = Mehr als 1.000 Datenzeilen
cs005-checks = Die Zahl der Datensätze unter der Kopfzeile: Datenzeilen und Zeilen, deren Zellen alle leer sind (siehe CS010), denn auch sie sind Datensätze der CSV-Datei. Jede Zeile wird trotzdem geprüft.
cs005-why = Partner Center importiert höchstens 1.000 Datensätze pro Datei und verarbeitet eine größere Datei überhaupt nicht. Die Seite von Partner Center sagt nicht, ob ein Datensatz aus leeren Zellen mitzählt; hier zählt er deshalb mit: Eine Datei mit 1.000 Deals und einer leeren Zeile erhält diesen Fehler. Ein Export enthält bis zu 5.000 Datensätze; ein erneut hochgeladener Export muss deshalb oft aufgeteilt werden.
cs005-example = Eine Datei mit 1.001 Deals ergibt: Die Datei hat 1001 Datenzeilen; Partner Center verarbeitet höchstens 1000 Datensätze pro Datei und wird diese nicht verarbeiten: Teilen Sie sie in 2 Dateien auf
cs005-fix = Teilen Sie die Datei in Dateien mit höchstens 1.000 Zeilen auf, jede mit der Kopfzeile (das Herunterladen in aufgeteilten Dateien auf der Seite erledigt das), und löschen Sie leere Zeilen.

## CS006 missing-column (error, file)
cs006-title = Eine Pflichtspalte fehlt in der Kopfzeile
cs006-checks = Dass die Kopfzeile jede Spalte enthält, die ihre Vorlage als Pflichtspalte kennzeichnet: Deal Name, Customer Name, Customer Address Line 1, Customer City, Customer Country, Partner Referral Status, Partner Referral Substatus, Estimated Deal Value, Currency, Estimated Close Date, Microsoft help required?, Share with Microsoft sales team, Consent to share Customer/Partner contact, Solution 1 und Team member 1; in der aktuellen Vorlage auch Marketplace Purchase Intent (und die Meldung sagt dann `Required column`, wie die Seite zu dieser Vorlage). Eine Spalte in anderer Groß-/Kleinschreibung oder mit anderen Leerzeichen zählt (CS019). Jede Zeile erhält dann außerdem `Mandatory field … missing` (`Required field … missing`).
cs006-why = Partner Center ordnet Spalten über ihren Namen zu; ohne eine Pflichtspalte kann keine Zeile erstellt oder aktualisiert werden.
cs006-example = Eine Kopfzeile ohne Solution 1 ergibt: Die Pflichtspalte Solution 1 fehlt in der Kopfzeile
cs006-fix = Fügen Sie die Spalte hinzu, genau so geschrieben wie in der Vorlage.

## CS007 duplicate-column (error, file)
cs007-title = Eine Spalte kommt in der Kopfzeile zweimal vor
cs007-checks = Dass kein Spaltenname mehr als einmal vorkommt. Geprüft wird die erste dieser Spalten.
cs007-why = Partner Center kann nicht wissen, welche der beiden Spalten den Wert enthält.
cs007-example = Eine zweite Spalte `Notes` ergibt: Die Spalte Notes kommt 2-mal in der Kopfzeile vor (Spalten AA, AI); nur die erste wird gelesen
cs007-fix = Löschen Sie die überzählige Spalte, oder übernehmen Sie ihren Inhalt in die erste.

## CS008 unknown-column (warning, file)
cs008-title = Eine Spalte, die die Vorlage nicht kennt
cs008-checks = Jede Zelle der Kopfzeile wird mit den Spaltennamen der Vorlage verglichen, Zeichen für Zeichen. Ein Name, der knapp danebenliegt (andere Groß-/Kleinschreibung, überzählige Leerzeichen, ein Tippfehler), erhält den Namen, der vermutlich gemeint ist.
cs008-why = Partner Center ordnet Spalten über den exakten Namen zu und ignoriert die übrigen; die Daten einer falsch geschriebenen Spalte gehen so stillschweigend verloren.
cs008-example = `Custmer Postal Code` in Spalte AI ergibt: Unbekannte Spalte 'Custmer Postal Code' (Spalte AI) wird von Partner Center ignoriert: Meinten Sie 'Customer Postal Code'?
cs008-fix = Benennen Sie die Spalte so um, wie die Vorlage sie schreibt, oder löschen Sie sie, wenn sie nicht für Partner Center gedacht ist.

## CS009 numbered-column (error, file)
cs009-title = Eine Spalte Solution oder Team member mit einer Nummer außerhalb von 1 bis 50
cs009-checks = Spalten mit dem Namen `Solution N` oder `Team member N`: N muss eine ganze Zahl von 1 bis 50 sein, ohne führende Nullen geschrieben. Die ersten 20 solcher Spalten werden einzeln genannt, die übrigen zusammengefasst.
cs009-why = Ein Deal hat höchstens 50 Lösungen und 50 Teammitglieder; Partner Center liest `Solution 51`, `Solution 0` oder `Solution A` nicht.
cs009-example = `Solution 51` ergibt: Spalte 'Solution 51' (Spalte AI) wird nicht gelesen: Die Spalten Solution sind von 1 bis 50 nummeriert, ohne führende Nullen
cs009-fix = Nummerieren Sie die Spalten von 1 bis 50; eine 51. Lösung gehört in einen zweiten Deal oder in eine Notiz.

## CS010 empty-rows (warning, file)
cs010-title = Zeilen, deren Zellen alle leer sind
cs010-checks = Zeilen, in denen jede Zelle leer ist (Excel hinterlässt `,,,,,`, wo Zeilen geleert, aber nicht gelöscht wurden). Sie werden übersprungen und nicht zu den Datenzeilen gezählt, zählen aber zur Grenze von 1.000 Datensätzen (CS005). Völlig leere Textzeilen (ganz ohne Trennzeichen) sind keine Datensätze: Jedes Programm, das CSV liest, überspringt sie.
cs010-why = Solche Zeilen erstellen nichts, sind aber Datensätze der Datei: Sie zählen möglicherweise zur Grenze von 1.000 Datensätzen in Partner Center und können dazu führen, dass Partner Center fehlende Pflichtfelder meldet.
cs010-example = `,,,,,,,,` in den Zeilen 3, 4 und 6 ergibt: 3 leere Zeilen wurden übersprungen (Zeilen 3–4, 6): Löschen Sie die Zeilen in Excel, statt nur ihre Zellen zu leeren
cs010-fix = Löschen Sie die Zeilen in Excel (Zeilen markieren, Rechtsklick, „Löschen“), statt nur ihren Inhalt zu entfernen.

## CS011 unclosed-quote (error, row)
cs011-title = Ein Anführungszeichen, das nie geschlossen wird
cs011-checks = Dass eine Zelle, die mit einem doppelten Anführungszeichen beginnt, auch mit einem endet, und zwar direkt vor dem nächsten Trennzeichen oder dem Zeilenende. Tut sie das nicht und liest das Programm deshalb in die folgenden Zeilen weiter (oder bis zum Ende der Datei), bis irgendwo das nächste Anführungszeichen kommt, dann wird diese Zeile noch einmal gelesen, mit dem Anführungszeichen als gewöhnlichem Zeichen, und das Lesen geht mit der nächsten Zeile weiter; die folgenden Zeilen werden also trotzdem geprüft. Ein Anführungszeichen, das in einer Zeile zu früh geschlossen wird (`"A note" ,`), wird so gelesen, wie Programme CSV lesen, und zwar in jeder Zeile der Datei gleich.
cs011-why = Partner Center würde die folgenden Zellen, oft auch die folgenden Zeilen, in eine einzige Zelle lesen: Diese Werte gingen verloren oder landeten in den falschen Spalten.
cs011-example = Eine Notiz, die mit `"` beginnt und kein schließendes Anführungszeichen hat, ergibt: Nicht geschlossenes Anführungszeichen: Eine Zelle in Notes beginnt mit ", das am Ende der Zelle nicht geschlossen wird; diese Zeile wurde mit dem Anführungszeichen als Text gelesen
cs011-fix = Schließen Sie das Anführungszeichen, oder entfernen Sie es; ein Anführungszeichen innerhalb einer Zelle in Anführungszeichen wird doppelt geschrieben (`""`).

## CS012 field-count (error, row)
cs012-title = Eine Zeile mit mehr oder weniger Zellen als die Kopfzeile
cs012-checks = Dass jede Zeile so viele Zellen hat wie die Kopfzeile (abgesehen von der Spalte Errors). Die übrigen Regeln werden für die Zeile nicht geprüft: Ihre Werte stehen vermutlich in den falschen Spalten.
cs012-why = Ein Komma ohne Anführungszeichen in einem Wert (in einer Adresse, in einem Preis wie `1,000`) verschiebt jede folgende Zelle in die falsche Spalte.
cs012-example = `…,One Contoso Way, Suite 100,Redmond,…` ergibt: Zu viele Zellen: Diese Zeile hat 34, die Kopfzeile 33; ein Wert mit einem Komma ohne Anführungszeichen verschiebt die Spalten
cs012-fix = Setzen Sie Werte, die Kommas enthalten, in Anführungszeichen (`"One Contoso Way, Suite 100"`), oder entfernen Sie die Kommas; Excel tut das beim Speichern.

## CS013 repeated-header (error, row)
cs013-title = Eine Zeile, die die Kopfzeile wiederholt
cs013-checks = Ob eine Datenzeile die Namen der Kopfzeile noch einmal enthält, Zelle für Zelle (zwei Dateien untereinander eingefügt). Ihre übrigen Regeln werden nicht geprüft.
cs013-why = Partner Center liest sie als Deal namens „Deal Name“ und lehnt ihn ab; außerdem bedeutet sie, dass zwei Dateien zusammengefügt wurden, und das ist einen Blick wert.
cs013-example = Eine zweite Kopfzeile in Zeile 1002 ergibt: Diese Zeile wiederholt die Kopfzeile (zwei Dateien zusammengefügt?): Löschen Sie sie
cs013-fix = Löschen Sie die Zeile.

## CS014 processed-file (error, file)
cs014-title = Eine Datei, die Partner Center schon verarbeitet hat
cs014-checks = Ob die Spalte Errors Meldungen enthält, die nicht von diesem Tool stammen (die Antwort von Partner Center auf ein früheres Hochladen), neben Zeilen, deren Errors-Zelle leer ist: Diese Zeilen hat Partner Center erstellt oder aktualisiert. Sie werden nicht mitgezählt, nicht nach den Zeilenregeln geprüft und in keine Datei übernommen, die zum Hochladen angeboten wird; ihre Errors-Zelle in der kommentierten Datei sagt das (ein Vermerk, den dieses Tool erkennt, wenn die kommentierte Datei erneut geprüft wird). Die eigenen Meldungen dieses Tools in der Spalte Errors enden mit ihrem Regelcode in eckigen Klammern (`[CS101]`); daran unterscheidet es sie von denen von Partner Center.
cs014-why = Die Seite von Partner Center: „Entfernen Sie alle erfolgreichen Datensätze aus der Datei, bevor Sie die korrigierten Datensätze hochladen, die im vorigen Durchlauf fehlgeschlagen sind.“ Wird eine verarbeitete Zeile erneut hochgeladen, wird ihr Deal ein zweites Mal erstellt oder ihre Aktualisierung noch einmal angewendet; was per Massenupload hochgeladen wurde, lässt sich nicht rückgängig machen.
cs014-example = Eine nach dem Hochladen heruntergeladene Datei mit einer Meldung von Partner Center in Zeile 2 und einer leeren Errors-Zelle in den Zeilen 3 und 4 ergibt: Partner Center hat die Zeilen 3–4 dieser Datei bereits verarbeitet: Es hat diese Deals bei einem früheren Hochladen erstellt oder aktualisiert …
cs014-fix = Laden Sie nur die zu korrigierenden Zeilen hoch, sobald sie korrigiert sind: Die Dateien „Zu korrigierende Zeilen“ und „Bereit zum Hochladen“ lassen die verarbeiteten Zeilen weg. Wenn die Errors-Zellen nicht von Partner Center, sondern von jemand anderem geschrieben wurden, leeren Sie die Spalte Errors und prüfen Sie erneut.

## CS015 previous-errors (warning, row)
cs015-title = Eine Zeile, die Partner Center beim letzten Mal abgelehnt hat und bei der jetzt kein Problem gefunden wird
cs015-checks = Zeilen, deren Errors-Zelle eine Meldung enthält, die nicht von diesem Tool stammt (eine Meldung von Partner Center von einem früheren Hochladen), und die hier jede Regel bestehen.
cs015-why = Partner Center prüft Dinge, die eine Datei nicht zeigen kann (eine Lösungs-ID, die es nicht kennt, einen Kunden, den es nicht zuordnen kann). In der kommentierten Datei ersetzt die Errors-Zelle dieser Prüfung seine Meldung; deshalb wird sie hier angezeigt.
cs015-example = Eine Zeile, deren Errors-Zelle `Invalid solution SOL-1234-PQRS` enthält und die jede Regel besteht, ergibt: Die Antwort von Partner Center auf das letzte Hochladen dieser Zeile war 'Invalid solution SOL-1234-PQRS'; jetzt wird kein Problem gefunden: Stellen Sie sicher, dass es korrigiert ist, bevor Sie hochladen
cs015-fix = Prüfen Sie, ob das, was die Meldung von Partner Center nennt, korrigiert ist, und laden Sie die Zeile dann hoch.

## CS016 old-template-create (error, file)
cs016-title = Eine Datei in der Vorlage von 2021, die Deals erstellt
cs016-checks = Ob eine Datei in der Vorlage von 2021 (ohne eine der Spalten, die nur die aktuelle Vorlage hat) Zeilen enthält, die einen Deal erstellen (ohne Referral ID).
cs016-why = Die Seite von Partner Center seit 2023: „Laden Sie die neue Vorlage in Partner Center herunter. Alte Vorlagen funktionieren nicht mit dem aktualisierten Ablauf zum Erstellen von Co-Selling-Verkaufschancen.“ Neue Deals brauchen Marketplace Purchase Intent, und diese Spalte fehlt in der Vorlage von 2021.
cs016-example = Eine Datei in der Vorlage von 2021 mit neuen Deals ergibt: Diese Datei ist in der Vorlage von 2021, und Partner Center erstellt Deals inzwischen nur noch aus der aktuellen Vorlage …
cs016-fix = Laden Sie die Datei in der aktuellen Vorlage herunter (mit `cosell upgrade` oder auf der Seite über den Download der Datei in der aktuellen Vorlage): Alle Werte bleiben erhalten, die neuen Spalten kommen hinzu; füllen Sie dann Marketplace Purchase Intent für die neuen Deals aus.

## CS017 old-template (warning, file)
cs017-title = Eine Datei in der Vorlage von 2021, die Deals nur aktualisiert
cs017-checks = Ob eine Datei in der Vorlage von 2021 nur Zeilen enthält, die einen Deal aktualisieren.
cs017-why = Laut Partner Center funktionieren alte Vorlagen nicht mit seinem aktualisierten Ablauf zum Erstellen; für Aktualisierungen sagt es das nicht, deshalb ist dies eine Warnung: Die aktuelle Vorlage ist die sichere Wahl.
cs017-example = Eine Datei in der Vorlage von 2021 mit Aktualisierungen ergibt: Diese Datei ist in der Vorlage von 2021; Partner Center stellt die aktuelle Vorlage bereit …
cs017-fix = Laden Sie dieselbe Datei in der aktuellen Vorlage hoch (erstellt mit `cosell upgrade` oder durch Herunterladen auf der Seite).

## CS018 other-bulk-file (error, file)
cs018-title = Eine Datei aus einem anderen Massenvorgang von Partner Center
cs018-checks = Ob die Kopfzeile die einer anderen Massendatei von Partner Center ist (drei oder mehr ihrer eigenen Spalten, etwa `Registration Date`, `Registration Type`, `Contract Value` aus einer Datei mit Azure IP Co-Selling-Dealregistrierungen). Ihre Zeilen werden nicht als Co-Selling-Verkaufschancen geprüft.
cs018-why = Als Co-Selling-Verkaufschancen hochgeladen, scheitert sie als Ganzes; sie gehört auf eine andere Seite von Partner Center. Eine Liste aller fehlenden Spalten würde das nicht sagen.
cs018-example = Eine Datei mit Dealregistrierungen ergibt: Dies ist eine Datei mit Azure IP Co-Selling-Dealregistrierungen, keine Datei mit Co-Selling-Verkaufschancen …
cs018-fix = Laden Sie sie dort in Partner Center hoch, wo sie hingehört; prüfen Sie hier Ihre Datei mit Co-Selling-Verkaufschancen.

## CS019 column-spelling (warning, file)
cs019-title = Ein Spaltenname in anderer Groß-/Kleinschreibung oder mit anderen Leerzeichen als in der Vorlage
cs019-checks = Zellen der Kopfzeile, die bis auf Groß-/Kleinschreibung, Leerzeichen (mehrere, davor oder dahinter, vor `?`) oder ein angehängtes ` *` dem Namen einer Spalte der Vorlage entsprechen: `deal name`, `Microsoft help required ?`. Die Spalte wird als diese gelesen, sodass alle Regeln trotzdem laufen. Dokumentierte Schreibweisen (`Customer Postal Code` und `Customer Postal code`; `Declined/Lost reason` und `Declined/Lost/Error reason`) und die in Vorlagen von 2026 gesehenen Schreibweisen (`MPN Id`, `Moodys Account Match 1`, `Final Matched Customer Account *` …) werden ohne Warnung gelesen.
cs019-why = Die Seite von Partner Center sagt nicht, wie genau es Spaltennamen zuordnet; eine Spalte, die es nicht erkennt, wird stillschweigend ignoriert.
cs019-example = `deal  name` in Spalte D ergibt: Spalte 'deal  name' (Spalte D) wird als Deal Name gelesen, so wie die aktuelle Vorlage von Partner Center sie schreibt: Benennen Sie sie um, damit Partner Center sie sicher liest
cs019-fix = Benennen Sie die Spalte so um, wie die Vorlage sie schreibt.

## CS020 translated-columns (error, file)
cs020-title = Spaltennamen, übernommen von einer übersetzten Seite der Microsoft-Dokumentation
cs020-checks = Zellen der Kopfzeile, die einen Spaltennamen so schreiben, wie ihn eine der 17 maschinell übersetzten Fassungen der Microsoft-Seite zu diesem Import schreibt (`Kundnamn`, `Avtalsnamn`, `Kundland` auf der schwedischen Seite; `Lösning 2` abgeleitet von deren `Lösning 1`), so tolerant verglichen wie englische Namen. Jede wird als die Spalte gelesen, die sie übersetzt, sodass alle Zeilenregeln trotzdem laufen; ein einziger Befund listet die Umbenennungen auf, in der Sprache der ersten solchen Zelle. Ein Name, den die Seite zwei Spalten gibt (die türkische Seite nennt Vor- und Nachname des Kontakts beide `Müşterinin kişi adı soyadı`), wird nicht geraten: Der Befund sagt das. Die Daten stehen in `crates/cosell-core/data/doc-translations*.tsv` und stammen aus den Repositorys der Dokumentation.
cs020-why = Partner Center liest nur die englischen Spaltennamen: Eine Datei, die nach einer übersetzten Seite erstellt wurde, hat keinen davon, und jede Spalte wird ignoriert.
cs020-example = Eine nach der schwedischen Seite abgetippte Kopfzeile ergibt: Diese Datei verwendet die Spaltennamen der schwedischen Übersetzung der Microsoft-Dokumentation; Partner Center liest nur die englischen Namen: Benennen Sie um: Engagemangs-ID → Engagement ID, Hänvisningskod → Referral ID, Avtalsnamn → Deal Name, …
cs020-fix = Benennen Sie die Spalten in die englischen Namen der Vorlage um (oder laden Sie die Vorlage herunter und kopieren Sie die Zeilen unter ihre Kopfzeile).
cs020-offers = Der englische Name für jede übersetzte Zelle der Kopfzeile (`Kundnamn` → `Customer Name`), als Änderung an der Kopfzeile; keiner für einen Namen, den die Seite zwei Spalten gibt.

## CS101 mandatory-field (error, row)
cs101-title = Ein Pflichtwert fehlt
cs101-checks = Dass die Zeile in jeder Spalte, die ihre Vorlage als Pflicht kennzeichnet, einen Wert hat (die Liste steht bei CS006); in der aktuellen Vorlage auch Marketplace Purchase Intent in einer Zeile, die einen Deal erstellt. Eine Zelle, die nur Leerzeichen enthält, gilt als leer. Die Meldung ist die von Partner Center selbst: `Mandatory field … missing` in der Vorlage von 2021, `Required field … missing` in der aktuellen.
cs101-why = Partner Center erstellt oder aktualisiert keine Zeile mit leerem Pflichtfeld; dies ist seine eigene Meldung.
cs101-example = Ein leeres Feld Solution 1 ergibt: Pflichtfeld Solution 1 fehlt
cs101-fix = Tragen Sie den Wert ein.

## CS102 help-details (error, row)
cs102-title = Microsoft-Hilfe wird angefordert, aber ohne die nötigen Angaben
cs102-checks = Wenn Microsoft help required? Yes ist: Die vier Spalten Customer Contact (First Name, Last Name, Phone number, Email Address) und What specific help from Microsoft? müssen ausgefüllt sein.
cs102-why = Die Verkäufer von Microsoft brauchen einen Kundenkontakt und müssen wissen, welche Hilfe gewünscht ist; Partner Center macht diese Angaben bei Co-Selling-Anfragen zur Pflicht.
cs102-example = Microsoft help required? = Yes ohne E-Mail-Adresse ergibt: Pflichtfeld Customer Contact Email Address fehlt (erforderlich, wenn Microsoft help required? Yes ist)
cs102-fix = Tragen Sie den Kundenkontakt und die Art der Hilfe ein (eine Zahl von 1 bis 6), oder setzen Sie Microsoft help required? auf No.

## CS103 share-required (error, row)
cs103-title = Share with Microsoft sales team fehlt
cs103-checks = Wenn Microsoft help required? No ist, muss Share with Microsoft sales team Yes oder No sein.
cs103-why = Ohne Hilfe von Microsoft muss der Partner angeben, ob der Deal für das Vertriebsteam von Microsoft freigegeben wird.
cs103-example = Microsoft help required? = No und ein leeres Share with Microsoft sales team ergibt: Pflichtfeld Share with Microsoft sales team fehlt (erforderlich, wenn Microsoft help required? No ist)
cs103-fix = Schreiben Sie Yes oder No.

## CS104 reason-required (error, row)
cs104-title = Ein Deal mit Declined, Lost (oder, in der aktuellen Vorlage, Error) ohne Grund
cs104-checks = Wenn Partner Referral Substatus Declined oder Lost ist (oder, in der aktuellen Vorlage, Error), muss die Spalte für den Grund (`Declined/Lost reason`, `Declined/Lost/Error reason`) eine Zahl enthalten: 1 bis 8 bei Declined und Lost, 1 bis 9 bei Error.
cs104-why = Partner Center verlangt den Grund, wenn ein Deal abgelehnt wird, verloren geht oder mit Error geschlossen wird, weil er irrtümlich erstellt wurde.
cs104-example = Substatus Lost und ein leerer Grund ergibt: Pflichtfeld Declined/Lost reason fehlt (erforderlich, wenn Partner Referral Substatus Lost ist)
cs104-fix = Schreiben Sie die Nummer des Grundes. Declined und Lost: 1 Projektbudget reicht nicht aus, 2 Kunde hat nicht reagiert, 3 Kunde hat einen anderen Anbieter gewählt, 4 Anforderung des Kunden nicht erfüllt, 5 Kein Kunde, 6 Vorgeschlagener Zeitrahmen war zu kurz, 7 Als Missbrauch, Spam oder Phishing melden, 8 Sonstiges. Error: 1 Duplikat – durch Massen-Hochladen erstellt, 2 Duplikat – in Partner Center erstellt, 3 Duplikat – von Microsoft gesendet, 4 Probleme bei der Datensynchronisierung des Connectors, 5 Probleme beim Kundenabgleich, 6 Probleme mit der Lösung – in den Notizen erläutern, 7 Testempfehlung, 8 Datenfehler, 9 Sonstiges – in den Notizen erläutern.

## CS201 yes-no (error, row)
cs201-title = Eine Yes/No-Spalte enthält etwas anderes
cs201-checks = Microsoft help required?, Share with Microsoft sales team und Consent to share Customer/Partner contact erwarten `Yes` oder `No`. Andere Wörter für Ja und Nein (`Y`, `TRUE`, die Übersetzungen von Excel wie `Ja`, `Nej`, `Oui` … und die Wörter der übersetzten Microsoft-Seiten wie `Да`, `いいえ` …) erhalten den Wert, der zu schreiben ist; ausgenommen ist das Wort einer Seite für beides (Koreanisch `예`): Dafür werden beide Werte genannt. `yes` oder `No ` (andere Groß-/Kleinschreibung oder andere Leerzeichen) ist CS222, eine Warnung.
cs201-why = Die Vorlage nennt Yes und No; `Y`, `TRUE`, `1` oder eine Übersetzung sind andere Wörter, und nichts in der Dokumentation von Partner Center lässt erwarten, dass es sie versteht.
cs201-example = `Y` in Share with Microsoft sales team ergibt: Ungültiger Wert 'Y' in Share with Microsoft sales team: Schreiben Sie Yes
cs201-fix = Schreiben Sie Yes oder No.
cs201-offers = `Yes` oder `No` für dasselbe Wort in anderer Schreibweise oder Sprache (`y`, `TRUE`, `ja`, `oui`); keiner für ein Wort, das eine übersetzte Seite für beides schreibt (Koreanisch `예`); nie für Consent to share Customer/Partner contact.

## CS202 consent-no (error, row)
cs202-title = Consent to share Customer/Partner contact ist No
cs202-checks = Consent to share Customer/Partner contact muss Yes sein.
cs202-why = Die Dokumentation von Partner Center: Deals werden weder erstellt noch aktualisiert, wenn Sie in dieser Spalte No wählen.
cs202-example = `No` ergibt: Consent to share Customer/Partner contact ist 'No': Partner Center wird diesen Deal weder erstellen noch aktualisieren
cs202-fix = Holen Sie die Zustimmung ein und schreiben Sie Yes in Consent to share Customer/Partner contact, oder nehmen Sie den Deal nicht in die Datei auf.

## CS203 unknown-status (error, row)
cs203-title = Ein unbekannter Partner Referral Status
cs203-checks = Partner Referral Status ist einer der Werte New, Active, Closed (andere Groß-/Kleinschreibung oder andere Leerzeichen sind CS222, eine Warnung).
cs203-why = Das sind die Status, die die Empfehlungs-API (Referral API) von Partner Center kennt; alles andere wird abgelehnt.
cs203-example = `Open` ergibt: Ungültiger Wert 'Open' in Partner Referral Status: Verwenden Sie New, Active oder Closed
cs203-fix = Schreiben Sie New (zum Erstellen), Active oder Closed.
cs203-offers = Der englische Status für das Wort, das eine übersetzte Seite der Microsoft-Dokumentation dafür schreibt (`Aktiv` auf der schwedischen Seite → `Active`).

## CS204 unknown-substatus (error, row)
cs204-title = Ein unbekannter Partner Referral Substatus
cs204-checks = Partner Referral Substatus ist einer der Werte Pending, Received, Accepted, Won, Lost, Declined, Expired und in der aktuellen Vorlage Error (andere Groß-/Kleinschreibung oder andere Leerzeichen sind CS222, eine Warnung).
cs204-why = Das sind die Substatus, die die Empfehlungs-API (Referral API) von Partner Center kennt; alles andere wird abgelehnt.
cs204-example = `Closed Won` ergibt: Ungültiger Wert 'Closed Won' in Partner Referral Substatus: Verwenden Sie Pending, Received, Accepted, Won, Lost, Declined oder Expired
cs204-fix = Schreiben Sie einen der genannten Werte.
cs204-offers = Der englische Substatus für das Wort, das eine übersetzte Seite der Microsoft-Dokumentation dafür schreibt (`Väntar` → `Pending`, `Har godkänts` → `Accepted` auf der schwedischen Seite); keiner für ein Wort, das die Seite für zwei Werte schreibt.

## CS205 status-pair (error, row)
cs205-title = Status und Substatus passen nicht zusammen
cs205-checks = In Zeilen, die einen Deal aktualisieren (mit Referral ID): New gehört zu Pending oder Received, Active zu Accepted, Closed zu Won, Lost, Declined oder Expired (und in der aktuellen Vorlage zu Error: Error mit einem anderen Status ist CS227, eine Warnung).
cs205-why = Die Empfehlungs-API (Referral API) von Partner Center erlaubt nur diese Paare.
cs205-example = Active mit Won ergibt: Ungültiger Wert 'Won' in Partner Referral Substatus bei Partner Referral Status Active: Verwenden Sie Accepted
cs205-fix = Ändern Sie den Substatus (oder den Status) so, dass ein erlaubtes Paar entsteht; ein gewonnener Deal ist Closed/Won.

## CS206 create-status (error, row)
cs206-title = Ein neuer Deal, der nicht New/Accepted ist
cs206-checks = Eine Zeile ohne Referral ID erstellt einen Deal; ihr Partner Referral Status muss New und ihr Partner Referral Substatus Accepted sein.
cs206-why = Die Importseite sagt: Verwenden Sie New und Accepted, um einen neuen Deal zu erstellen.
cs206-example = Eine Zeile ohne Referral ID mit dem Status Active ergibt: Ungültiger Wert 'Active' in Partner Referral Status für einen neuen Deal (ohne Referral ID): Verwenden Sie New
cs206-fix = Schreiben Sie New und Accepted; oder, wenn die Zeile einen Deal aktualisieren soll, tragen Sie seine Referral ID ein.

## CS207 read-only-status (warning, row)
cs207-title = Entfallen: ein Wert im schreibgeschützten Microsoft Referral Status (siehe CS224)
cs207-checks = Nichts mehr. Diese Regel warnte bei jeder Zeile mit einem Microsoft Referral Status – und den hat jede exportierte Zeile; CS224 warnt jetzt nur dort, wo ein schreibgeschützter Wert etwas bedeutet: in einer Zeile, die einen Deal erstellt.
cs207-why = Eine Warnung bei jeder Zeile eines Exports verdeckte die Warnungen, auf die es ankommt.
cs207-example = Keine Datei erhält sie: Eine Zeile, die einen Deal mit einem Microsoft Referral Status erstellt, erhält CS224.
cs207-fix = Keine.

## CS208 reason-code (error, row)
cs208-title = Der Grund ist keine der vorgesehenen Nummern
cs208-checks = Ein Wert in der Spalte für den Grund ist eine ihrer Nummern: 1 bis 8 (Declined, Lost und die Vorlage von 2021), 1 bis 9, wenn der Substatus Error ist (aktuelle Vorlage); die Meldung nennt die Liste, die gilt. Der Text eines Grundes erhält seine Nummer, wenn nur ein Grund so beginnt.
cs208-why = Partner Center nimmt den Grund als Nummer, nicht als Text.
cs208-example = `Customer chose another vendor` ergibt: Ungültiger Wert 'Customer chose another vendor' in Declined/Lost reason: Schreiben Sie 3
cs208-fix = Schreiben Sie die Nummer: 1 Projektbudget reicht nicht aus, 2 Kunde hat nicht reagiert, 3 Kunde hat einen anderen Anbieter gewählt, 4 Anforderung des Kunden nicht erfüllt, 5 Kein Kunde, 6 Vorgeschlagener Zeitrahmen war zu kurz, 7 Als Missbrauch, Spam oder Phishing melden, 8 Sonstiges.
cs208-offers = Die Nummer eines Grundes, der als Text geschrieben ist (`Lost to competitor` → seine Nummer).

## CS209 help-code (error, row)
cs209-title = What specific help from Microsoft? ist keine Zahl von 1 bis 6
cs209-checks = Ein Wert in What specific help from Microsoft? ist eine der Zahlen 1 bis 6.
cs209-why = Partner Center nimmt die Art der Hilfe als Nummer, nicht als Text.
cs209-example = `Proof of concept` ergibt: Ungültiger Wert 'Proof of concept' in What specific help from Microsoft?: Schreiben Sie 3
cs209-fix = Schreiben Sie die Nummer: 1 Workload-spezifisches Wertversprechen, 2 Technische Architektur des Kunden, 3 Proof of Concept/Demo, 4 Angebote und Lizenzierung, 5 Kundenerfolg nach dem Verkauf, 6 Allgemein oder Sonstiges.
cs209-offers = Die Nummer einer Art von Hilfe, die als Text geschrieben ist.

## CS210 sales-stage (warning, row)
cs210-title = Ein unerwarteter Wert in Sales Stage
cs210-checks = Ein Wert in Sales Stage ist einer der Prozentwerte der Vertriebsphasen: 10, 20, 40, 60, 80, 100.
cs210-why = Das Beispiel der Vorlage ist `40`, und die Vertriebsphasen von Partner Center sind Created/Accepted 10, Qualified 20, Developed 40, Proposed 60, Negotiated 80, Won 100. Die Dokumentation sagt nicht ausdrücklich, dass andere Werte abgelehnt werden; deshalb ist dies eine Warnung.
cs210-example = `Qualified` ergibt: Unerwarteter Wert 'Qualified' in Sales Stage: Schreiben Sie 20
cs210-fix = Schreiben Sie den Prozentwert der Phase.
cs210-offers = Der Prozentwert einer Phase, die mit `%` oder mit ihrem Namen geschrieben ist (`20%`, `Qualify` → `20`).

## CS211 country-code (error, row)
cs211-title = Customer Country ist kein Code aus zwei Buchstaben nach ISO 3166-1
cs211-checks = Customer Country ist ein tatsächlich vergebener Code nach ISO 3166-1 Alpha-2: Zwei Buchstaben allein genügen nicht (`XX` ist kein Land). Ländernamen, Codes aus drei Buchstaben und gängige andere Bezeichnungen erhalten den zu verwendenden Code, wenn nur ein Land zu ihnen passt (`Congo` kann CG oder CD sein). Ein Code in Kleinbuchstaben (`us`) ist CS222, eine Warnung.
cs211-why = Die Seite verlangt den Code aus zwei Buchstaben; Partner Center ordnet den Kunden darüber zu, und ein Name oder ein Code aus drei Buchstaben ist kein solcher Code.
cs211-example = `Sweden` ergibt: Ungültiger Wert 'Sweden' in Customer Country: Schreiben Sie SE
cs211-fix = Schreiben Sie den Code aus zwei Buchstaben: US, GB (nicht UK), SE, DE, …
cs211-offers = Der Code aus zwei Buchstaben für den Namen eines Landes, seinen Namen in der Landessprache oder seinen Code aus drei Buchstaben (`Germany`, `Deutschland`, `DEU` → `DE`).

## CS212 currency-code (error, row)
cs212-title = Currency ist kein Code nach ISO 4217
cs212-checks = Currency ist ein Code nach ISO 4217 für eine gültige Währung (`USD`, `EUR`, `SEK`): kein zurückgezogener Code (`HRK`, ersetzt durch EUR), kein Fonds und kein Edelmetall (`XAU`, `XDR`). Symbole und Namen erhalten den zu verwendenden Code, wo sie eindeutig sind (`€` ist EUR; `$` allein kann mehrere Währungen meinen). Ein Code in Kleinbuchstaben (`usd`) ist CS222, eine Warnung.
cs212-why = Die Seite verlangt den Code nach ISO 4217; Partner Center speichert den Dealwert damit. Ein zurückgezogener Code ist keine Währung mehr, in der ein Deal bewertet werden kann (und der Betrag muss umgerechnet werden, es genügt nicht, den Code zu ändern).
cs212-example = `€` ergibt: Ungültiger Wert '€' in Currency: Schreiben Sie EUR
cs212-fix = Schreiben Sie den Code aus drei Buchstaben für die Währung, in der der Deal bewertet ist.
cs212-offers = Der Code nach ISO 4217 für ein eindeutiges Symbol oder einen eindeutigen Namen (`€` → `EUR`; für `kr` wird keiner angeboten); `$` allein erhält keinen.

## CS213 date-format (error, row)
cs213-title = Estimated Close Date ist kein gültiges Datum im Format M/D/YYYY
cs213-checks = Estimated Close Date ist Monat/Tag/vierstelliges Jahr (führende Nullen optional), ein tatsächlich existierendes Kalenderdatum in den Jahren 2000 bis 2099. Was Excel aus Datumsangaben macht (`2027-01-30`, `30/01/2027`, `30.01.2027`, eine Uhrzeit nach dem Datum, eine fortlaufende Datumszahl, ein zweistelliges Jahr unter 30, das Excel als 20xx liest), erhält das zu schreibende Datum, wenn es eindeutig ist; ein zweistelliges Jahr ab 30, das Excel als 19xx liest, erhält keines.
cs213-why = Partner Center liest das Datum als MM/DD/YYYY. Ein Datum mit dem Tag zuerst scheitert entweder oder wird, schlimmer noch, als ein anderes Datum gelesen.
cs213-example = `30.01.2027` ergibt: Ungültiges Datum '30.01.2027' in Estimated Close Date: Schreiben Sie 1/30/2027
cs213-fix = Schreiben Sie M/D/YYYY, z. B. 1/30/2027. Formatieren Sie die Spalte in Excel als „Text“, bevor Sie Datumsangaben eingeben.
cs213-offers = `M/D/YYYY` für ein Datum, bei dem Tag und Monat sicher sind: ISO (`2027-02-28`), Tag zuerst mit einem Tag über 12 (`30/01/2027`), mit Punkten (`30.01.2027`), mit Uhrzeit oder als fortlaufende Datumszahl von Excel. Mehrdeutige Datumsangaben erhalten keines.

## CS214 date-past (warning, row)
cs214-title = Estimated Close Date liegt in der Vergangenheit
cs214-checks = Ob Estimated Close Date vor dem heutigen Tag liegt, bei Deals, die nicht abgeschlossen sind (abgeschlossen heißt: Partner Referral Status Closed oder ein Substatus Won, Lost, Declined oder Expired; deren Datum ist Vergangenheit).
cs214-why = Ein bereits vergangenes Abschlussdatum bei einem offenen Deal ist meist ein Kopierfehler oder ein Datum, das Excel umgeschrieben hat; offene Deals sollten in der Zukunft abgeschlossen werden.
cs214-example = `1/30/2020` ergibt: Datum '1/30/2020' in Estimated Close Date liegt in der Vergangenheit
cs214-fix = Schreiben Sie das Datum, an dem der Deal jetzt voraussichtlich abgeschlossen wird.

## CS215 deal-value (error, row)
cs215-title = Estimated Deal Value ist keine einfache Zahl von 0 oder mehr
cs215-checks = Estimated Deal Value besteht aus Ziffern mit optionalem `.` und Nachkommastellen: kein Währungszeichen, kein Tausendertrennzeichen, kein Dezimalkomma, nicht negativ, höchstens 28 Stellen vor dem Dezimalpunkt. Die zu schreibende Zahl wird genannt, wenn sie eindeutig ist: Tausendertrennzeichen werden nur dort entfernt, wo sie Dreiergruppen von Ziffern trennen (`12563.5.5` und `1,5,5` erhalten keine).
cs215-why = Partner Center liest den Wert als Dezimalzahl (sein API-Typ ist `decimal` mit 28 Stellen); `$12,563` oder `12 563,50` wird abgelehnt oder falsch gelesen.
cs215-example = `12 563,50` ergibt: Ungültige Zahl '12 563,50' in Estimated Deal Value: Schreiben Sie 12563.50
cs215-fix = Schreiben Sie den Betrag nur mit Ziffern und `.`, z. B. 12563.50; die Währung gehört in Currency.
cs215-offers = Der Betrag ohne Währungszeichen, Tausendertrennzeichen oder Leerzeichen (`$250,000` → `250000`, `12 563,50 kr` → `12563.50`), wenn das Dezimaltrennzeichen sicher ist.

## CS216 scientific-notation (error, row)
cs216-title = Eine Zahl, die Excel in wissenschaftliche Schreibweise umgewandelt hat
cs216-checks = Zellen mit zahlenartigem Inhalt (Telefonnummern, D-U-N-S-ID, Postleitzahl, Dealwert, die Zahlen in den Zellen Solution und Team member), die wie `9.99E+09` geschrieben sind.
cs216-why = Excel zeigt lange Zahlen in wissenschaftlicher Schreibweise an und speichert sie auch so: Die Ziffern nach den ersten paar sind endgültig verloren.
cs216-example = `9.99E+09` in Customer Contact Phone number ergibt: Wissenschaftliche Schreibweise '9.99E+09' in Customer Contact Phone number: Excel hat die Ziffern verloren; geben Sie die vollständige Nummer ein
cs216-fix = Geben Sie die vollständige Nummer erneut ein; formatieren Sie die Spalte vorher in Excel als „Text“, damit sie erhalten bleibt.

## CS217 duns-digits (error, row)
cs217-title = Customer D-U-N-S ID enthält mehr als Ziffern
cs217-checks = Customer D-U-N-S ID enthält, wenn angegeben, nur Ziffern.
cs217-why = Eine D-U-N-S-Nummer hat neun Ziffern; Bindestriche oder Buchstaben lassen den Kundenabgleich scheitern.
cs217-example = `08-146-6849` ergibt: Ungültiger Wert '08-146-6849' in Customer D-U-N-S ID: Schreiben Sie 081466849
cs217-fix = Schreiben Sie die neun Ziffern ohne Trennzeichen.
cs217-offers = Die neun Ziffern einer D-U-N-S-Nummer, die mit Leerzeichen, Bindestrichen oder Punkten geschrieben ist.

## CS218 duns-length (warning, row)
cs218-title = Customer D-U-N-S ID hat nicht neun Ziffern
cs218-checks = Customer D-U-N-S ID hat, wenn angegeben, neun Ziffern. Acht Ziffern sind höchstwahrscheinlich eine D-U-N-S-Nummer, die in Excel ihre führende Null verloren hat.
cs218-why = Eine falsche D-U-N-S-Nummer führt zum falschen Kunden oder zu keinem. (Das Beispiel der Vorlage selbst hat acht Ziffern, deshalb ist dies eine Warnung.)
cs218-example = `81466849` ergibt: D-U-N-S-Nummer '81466849' in Customer D-U-N-S ID hat 8 Ziffern: Excel hat vermutlich eine führende Null entfernt; schreiben Sie 081466849
cs218-fix = Schreiben Sie alle neun Ziffern; formatieren Sie die Spalte in Excel als „Text“, damit die führende Null erhalten bleibt.
cs218-offers = Die führende Null, die Excel bei einer achtstelligen D-U-N-S-Nummer entfernt hat.

## CS219 email (error, row)
cs219-title = Eine ungültige E-Mail-Adresse
cs219-checks = Customer Contact Email Address sieht, wenn angegeben, wie eine E-Mail-Adresse aus: ein `@`, etwas davor, danach eine Domain mit einem Punkt, keine Leerzeichen, kein `mailto:` am Anfang.
cs219-why = Die Verkäufer von Microsoft kontaktieren den Kunden über diese Adresse; eine ungültige wird abgelehnt.
cs219-example = `john.customer@contoso` ergibt: Ungültige E-Mail-Adresse 'john.customer@contoso' in Customer Contact Email Address
cs219-fix = Schreiben Sie die vollständige Adresse, z. B. john.customer@contoso.com.
cs219-offers = Die Adresse ohne `mailto:` oder Leerzeichen, wenn der Rest eine Adresse ist.

## CS220 postal-code-zero (warning, row)
cs220-title = Eine Postleitzahl, die ihre führende Null verloren hat
cs220-checks = Bei Ländern mit fünfstelligen Postleitzahlen (US, DE, FR, IT, ES, FI, MX, MY …) ein Wert in Customer Postal Code mit drei oder vier Ziffern.
cs220-why = Excel liest `02134` als die Zahl 2134 und speichert sie ohne die Null.
cs220-example = `2134` mit Customer Country US ergibt: Postleitzahl '2134' in Customer Postal Code hat 4 Ziffern: Excel hat vermutlich eine führende Null entfernt; schreiben Sie 02134
cs220-fix = Schreiben Sie die vollständige Postleitzahl; formatieren Sie die Spalte in Excel als „Text“, damit die Null erhalten bleibt.
cs220-offers = Die führenden Nullen, die Excel bei einer fünfstelligen Postleitzahl entfernt hat (US, DE, FR, IT, ES, FI, MX, MY).

## CS221 unused-value (warning, row)
cs221-title = Ein Wert, der ignoriert wird
cs221-checks = Ein eingetragener Grund, obwohl der Substatus keinen verlangt (Declined oder Lost; in der aktuellen Vorlage auch Error); ein Wert in What specific help from Microsoft?, obwohl Microsoft help required? nicht Yes ist.
cs221-why = Partner Center liest diese Werte nur, wenn die andere Spalte sie verlangt; der Wert steht vermutlich in der falschen Zeile.
cs221-example = Grund `2` mit Substatus Accepted ergibt: Wert '2' in Declined/Lost reason wird ignoriert: Partner Referral Substatus ist nicht Declined oder Lost
cs221-fix = Leeren Sie die Zelle, oder füllen Sie die Spalte aus, von der sie abhängt.

## CS222 value-spelling (warning, row)
cs222-title = Ein vorgegebener Wert in anderer Groß-/Kleinschreibung oder mit anderen Leerzeichen
cs222-checks = Werte der Spalten mit vorgegebenen Werten (Microsoft help required?, Share with Microsoft sales team, Consent to share Customer/Partner contact, Partner Referral Status und Substatus, Customer Country, Currency sowie die Währung in einer Solution-Zelle), die sich von einem vorgegebenen Wert nur in Groß-/Kleinschreibung oder Leerzeichen unterscheiden: `yes`, `Active `, `usd`, `us`. Die Bedeutung des Werts wird übernommen, sodass die davon abhängigen Regeln trotzdem laufen.
cs222-why = Die Seite von Partner Center nennt diese Werte in einer einzigen Schreibweise und sagt nicht, ob Partner Center auch andere Groß-/Kleinschreibung oder Leerzeichen erkennt; deshalb ist dies eine Warnung. (Consent to share Customer/Partner contact mit `no` ist CS202, in jeder Schreibweise.)
cs222-example = `yes` in Microsoft help required? ergibt: Wert 'yes' in Microsoft help required? unterscheidet sich von Yes nur in Groß-/Kleinschreibung oder Leerzeichen: Schreiben Sie Yes
cs222-fix = Schreiben Sie den Wert so, wie er vorgegeben ist.
cs222-offers = Die vorgegebene Schreibweise (`yes ` → `Yes`, `active` → `Active`, `usd` → `USD`); nie für Consent to share Customer/Partner contact.

## CS223 digit-groups (error, row)
cs223-title = Ein Betrag mit Punkten zwischen Dreiergruppen von Ziffern, in einer Datei aus Excel mit europäischen Einstellungen
cs223-checks = In einer durch Semikolons getrennten Datei (Excel mit europäischen Einstellungen, siehe CS002) ein Estimated Deal Value oder ein Preis in Solution aus einer bis drei Ziffern, gefolgt von Dreiergruppen nach Punkten: `12.563`, `1.250.000`. Die kommentierte Datei, die durch Kommas getrennt ist, behält den Befund: Die Errors-Zelle der Zeile sagt, dass die Zeile aus Excel mit europäischen Einstellungen stammt, und eine Zeile, deren Errors-Zelle das sagt, wird beim erneuten Prüfen genauso gelesen.
cs223-why = In solchen Dateien trennt der Punkt die Tausender: `12.563` ist zwölftausendfünfhundertdreiundsechzig, Partner Center aber läse zwölf Komma fünf sechs drei, einen tausendfach zu kleinen Dealwert. (`12.563,00` ist CS215, mit der zu schreibenden Zahl.)
cs223-example = `12.563` in Estimated Deal Value ergibt: Die Zahl '12.563' in Estimated Deal Value hat Punkte zwischen Dreiergruppen von Ziffern, die in einer Datei aus Excel mit europäischen Einstellungen Tausender trennen; Partner Center würde einen Dezimalpunkt lesen: Schreiben Sie 12563
cs223-fix = Schreiben Sie den Betrag ohne Tausendertrennzeichen, mit `.` nur vor den Nachkommastellen.
cs223-offers = Der Betrag ohne die Tausenderpunkte (`12.563` → `12563` in einer durch Semikolons getrennten Datei).

## CS224 read-only-on-create (warning, row)
cs224-title = Eine schreibgeschützte Spalte ist in einer Zeile ausgefüllt, die einen Deal erstellt
cs224-checks = In einer Zeile ohne Referral ID (ein neuer Deal) Werte in den Spalten, die Partner Center selbst füllt: Engagement ID, Microsoft Referral Status und in der aktuellen Vorlage Microsoft MSX ID, Migrated PSC Deal ID und die Spalten Microsoft team member. Eine Warnung pro Zeile, die die Spalten nennt. In einer Zeile, die einen Deal aktualisiert, kommen diese Werte so aus dem Export zurück: kein Befund.
cs224-why = Partner Center ignoriert, was die Datei in diesen Spalten enthält; bei einem neuen Deal wurde ein Wert dort von irgendwoher kopiert und kommt nicht an.
cs224-example = Ein neuer Deal mit Microsoft Referral Status, Microsoft MSX ID und einem Microsoft team member ergibt: Die schreibgeschützten Spalten Microsoft Referral Status, Microsoft MSX ID und Microsoft team member 1 sind in einer Zeile ausgefüllt, die einen Deal erstellt: Partner Center ignoriert sie
cs224-fix = Leeren Sie die Zellen, oder tragen Sie die Referral ID ein, wenn die Zeile einen Deal aktualisiert.
cs224-offers = Leere Zellen: Partner Center füllt diese Spalten selbst.

## CS225 purchase-intent (error, row)
cs225-title = Marketplace Purchase Intent ist nicht Yes, No oder Have not decided
cs225-checks = Marketplace Purchase Intent ist, wenn angegeben, einer der Werte `Yes`, `No`, `Have not decided` (andere Groß-/Kleinschreibung oder andere Leerzeichen sind CS222). In einer Zeile, die einen Deal erstellt, ist der Wert Pflicht (CS101).
cs225-why = Die Seite: „ein Pflichtfeld für das Erstellen von Empfehlungen. Zulässige Werte sind Yes, No oder Have not decided.“
cs225-example = `Maybe` ergibt: Ungültiger Wert 'Maybe' in Marketplace Purchase Intent: Verwenden Sie Yes, No oder Have not decided
cs225-fix = Schreiben Sie Yes, No oder Have not decided.
cs225-offers = Der englische Wert für das Wort, das eine übersetzte Seite der Microsoft-Dokumentation dafür schreibt (`Ja` auf der deutschen Seite → `Yes`); keiner für ein Wort, das die Seite für zwei Werte schreibt (Koreanisch `예`).

## CS226 purchase-intent-update (warning, row)
cs226-title = Eine Aktualisierung ohne Marketplace Purchase Intent
cs226-checks = Zeilen mit Referral ID, in denen Marketplace Purchase Intent leer ist.
cs226-why = Partner Center verlangt den Wert, um einen Deal zu erstellen; seine Schwesterseite für Leads sagt, dass er auch zum Aktualisieren nötig ist. Die Seite zu Co-Selling-Verkaufschancen sagt das nicht, deshalb ist dies eine Warnung.
cs226-example = Eine Aktualisierung mit leerem Marketplace Purchase Intent ergibt: Marketplace Purchase Intent ist leer in einer Zeile, die einen Deal aktualisiert: Partner Center verlangt den Wert, um einen Deal zu erstellen, und möglicherweise auch, um einen zu aktualisieren
cs226-fix = Schreiben Sie Yes, No oder Have not decided.

## CS227 error-substatus (warning, row)
cs227-title = Substatus Error mit einem anderen Status als Closed
cs227-checks = Partner Referral Substatus `Error` (schließt einen irrtümlich erstellten Deal) in einer Zeile, deren Partner Referral Status nicht Closed ist.
cs227-why = Die Seite ordnet Error keinem Status zu; das Schließen eines Deals setzt ihn auf Closed, also ist Closed/Error das zu erwartende Paar, und die anderen werden möglicherweise abgelehnt.
cs227-example = Active mit Error ergibt: Substatus 'Error' in Partner Referral Substatus schließt einen Deal: Erwartet wird Partner Referral Status Closed, nicht Active
cs227-fix = Schreiben Sie Closed in Partner Referral Status.

## CS228 final-match (error, row)
cs228-title = Final Matched Customer Account ist weder eine Microsoft-ID noch ein eingefügter Vorschlag
cs228-checks = Ein Wert in Final Matched Customer Account: entweder eine Microsoft-ID, so eingegeben, wie die Seite es vorgibt (`MicrosoftID: 6-ABCDEFG23XB`: `MicrosoftID:`, eine Zahl, `-`, Buchstaben und Ziffern), oder ein Vorschlag, den Partner Center ausgefüllt hat, eingefügt aus seinen Spalten zum Kontoabgleich (`MicrosoftID: 11-1FG2G, AccountName: …, AccountAddress: …`, `DUNSID: 659410848, AccountName: …`).
cs228-why = Die Seite: „Das einzige zulässige Format für eine Microsoft-ID ist MicrosoftID: Number-Alphanumeric“. Ein Name oder eine bloße ID wird keinem Konto zugeordnet.
cs228-example = `Contoso Ltd` ergibt: Ungültiger Wert 'Contoso Ltd' in Final Matched Customer Account: Schreiben Sie eine Microsoft-ID als MicrosoftID: <Zahl>-<Buchstaben und Ziffern>, z. B. MicrosoftID: 6-ABCDEFG23XB, oder fügen Sie einen Vorschlag aus den Spalten zum Kontoabgleich ein
cs228-fix = Geben Sie die Microsoft-ID in dieser Form ein, fügen Sie einen der Vorschläge von Partner Center ein, oder lassen Sie die Zelle leer, damit Partner Center das Konto selbst zuordnet.

## CS229 iot-value (warning, row)
cs229-title = Ein Wert in Device Category oder Silicon Type, der nicht in der Liste der Seite steht
cs229-checks = Device Category und Silicon Type sind, wenn angegeben, einer der Werte, die die Seite auflistet (der nächstliegende aufgelistete Wert wird genannt, wenn es einen gibt).
cs229-why = Die Seite listet die Werte zur Auswahl auf; sie sagt nicht, dass andere abgelehnt werden, deshalb ist dies eine Warnung.
cs229-example = `Kiosks` in Device Category ergibt: Wert 'Kiosks' in Device Category steht nicht in der Liste der Seite: Meinten Sie Kiosk?
cs229-fix = Wählen Sie einen aufgelisteten Wert.
cs229-offers = Der aufgelistete Wert, der sich nur in Groß-/Kleinschreibung oder Leerzeichen unterscheidet.

## CS230 iot-yes-no (warning, row)
cs230-title = Azure Certified Device oder Attach Services ist nicht Yes oder No
cs230-checks = Azure Certified Device und Attach Services sind, wenn angegeben, `Yes` oder `No`.
cs230-why = Die Seite beschreibt beide als Ja/Nein-Fragen, ohne Werte aufzulisten; deshalb ist dies eine Warnung.
cs230-example = `Y` in Attach Services ergibt: Wert 'Y' in Attach Services: Schreiben Sie Yes oder No
cs230-fix = Schreiben Sie Yes oder No.

## CS231 domain-name (warning, row)
cs231-title = Customer Domain Name ist kein Domainname
cs231-checks = Customer Domain Name ist, wenn angegeben, ein Domainname (`contoso.com`): keine Webadresse, keine E-Mail-Adresse und kein Text mit Leerzeichen. Die zu schreibende Domain wird genannt, wenn sie sich aus dem Wert ablesen lässt.
cs231-why = Partner Center ordnet darüber das Konto des Kunden zu; eine Webadresse oder eine E-Mail-Adresse ist kein Domainname.
cs231-example = `https://www.contoso.com/about` ergibt: Wert 'https://www.contoso.com/about' in Customer Domain Name ist kein Domainname: Schreiben Sie contoso.com
cs231-fix = Schreiben Sie nur die Domain, z. B. contoso.com.
cs231-offers = Die Domain, die eine Web- oder E-Mail-Adresse nennt (`https://www.contoso.com/about` → `contoso.com`).

## CS232 spaces-around (warning, row)
cs232-title = Ein Wert hat Leerzeichen davor oder dahinter
cs232-checks = Jede Zelle (abgesehen von der Spalte Errors), deren Wert mit Leerzeichen, Tabulatoren oder Zeilenumbrüchen beginnt oder endet, wenn keine andere Regel zu dieser Zelle etwas gemeldet hat (ein vorgegebener Wert mit Leerzeichen ist CS222).
cs232-why = Excel zeigt sie nicht an, und nichts sagt, dass Partner Center sie entfernt: Ein Name mit einem Leerzeichen am Ende wird womöglich mit diesem gespeichert und dann ohne es zugeordnet oder gesucht.
cs232-example = `Contoso Corporation ` in Customer Name ergibt: Wert 'Contoso Corporation ' in Customer Name hat Leerzeichen davor oder dahinter: Schreiben Sie 'Contoso Corporation'
cs232-fix = Löschen Sie die Leerzeichen vor und nach dem Wert.
cs232-offers = Der Wert ohne die Leerzeichen, Tabulatoren und Zeilenumbrüche davor und dahinter.

## CS301 solution-id (error, row)
cs301-title = Eine Solution-Zelle ohne Lösungs-ID
cs301-checks = Eine ausgefüllte Zelle Solution N beginnt mit der Lösungs-ID: `ID[, currency[, price[, quantity]]]`.
cs301-why = Die Lösungs-ID ist der einzige Teil einer Lösung, der Pflicht ist.
cs301-example = `, USD, 10, 100` ergibt: Lösungs-ID fehlt in Solution 1: Schreiben Sie sie an den Anfang, z. B. SOL-1234-PQRS, USD, 10, 100
cs301-fix = Schreiben Sie die Lösungs-ID an den Anfang; Sie finden sie im Lösungskatalog von Partner Center.

## CS302 solution-currency (error, row)
cs302-title = Eine Solution-Zelle mit einer Währung, die kein Code nach ISO 4217 ist
cs302-checks = Der zweite Teil einer Zelle Solution N ist, wenn angegeben, ein Währungscode nach ISO 4217.
cs302-why = Partner Center liest den Preis der Lösung in dieser Währung.
cs302-example = `SOL-1234-PQRS, dollars, 10, 100` ergibt: Ungültige Währung 'dollars' in Solution 1: Verwenden Sie einen Code aus drei Buchstaben nach ISO 4217 wie USD
cs302-fix = Schreiben Sie den Code aus drei Buchstaben, oder lassen Sie den Teil leer.
cs302-offers = Der Code nach ISO 4217 für eine eindeutige Währung in der Solution-Zelle (der Rest der Zelle bleibt erhalten).

## CS303 solution-price (error, row)
cs303-title = Eine Solution-Zelle mit einem Preis, der keine einfache Zahl ist
cs303-checks = Der dritte Teil einer Zelle Solution N ist, wenn angegeben, eine Dezimalzahl von 0 oder mehr (nur Ziffern und `.`).
cs303-why = Partner Center liest den Preis als Dezimalzahl.
cs303-example = `SOL-1234-PQRS, USD, ten, 100` ergibt: Ungültiger Preis 'ten' in Solution 1: Verwenden Sie nur Ziffern und ., z. B. 10.50
cs303-fix = Schreiben Sie den Preis nur mit Ziffern und `.`.
cs303-offers = Der Preis ohne Währungszeichen oder Trennzeichen in der Solution-Zelle (der Rest der Zelle bleibt erhalten).

## CS304 solution-quantity (error, row)
cs304-title = Eine Solution-Zelle mit einer Menge, die keine ganze Zahl von 1 oder mehr ist
cs304-checks = Der vierte Teil einer Zelle Solution N ist, wenn angegeben, eine ganze Zahl von 1 oder mehr.
cs304-why = Partner Center liest die Menge als Anzahl von SKUs.
cs304-example = `SOL-1234-PQRS, USD, 10, 0` ergibt: Ungültige Menge '0' in Solution 1: Verwenden Sie eine ganze Zahl von 1 oder mehr
cs304-fix = Schreiben Sie die Menge als ganze Zahl.

## CS305 solution-parts (error, row)
cs305-title = Eine Solution-Zelle mit mehr als vier Teilen
cs305-checks = Eine Zelle Solution N hat höchstens vier durch Kommas getrennte Teile: ID, Währung, Preis, Menge.
cs305-why = Ein fünfter Teil ist meist ein Preis mit Tausendertrennzeichen (`1,000`), der die Menge verschiebt.
cs305-example = `SOL-1234-PQRS, USD, 1,000, 100` ergibt: Zu viele Teile in Solution 1: 5 gefunden, höchstens 4 erwartet (ID, Währung, Preis, Menge) …
cs305-fix = Schreiben Sie den Preis ohne Tausendertrennzeichen; eine Lösung pro Spalte Solution N.

## CS311 team-member-parts (error, row)
cs311-title = Eine Zelle Team member ohne ihre vier Teile
cs311-checks = Eine ausgefüllte Zelle Team member N hat genau vier durch Kommas getrennte Teile: Vorname, Nachname, Mobilnummer, E-Mail-Adresse.
cs311-why = Partner Center liest die Teile des Teammitglieds nach ihrer Position.
cs311-example = `Bob Partner, bob@contoso.com` ergibt: Unvollständiger Wert in Team member 1: 2 Teile gefunden, 4 erwartet (Vorname, Nachname, Mobilnummer, E-Mail-Adresse)
cs311-fix = Schreiben Sie `First, Last, mobile, email` (Vorname, Nachname, Mobilnummer, E-Mail-Adresse), z. B. Bob, Partner, 999999, bob.partner@contoso.com.

## CS312 team-member-name (error, row)
cs312-title = Eine Zelle Team member ohne Vor- oder Nachnamen
cs312-checks = Die Teile Vorname und Nachname einer Zelle Team member N sind ausgefüllt.
cs312-why = Die Verkäufer von Microsoft müssen wissen, wen sie kontaktieren sollen.
cs312-example = `, Partner, 999999, bob@contoso.com` ergibt: Vorname fehlt in Team member 1
cs312-fix = Schreiben Sie Vor- und Nachnamen des Teammitglieds.

## CS313 team-member-email (error, row)
cs313-title = Eine Zelle Team member mit ungültiger E-Mail-Adresse
cs313-checks = Der vierte Teil einer Zelle Team member N ist eine E-Mail-Adresse (ein `@`, eine Domain mit Punkt, keine Leerzeichen).
cs313-why = Teammitglieder werden über ihre E-Mail-Adresse erreicht und zugeordnet.
cs313-example = `Bob, Partner, 999999, bob.partner` ergibt: Ungültige E-Mail-Adresse 'bob.partner' in Team member 1
cs313-fix = Schreiben Sie die geschäftliche E-Mail-Adresse des Teammitglieds.

## CS401 duplicate-referral (error, row)
cs401-title = Dieselbe Referral ID zweimal in der Datei
cs401-checks = Jede Referral ID kommt nur in einer Zeile vor; die zweite und jede weitere Zeile damit erhalten den Fehler.
cs401-why = Zwei Zeilen, die denselben Deal aktualisieren, widersprechen sich; welche sich durchsetzt, ist nicht festgelegt.
cs401-example = Eine Referral ID, die schon in Zeile 2 steht, ergibt: Doppelte Referral ID 'ebacdkdc-0b84-4ac4-b4ea-5b2587d42cee' (auch in Zeile 2)
cs401-fix = Behalten Sie eine Zeile pro Deal, mit allen seinen Änderungen.

## CS402 formula (warning, row)
cs402-title = Eine Zelle, die Excel als Formel ausführen würde
cs402-checks = Jede Zelle, die mit `=`, `@`, einem Tabulator oder einem Wagenrücklauf beginnt, oder mit `+` oder `-`, gefolgt von etwas, das keine Zahl und keine mit Leerzeichen oder Klammern geschriebene Telefonnummer ist. Eine Telefonnummer aus Ziffern und Bindestrichen (`+1-425-555-0100`) ist für Excel eine Rechnung (1 − 425 − 555 − 100) und wird gemeldet. In der kommentierten Datei bleibt die Zelle genau so, wie sie ist.
cs402-why = Wenn die Datei in Excel geöffnet wird, wird eine solche Zelle als Formel ausgeführt: Im besten Fall ersetzt ein Fehler `#NAME?` den Text, im schlimmsten Fall führt sie einen Befehl aus (CSV-Injection).
cs402-example = `=HYPERLINK("http://example.com")` in Notes ergibt: Zelle in Notes beginnt mit '=': Excel wird sie als Formel ausführen
cs402-fix = Entfernen Sie das erste Zeichen, oder beginnen Sie die Zelle mit einem Buchstaben; wenn sie von jemand anderem stammt, prüfen Sie sie, bevor Sie die Datei in Excel öffnen.

## CS403 nul-character (error, row)
cs403-title = Eine Zelle mit einem NUL-Zeichen
cs403-checks = Zellen mit dem unsichtbaren NUL-Zeichen (Byte 0), das beschädigte Dateien und manche Exporte hinterlassen. (Eine Datei mit vielen NUL-Bytes wird gar nicht gelesen: Sie ist binär, kein Text.)
cs403-why = Partner Center kann das Zeichen nicht speichern und lehnt die Zeile ab; Excel zeigt es nicht an, deshalb ist es schwer zu finden.
cs403-example = `Contoso\0` in Customer Name ergibt: Zelle in Customer Name enthält ein NUL-Zeichen (Byte 0), in Excel unsichtbar: Geben Sie die Zelle neu ein
cs403-fix = Geben Sie den Inhalt der Zelle neu ein; wenn viele Zellen das Zeichen enthalten, speichern Sie die Datei erneut aus dem Programm, das sie erstellt hat.

## CS501 workbook-sheets (warning, file)
cs501-title = Mehrere Blätter der Arbeitsmappe enthalten Deals
cs501-checks = In einer Arbeitsmappe die Blätter (ausgeblendete ausgenommen), die unter ihren ersten 20 Zeilen mit Werten eine Kopfzeile der Vorlage haben. Das erste wird gelesen; diese Regel nennt die anderen.
cs501-why = Partner Center nimmt pro Hochladen eine CSV-Datei an: Die anderen Blätter sind weder in der Datei, die dieses Tool geprüft hat, noch in den Dateien, die es erstellt.
cs501-example = Eine Arbeitsmappe mit den Blättern `Deals` und `Deals (2)`, die beide mit der Kopfzeile beginnen, ergibt: Das Blatt 'Deals' wurde gelesen; 'Deals (2)' beginnt ebenfalls mit der Kopfzeile der Vorlage und wurde nicht geprüft: Prüfen Sie jedes Blatt einzeln
cs501-fix = Prüfen Sie jedes Blatt einzeln (`cosell check deals.xlsx --sheet NAME`, die Option `sheet` von `validateBytes`), oder kopieren Sie die Zeilen in ein einziges Blatt.

## CS502 workbook-no-header (error, file)
cs502-title = Kein Blatt der Arbeitsmappe beginnt mit der Kopfzeile der Vorlage
cs502-checks = In einer Arbeitsmappe, ob ein Blatt (ausgeblendete ausgenommen) unter seinen ersten 20 Zeilen mit Werten eine Kopfzeile der Vorlage hat (eine Zeile mit mindestens zwei Spaltennamen der Vorlagen). Hat keines eine, wird das erste Blatt mit Zellen geprüft, und diese Regel listet jedes Blatt mit dem Inhalt seiner ersten Zeile auf.
cs502-why = Partner Center liest die erste Zeile der CSV-Datei als Kopfzeile: Ein Blatt, das mit einem Titel, Notizen oder einer anderen Tabelle beginnt, kann so nicht hochgeladen werden.
cs502-example = Eine Arbeitsmappe mit einem Blatt, das mit `Name, Amount` beginnt, und einem ausgeblendeten Blatt mit den Deals ergibt: Kein Blatt dieser Arbeitsmappe beginnt mit der Kopfzeile der Vorlage: 'Sheet1' beginnt mit Name, Amount und 'Archive' (ausgeblendet) beginnt mit der Kopfzeile der Vorlage, ist aber ausgeblendet: Geben Sie den Namen des Blatts an, um es zu prüfen. Das Blatt 'Sheet1' wurde geprüft
cs502-fix = Fügen Sie die Deals in ein Blatt ein, dessen erste Zeile die Kopfzeile der Vorlage von Partner Center ist, oder wählen Sie das Blatt, das sie enthält (`--sheet`); ein ausgeblendetes Blatt wird nur gelesen, wenn es ausgewählt ist.

## CS503 workbook-layout (warning, file)
cs503-title = Die Kopfzeile steht nicht in der ersten Zeile oder Spalte des Blatts
cs503-checks = In einer Arbeitsmappe, ob die erste Zelle der Kopfzeile A1 ist. Zeilen darüber (ein Titel, Notizen) und leere Spalten davor werden in der aus dem Blatt erstellten CSV-Datei weggelassen.
cs503-why = Partner Center liest die erste Zeile der Datei als Kopfzeile. Die Zeilennummern dieses Berichts sind die der CSV-Datei; jeder Befund nennt zusätzlich seine Zelle in der Arbeitsmappe.
cs503-example = Ein Blatt mit einem Titel in A1 und der Kopfzeile in Zeile 3 ab Spalte B ergibt: Die Kopfzeile beginnt in Deals!B3, nicht in A1: Die Zeilen darüber und die Spalten links davon gehören nicht zur CSV-Datei, deren Zeile 2 die Zeile 4 des Blatts ist; jeder Befund nennt seine Zelle in der Arbeitsmappe
cs503-fix = Nichts, wenn die Zeilen über der Kopfzeile nur ein Titel waren: Die CSV-Dateien, die dieses Tool erstellt, beginnen mit der Kopfzeile. Löschen Sie in der Arbeitsmappe die Zeilen über der Kopfzeile.

## CS504 workbook-merged (warning, row)
cs504-title = Über mehrere Zeilen verbundene Zellen
cs504-checks = In einer Arbeitsmappe verbundene Zellen, die sich unterhalb der Kopfzeile über mehr als eine Zeile erstrecken.
cs504-why = Ein verbundener Bereich enthält seinen Wert nur in der ersten Zelle: Beim Speichern als CSV ist die Spalte in den Zeilen darunter leer, was in der Anzeige von Excel nicht zu sehen war.
cs504-example = `Contoso Corporation` in Customer Name, verbunden über D2:D3, ergibt: Die Zellen D2:D3 sind in der Arbeitsmappe verbunden: Nur diese Zeile enthält den Wert Contoso Corporation; in den anderen Zeilen ist Customer Name leer
cs504-fix = Heben Sie in Excel den Zellverbund auf (Start › Verbinden und zentrieren › Zellverbund aufheben), und tragen Sie den Wert in jede Zeile ein.

## CS505 workbook-number-code (warning, row)
cs505-title = Ein Code, der in der Arbeitsmappe als Zahl gespeichert ist
cs505-checks = In einer Arbeitsmappe eine Zahl in einer Spalte mit Codes: eine Postleitzahl, die kürzer ist als die fünf Ziffern ihres Landes (US, DE, FR, IT, ES, FI, MX, MY), eine D-U-N-S-Nummer mit weniger als neun Ziffern, eine Telefonnummer und eine ID (Referral ID, Engagement ID, CRM ID, MSX ID) mit mehr als 15 Ziffern. Bei einer solchen Zelle ersetzt diese Regel CS217, CS218 und CS220: Die Arbeitsmappe zeigt mit Sicherheit, was jene Regeln nur vermuten.
cs505-why = Eine Zahl hat keine führende Null und kein `+`, und Excel behält 15 signifikante Stellen: `02134`, eingegeben in eine als Zahl formatierte Zelle, wird als 2134 gespeichert.
cs505-example = `2134` als Zahl gespeichert, mit Customer Country US, ergibt: Customer Postal code ist in der Arbeitsmappe als Zahl gespeichert (2134): Die führende Null ist verloren gegangen; schreiben Sie 02134
cs505-fix = Schreiben Sie den Code als Text: Formatieren Sie die Spalte in Excel vor der Eingabe als „Text“, oder geben Sie zuerst einen Apostroph ein ('02134).
cs505-offers = Die Nullen, die eine Zahl verloren hat, wo die Länge feststeht: bei einer Postleitzahl eines Landes mit fünfstelligen Postleitzahlen und bei einer D-U-N-S-Nummer.

## CS506 workbook-number-date (warning, row)
cs506-title = Eine Zahl in einer Datumsspalte der Arbeitsmappe
cs506-checks = In einer Arbeitsmappe eine Zahl (keine als Datum formatierte Zelle) in Estimated Close Date: Sie wird als das Datum geschrieben, für das die Zahl in Excel steht, im Format M/D/YYYY.
cs506-why = Excel speichert Datumswerte als Anzahl der Tage seit 1900; eine Zelle, die ihr Datumsformat verloren hat, zeigt die Zahl (46417), die Partner Center ablehnen würde.
cs506-example = `46417` in Estimated Close Date ergibt: Estimated Close Date enthält in der Arbeitsmappe die Zahl 46417, kein Datum: Sie wird als das Datum geschrieben, für das sie steht (1/30/2027)
cs506-fix = Prüfen Sie, ob das Datum das gemeinte ist; formatieren Sie die Spalte in Excel als Datum.

## CS507 workbook-date-cell (warning, row)
cs507-title = Ein Datum in einer Spalte, die keine Datumswerte enthält
cs507-checks = In einer Arbeitsmappe eine als Datum formatierte Zelle in einer Spalte, die keine Datumsspalte ist: Sie wird als M/D/YYYY geschrieben.
cs507-why = Excel wandelt manche Eingaben in Datumswerte um (`1-2`, `Jan 2`, `3/4`): Ein Name, ein Code oder eine Notiz kann schon bei der Eingabe verändert worden sein.
cs507-example = Eine Datumszelle in Deal Name ergibt: Deal Name enthält in der Arbeitsmappe ein Datum, geschrieben als 1/2/2027: Excel wandelt manche Eingaben (1-2, Jan 2) in Datumswerte um; prüfen Sie den Wert
cs507-fix = Geben Sie den Wert erneut in eine als „Text“ formatierte Zelle ein.

## CS508 workbook-formula (warning, row)
cs508-title = Eine Formel in der Arbeitsmappe
cs508-checks = In einer Arbeitsmappe eine Zelle mit einer Formel: Die CSV-Datei erhält den Wert, den die Arbeitsmappe zuletzt berechnet hat (ihren zwischengespeicherten Wert).
cs508-why = Partner Center erhält den Wert, nicht die Formel; eine Arbeitsmappe, die von einem Programm ohne Neuberechnung gespeichert wurde, kann einen veralteten Wert enthalten.
cs508-example = `=12000+563` in Estimated Deal Value ergibt: Estimated Deal Value enthält in der Arbeitsmappe die Formel =12000+563: Hochgeladen wird ihr Wert, 12563, nicht die Formel
cs508-fix = Nichts, wenn der Wert stimmt. Öffnen Sie andernfalls die Arbeitsmappe in Excel, lassen Sie sie neu berechnen, und speichern Sie sie.

## CS509 workbook-error-value (error, row)
cs509-title = Ein Fehlerwert in der Arbeitsmappe
cs509-checks = In einer Arbeitsmappe eine Zelle mit einem der Fehlerwerte von Excel (`#N/A`, `#REF!`, `#VALUE!`, `#DIV/0!`, `#NAME?`, `#NUM!`, `#NULL!`; im deutschen Excel #NV, #BEZUG!, #WERT!, #DIV/0!, #NAME?, #ZAHL!, #NULL!). Die CSV-Datei erhält den Fehler so, wie Excel ihn schreibt; andere Regeln äußern sich nicht zu dieser Zelle.
cs509-why = Beim Speichern als CSV wird der Fehler zum Text der Zelle, den Partner Center ablehnt oder unverändert speichert.
cs509-example = `#N/A` in Estimated Deal Value ergibt: Estimated Deal Value enthält in der Arbeitsmappe den Excel-Fehlerwert #N/A: Schreiben Sie den eigentlichen Wert
cs509-fix = Korrigieren Sie die Formel, oder geben Sie den Wert selbst ein.

## CS601 baseline-unusable (warning, file)
cs601-title = Der Export zum Vergleich konnte nicht verwendet werden
cs601-checks = Dass die zum Vergleich angegebene Datei (`--baseline`, die Option `baseline` der Bindung, das zweite Ablagefeld der Seite) ein Export von Co-Selling-Verkaufschancen ist: Text (oder eine Arbeitsmappe) mit einer Kopfzeile, die eine Spalte Referral ID enthält, und mindestens einer Zeile mit einer Referral ID. Alles andere (ein Bild, eine leere Datei, eine andere Datei für die Massenvorgänge von Partner Center, eine Datei ohne Referral IDs) wird nicht verwendet; die Datei wird dann ohne den Export geprüft.
cs601-why = Ohne den Export lässt sich nicht sagen, was eine Zeile ändert, die einen Deal aktualisiert, und die Regeln CS603–CS611 bleiben stumm.
cs601-example = Eine als Export angegebene Kontaktliste (Name, Email, Phone) ergibt: Der Export zum Vergleich wurde nicht verwendet, und diese Datei wurde ohne ihn geprüft: Er hat keine Spalte Referral ID …
cs601-fix = Laden Sie den neuesten Export Ihrer Co-Selling-Verkaufschancen aus Partner Center herunter (Empfehlungen › Co-Selling-Verkaufschancen › Exportieren, in der englischen Oberfläche Referrals › Co-sell opportunities › Export), und geben Sie diese Datei an.

## CS602 baseline-duplicate (warning, file)
cs602-title = Der Export enthält eine Referral ID in mehr als einer Zeile
cs602-checks = Dass jede Referral ID in nur einer Zeile des Exports vorkommt. Die Deals, deren Referral ID in mehreren Zeilen steht (höchstens fünf werden genannt, die übrigen gezählt), werden nicht verglichen: Es lässt sich nicht sagen, welche Zeile den aktuellen Stand des Deals zeigt.
cs602-why = Partner Center exportiert jeden Deal nur einmal. Zwei Zeilen mit derselben Referral ID sind zwei zusammengefügte Exporte oder ein bearbeiteter Export: Ein Vergleich mit einer der beiden Zeilen könnte Änderungen melden, die es nicht gibt.
cs602-example = Ein Export mit derselben Referral ID in den Zeilen 2 und 4 ergibt: Der Export zum Vergleich enthält dieselbe Referral ID in mehr als einer Zeile: ebacdkdc-0b84-4ac4-b4ea-5b2587d42cee (Zeilen 2 und 4) …
cs602-fix = Laden Sie einen neuen Export aus Partner Center herunter, und vergleichen Sie mit ihm, ohne ihn zu bearbeiten.

## CS603 terminal-changed (error, row)
cs603-title = Eine Änderung an einem Deal, der Won, Lost, Declined, Expired oder mit Error geschlossen ist
cs603-checks = Eine Zeile, die einen Deal aktualisiert, den der Export mit Partner Referral Substatus Won, Lost, Declined oder Expired zeigt (oder Error, das einen irrtümlich erstellten Deal schließt), und die irgendeine Spalte ändert, auch Notes. Die Änderungen werden genannt. (Eine Änderung an Estimated Deal Value eines Deals, der Won oder Lost ist, meldet CS609 an der Zelle selbst.)
cs603-why = Die Seite von Partner Center: „Nachdem ein Deal einen Endzustand wie Declined, Expired, Won oder Lost erreicht hat, sind keine Aktionen mehr zulässig“. Die Zeile wird abgelehnt, und Massenaktualisierungen lassen sich nicht rückgängig machen.
cs603-example = Eine Zeile, die Notes eines Deals ändert, der im Export Won ist, ergibt: Dieser Deal ist im Export Won: Partner Center erlaubt keine Aktionen für einen Deal in einem Endzustand, daher werden die Änderungen dieser Zeile (Notes) abgelehnt
cs603-fix = Lassen Sie die Zeile beim Hochladen weg. Wenn sich der Deal wirklich ändern muss, ist er ein neuer Deal: Erstellen Sie ihn ohne Referral ID.

## CS604 terminal-unchanged (warning, row)
cs604-title = Ein Deal in einem Endzustand, unverändert mitkopiert
cs604-checks = Eine Zeile, die einen Deal aktualisiert und mit diesem Deal im Export übereinstimmt, wobei der Deal Won, Lost, Declined, Expired oder mit Error geschlossen ist.
cs604-why = Partner Center erlaubt für den Deal keine Aktionen, überspringt also die Zeile (oder beantwortet sie mit einem Fehler), und die Zeile verdeckt die Zeilen, auf die es ankommt.
cs604-example = Eine unveränderte Zeile eines Deals, der im Export Lost ist, ergibt: Dieser Deal ist im Export Lost, und diese Zeile ändert nichts: Partner Center erlaubt für ihn keine Aktionen und wird die Zeile überspringen; lassen Sie sie beim Hochladen weg
cs604-fix = Lassen Sie die Zeile beim Hochladen weg: Auf der Seite lässt „Bereit zum Hochladen“ alle unveränderten Zeilen weg, solange das Häkchen gesetzt ist (`readyToUpload` der Bindung kann das auch).

## CS605 status-move (error, row)
cs605-title = Ein Partner Referral Status, der zurückgesetzt wird
cs605-checks = Eine Zeile, die einen Deal aktualisiert und deren Partner Referral Status sich gegenüber dem Export so ändert, wie es die Übergangstabelle nicht erlaubt: New kann New, Active oder Closed werden; Active kann Active oder Closed werden; Closed bleibt Closed. Den Substatus, der zum neuen Status gehört, prüft CS205, und die Änderungen an einem Deal, der Closed ist, meldet CS603.
cs605-why = Ein Status ändert sich nur vorwärts (die Übergangstabelle der Empfehlungs-API in FACTS.md); Partner Center lehnt die Zeile ab.
cs605-example = `New` bei einem Deal, der im Export Active ist, ergibt: Partner Referral Status kann nicht von Active zu New wechseln: Ein Deal, der im Export Active ist, kann nur Active oder Closed werden
cs605-fix = Behalten Sie den Status aus dem Export bei, oder ändern Sie ihn nur vorwärts.

## CS606 read-only-changed (error, row)
cs606-title = Eine schreibgeschützte Spalte wurde geändert
cs606-checks = Eine Zeile, die einen Deal aktualisiert und gegenüber dem Wert im Export eine Spalte ändert, die die Seite zur aktuellen Vorlage für diesen Deal als schreibgeschützt beschreibt: nach dem Erstellen (Customer Name, die Adresszeilen, City, State, Postal code, Country, D-U-N-S ID, Consent, PartnerID); sobald der Wert Yes ist (Share with Microsoft sales team, Microsoft help required?, wenn der Export Yes enthält); sobald eine Zahl eingetragen ist (What specific help from Microsoft?, wenn der Export eine enthält). Ein Fehler, weil der Export zeigt, dass die Bedingung erfüllt ist: Der Deal existiert, das Yes oder die Zahl ist eingetragen. Die Seite zur Vorlage von 2021 sagt nur, dass „eine Teilmenge“ der Spalten schreibgeschützt ist; dieselben Listen gelten auch für Dateien in der Vorlage von 2021, da heute dasselbe Partner Center sie annimmt.
cs606-why = Partner Center übernimmt die Änderung nicht (die Seite: solche Felder „können nicht aktualisiert werden“), und ob es die Zeile ablehnt oder die Zelle ignoriert, ist nicht dokumentiert; in beiden Fällen geht die Änderung verloren.
cs606-example = `Contoso Ltd` in Customer Name eines Deals, für den der Export `Contoso` enthält, ergibt: Customer Name kann nicht mehr geändert werden, sobald der Deal erstellt ist: Im Export steht 'Contoso', in dieser Zeile 'Contoso Ltd'
cs606-fix = Schreiben Sie den Wert aus dem Export zurück (er wird als Korrektur vorgeschlagen, außer bei Consent, das nur der Partner erteilen kann). Um den Kunden zu wechseln, schließen Sie den Deal und erstellen einen neuen.
cs606-offers = Der Wert der Zelle im Export, so wie er dort steht (nie bei Consent).

## CS607 read-only-shared (warning, row)
cs607-title = Eine nach dem Teilen des Deals schreibgeschützte Spalte wurde geändert
cs607-checks = Eine Zeile, die einen Deal aktualisiert und gegenüber dem Wert im Export eine Spalte ändert, die schreibgeschützt ist, sobald der Deal mit Microsoft geteilt wurde: die vier Spalten Customer Contact und Notes to Microsoft. Eine Warnung: Ob der Deal geteilt wurde, steht nicht im Export.
cs607-why = Nachdem der Deal zum ersten Mal geteilt wurde, übernimmt Partner Center keine Änderung dieser Spalten.
cs607-example = `jane@contoso.com` in Customer Contact Email Address, wo der Export `john@contoso.com` enthält, ergibt: Customer Contact Email Address kann nicht mehr geändert werden, sobald der Deal mit Microsoft geteilt wurde …
cs607-fix = Wenn der Deal mit Microsoft geteilt wurde, schreiben Sie den Wert aus dem Export zurück (er wird als Korrektur vorgeschlagen).
cs607-offers = Der Wert der Zelle im Export.

## CS608 filled-by-partner-center (warning, row)
cs608-title = Eine Spalte, die Partner Center ausfüllt, wurde geändert
cs608-checks = Eine Zeile, die einen Deal aktualisiert und gegenüber dem Wert im Export eine Spalte ändert, die Partner Center ausfüllt und nie aus der Datei übernimmt: Microsoft Referral Status, Microsoft MSX ID, Migrated PSC Deal ID, Microsoft team member N (sowie Microsoft Referral Substatus und Created Date, die in neueren Exporten vorkommen). Engagement ID meldet CS611.
cs608-why = Die Seite führt diese Spalten als schreibgeschützt: Was die Datei enthält, wird ignoriert, sodass die Änderung stillschweigend verloren geht.
cs608-example = `Won` in Microsoft Referral Status, wo der Export `Active` enthält, ergibt: Microsoft Referral Status wird von Partner Center ausgefüllt: Die Änderung von 'Active' zu 'Won' wird ignoriert
cs608-fix = Schreiben Sie den Wert aus dem Export zurück (er wird als Korrektur vorgeschlagen), oder lassen Sie die Zelle so, wie sie im Export steht.
cs608-offers = Der Wert der Zelle im Export.

## CS609 deal-value-closed (error, row)
cs609-title = Estimated Deal Value eines Deals geändert, der Won oder Lost ist
cs609-checks = Eine Zeile, die einen Deal aktualisiert, der im Export Won oder Lost ist, und seinen Estimated Deal Value ändert (als Zahl verglichen: `25000` und `25000.00` sind derselbe Wert).
cs609-why = Partner Center: „Estimated Deal Value kann sich ändern, bis der Deal Won oder Lost ist“.
cs609-example = `30000` bei einem Deal, der im Export mit `25000` Won ist, ergibt: Estimated Deal Value kann nicht mehr geändert werden, sobald ein Deal Won ist: Im Export steht '25000', in dieser Zeile '30000'
cs609-fix = Schreiben Sie den Wert aus dem Export zurück (er wird als Korrektur vorgeschlagen), und lassen Sie die Zeile weg, wenn sie sonst nichts ändert.
cs609-offers = Der Wert der Zelle im Export.

## CS610 not-in-export (warning, row)
cs610-title = Eine Referral ID, die nicht im Export steht
cs610-checks = Eine Zeile, deren Referral ID nicht im Export steht. Weicht eine Referral ID des Exports nur um ein oder zwei Zeichen ab (ein Tippfehler, ein beim Kopieren verlorenes Zeichen), wird sie mit ihrer Zeile genannt. Eine Warnung: Ein Export kann gefiltert sein (nach Datum, nach Status), ein darin fehlender Deal kann also trotzdem Ihrer sein.
cs610-why = Partner Center aktualisiert nur die eigenen Deals des Partners: Eine Referral ID, die zu keinem davon gehört, weil sie vertippt oder aus einer anderen Datei eingefügt wurde, wird abgelehnt.
cs610-example = Eine Referral ID, die um ein Zeichen von einer im Export abweicht, ergibt: Referral ID 'ebacdkdc-0b84-4ac4-b4ea-5b2587d42cef' ist nicht im Export, wohl aber ebacdkdc-0b84-4ac4-b4ea-5b2587d42cee (Zeile 2 des Exports), die nur um ein oder zwei Zeichen abweicht: Prüfen Sie die ID
cs610-fix = Kopieren Sie die Referral ID erneut aus dem Export; fehlt der Deal im Export, weil der Export gefiltert ist, exportieren Sie alle Deals und vergleichen Sie erneut.

## CS611 engagement-id-differs (error, row)
cs611-title = Eine Engagement ID, die von der im Export abweicht
cs611-checks = Eine Zeile, die einen Deal aktualisiert und deren Engagement ID, wo beide Dateien eine enthalten, nicht die des Exports für dieselbe Referral ID ist.
cs611-why = Engagement ID ist schreibgeschützt und verknüpft den Deal mit dem Engagement bei Microsoft: Eine andere ID bedeutet, dass die Zeile zwei Deals vermischt (eine über eine andere eingefügte Zeile, eine verschobene Spalte).
cs611-example = Die Engagement ID eines anderen Deals ergibt: Engagement ID 'E-2001' weicht von 'E-1001' ab, dem Wert im Export für diese Referral ID: Partner Center nimmt die Zeile nicht als Zeile dieses Deals an
cs611-fix = Schreiben Sie die Engagement ID aus dem Export zurück (sie wird als Korrektur vorgeschlagen), und prüfen Sie den Rest der Zeile anhand des Exports.
cs611-offers = Die Engagement ID aus dem Export.
