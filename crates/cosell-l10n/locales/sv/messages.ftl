# De svenska meddelandena för cosell-cores anmärkningar: rapportens `message`, den kommenterade
# filens Errors-celler, kommandoradens text. Samma id och samma argument som
# crates/cosell-core/messages/en.ftl; ett meddelande får här även välja form efter ett tal
# (`{ $count -> [one] rad *[other] rader }`), och `{ "literal" }` behåller mellanslag som Fluent
# annars skulle ta bort.
#
# Argument: `column` är en kolumn så som rubrikraden stavar den; `value` en cells värde, citerat
# så som det är skrivet; `fix` och `because` är egna meddelanden (eller tomma); namn och värden som
# partnern måste skriva översätts aldrig.

## Delar som används i flera meddelanden

join-or = { " eller " }
join-and = { " och " }
fix-write = skriv { $value }
fix-use = använd { $list }

## Radregler

mandatory-field-missing = Obligatoriskt fält { $column } saknas{ $because }
required-field-missing = Obligatoriskt fält { $column } saknas{ $because }
because-help-yes = { " " }(krävs när { $column } är Yes)
because-help-no = { " " }(krävs när { $column } är No)
because-substatus = { " " }(krävs när { $column } är { $value })
purchase-intent-update = { $column } är tomt på en rad som uppdaterar en affär: Partnercenter kräver det för att skapa en affär och kan kräva det för att uppdatera en
consent-no = { $column } är { $value }: Partnercenter kommer varken att skapa eller uppdatera den här affären
help-type-ignored = Värdet { $value } i { $column } kommer att ignoreras: { $help } är inte Yes
invalid-value = Ogiltigt värde { $value } i { $column }: { $fix }
translated-value = Ogiltigt värde { $value } i { $column }, som är ordet för { $english } i { $documentation }: { $fix }
translated-value-ambiguous = Ogiltigt värde { $value } i { $column }, som är ordet för både { $english } i { $documentation }: { $fix }
documentation = Microsofts dokumentation på { $languages }
documentation-many = Microsofts dokumentation på { $languages } och andra språk
value-spelling = Värdet { $value } i { $column } skiljer sig från { $listed } bara i skiftläge eller mellanslag: skriv { $listed }
create-status = Ogiltigt värde '{ $value }' i { $column } för en ny affär (inget { $referral }): använd { $want }
error-substatus = Substatusen 'Error' i { $column } stänger en affär: { $status-column } Closed förväntas, inte { $status }
status-pair = Ogiltigt värde '{ $value }' i { $column } för { $status-column } { $status }: använd { $allowed }
reason-ignored = Värdet { $value } i { $column } kommer att ignoreras: { $substatus-column } är inte { $closing }
reasons-for = { " " }(orsakerna för { $substatus })
fix-number = använd ett nummer från 1 till { $max }{ $which }
read-only-on-create-one = Den skrivskyddade kolumnen { $columns } är ifylld på en rad som skapar en affär: Partnercenter ignorerar den
read-only-on-create-many = De skrivskyddade kolumnerna { $columns } är ifyllda på en rad som skapar en affär: Partnercenter ignorerar dem
final-match = Ogiltigt värde { $value } i { $column }: skriv ett Microsoft-ID som MicrosoftID: <nummer>-<bokstäver och siffror>, t.ex. MicrosoftID: 6-ABCDEFG23XB, eller klistra in ett förslag från kolumnerna för kontomatchning
iot-value = Värdet { $value } i { $column } finns inte i sidans lista
iot-value-write = Värdet { $value } i { $column } finns inte i sidans lista: skriv { $near }
iot-value-near = Värdet { $value } i { $column } finns inte i sidans lista: menade du { $near }?
iot-yes-no = Värdet { $value } i { $column }: skriv Yes eller No
domain-name = Värdet { $value } i { $column } är inte ett domännamn
domain-name-write = Värdet { $value } i { $column } är inte ett domännamn: skriv { $domain }
sales-stage = Oväntat värde { $value } i { $column }: { $fix }
sales-stages = Partnercenters försäljningsfaser är 10, 20, 40, 60, 80 och 100
date-past = Passerat datum { $value } i { $column }
invalid-date = Ogiltigt datum { $value } i { $column }: { $fix }
date-no-such-day = det finns ingen sådan dag; använd M/D/YYYY, t.ex. 1/30/2027
date-day-first = ett datum med punkter läses med dagen först (30.01.2027), och det finns ingen månad över 12; använd M/D/YYYY, t.ex. 1/30/2027
date-ambiguous = dagen och månaden kan stå i vilken ordning som helst; använd M/D/YYYY (månaden först), t.ex. 1/30/2027
date-two-digit-year = ett tvåsiffrigt år från 30 till 99 läses av Excel som 1930–1999; skriv året med fyra siffror, t.ex. 1/30/2027
date-implausible = året { $year } är inte ett år då en affär kan stängas; skriv ett fyrsiffrigt år från { $from } till { $to }, t.ex. 1/30/2027
date-unreadable = använd M/D/YYYY, t.ex. 1/30/2027
scientific-notation = Exponentform { $value } i { $column }: Excel har tappat siffrorna; skriv in hela numret
because-european = { " " }(i en fil från Excel med europeiska inställningar avgränsar kommatecknet decimaler och punkten tusental)
negative-value = Negativt värde { $value } i { $column }: använd 0 eller mer
invalid-number = Ogiltigt tal { $value } i { $column }: { $fix }{ $because }
amount-too-large = { $digits } siffror före decimalpunkten, och ett affärsvärde har högst { $max }
amount-ambiguous = kommatecknet kan avgränsa tusental eller decimaler; skriv siffror med . före decimalerna, t.ex. 12563.50
amount-not-a-number = använd siffror med . före decimalerna, t.ex. 12563.50
digit-groups = Talet { $value } i { $column } har punkter mellan grupper om tre siffror, vilka avgränsar tusental i en fil från Excel med europeiska inställningar; Partnercenter skulle läsa en decimalpunkt: skriv { $plain }
country-use = använd en landskod på två bokstäver enligt ISO 3166-1, till exempel US, GB eller SE
currency-use = använd en ISO 4217-kod på tre bokstäver, till exempel USD, EUR eller SEK
currency-use-usd = använd en ISO 4217-kod på tre bokstäver, till exempel USD
currency-withdrawn = ISO 4217 har dragit in den (ersatt av { $by }); använd den valuta som affären är prissatt i nu, och räkna om beloppet också
currency-not-money = det är en särskild ISO 4217-kod för en fondenhet, en ädelmetall eller liknande, inte en valuta som en affär kan prissättas i; { $otherwise }
duns-digits-only = använd bara de nio siffrorna
duns-eight = D-U-N-S-numret { $value } i { $column } har 8 siffror: Excel har troligen tagit bort en inledande nolla; skriv { $fixed }
duns-length = D-U-N-S-numret { $value } i { $column } har { $digits ->
        [one] { $digits } siffra
       *[other] { $digits } siffror
    }: ett D-U-N-S-nummer har 9
postal-code-zero = Postnumret { $value } i { $column } har { $digits ->
        [one] { $digits } siffra
       *[other] { $digits } siffror
    }: Excel har troligen tagit bort en inledande nolla; skriv { $fixed }
invalid-email = Ogiltig e-postadress { $value } i { $column }
invalid-email-write = Ogiltig e-postadress { $value } i { $column }: skriv { $address }
solution-parts = För många delar i { $column }: hittade { $count }, förväntade högst 4 (ID, valuta, pris, antal); skriv priser utan tusentalsavgränsare
solution-id = Lösnings-ID saknas i { $column }: skriv det först, t.ex. SOL-1234-PQRS, USD, 10, 100
currency-spelling = Valutan { $value } i { $column } skiljer sig från { $listed } bara i skiftläge eller mellanslag: skriv { $listed }
invalid-currency = Ogiltig valuta { $value } i { $column }: { $fix }
invalid-price-write = Ogiltigt pris { $value } i { $column }: skriv { $plain }
invalid-price = Ogiltigt pris { $value } i { $column }: använd bara siffror och ., t.ex. 10.50
invalid-quantity = Ogiltigt antal { $value } i { $column }: använd ett heltal på 1 eller mer
team-member-part = Ofullständigt värde i { $column }: hittade { $count } del, förväntade 4 (förnamn, efternamn, mobilnummer, e-postadress)
team-member-parts = Ofullständigt värde i { $column }: hittade { $count } delar, förväntade 4 (förnamn, efternamn, mobilnummer, e-postadress)
team-member-first-name = Förnamn saknas i { $column }
team-member-last-name = Efternamn saknas i { $column }
team-member-no-email = E-postadress saknas i { $column }
team-member-email = Ogiltig e-postadress { $value } i { $column }
duplicate-referral = Dubblerat { $column } { $value } (även på rad { $first })
spaces-around = Värdet { $value } i { $column } har mellanslag före eller efter sig: skriv { $trimmed }
nul-character = Cellen i { $column } innehåller ett NUL-tecken (byte 0), osynligt i Excel: skriv om cellen
formula = Cellen i { $column } börjar med { $what }: Excel kommer att köra den som en formel
formula-tab = en tabb
formula-carriage-return = en vagnretur

## Rubrikraden

template-2021 = mallen från 2021
template-current = den aktuella mallen i Partnercenter
column-spelling = Kolumnen { $name } (kolumn { $letter }) läses som { $spelled }, så som { $template } stavar den: byt namn på den för att vara säker på att Partnercenter läser den
numbered-column = Kolumnen { $name } (kolumn { $letter }) läses inte: { $kind }-kolumner numreras 1 till { $max }, utan inledande nollor
unknown-column = Den okända kolumnen { $name } (kolumn { $letter }) kommer att ignoreras av Partnercenter
unknown-column-near = Den okända kolumnen { $name } (kolumn { $letter }) kommer att ignoreras av Partnercenter: menade du '{ $near }'?
columns-span = kolumnerna { $first }–{ $last }
more-column-spelling-one = Ytterligare { $more } kolumn ({ $columns }) läses med en annan stavning än i { $template }: byt namn på den så som mallen stavar den
more-column-spelling = Ytterligare { $more } kolumner ({ $columns }) läses med en annan stavning än i { $template }: byt namn på dem så som mallen stavar dem
more-numbered-one = Ytterligare { $more } numrerad kolumn med ett nummer utanför 1 till { $max } ({ $columns }) läses inte
more-numbered = Ytterligare { $more } numrerade kolumner med nummer utanför 1 till { $max } ({ $columns }) läses inte
more-unknown-one = Ytterligare { $more } okänd kolumn ({ $columns }) kommer att ignoreras av Partnercenter
more-unknown = Ytterligare { $more } okända kolumner ({ $columns }) kommer att ignoreras av Partnercenter
unnamed-column = En kolumn utan namn (kolumn { $letters }) kommer att ignoreras av Partnercenter
unnamed-columns = Kolumner utan namn (kolumnerna { $letters }) kommer att ignoreras av Partnercenter
duplicate-column = Kolumnen { $name } förekommer { $count } gånger i rubrikraden (kolumnerna { $letters }); bara den första läses
and-more = och { $count } till
other-bulk-file = Det här är { $what }, inte en fil med samförsäljningsmöjligheter: { $where }. Inget i den kontrolleras här
other-file-azure-ip = en fil med affärsregistreringar för Azure IP-samförsäljning
other-file-azure-ip-where = Partnercenter tar emot den bland massåtgärderna för affärsregistreringar, inte bland samförsäljningsmöjligheterna
mandatory-column-missing = Den obligatoriska kolumnen { $column } saknas i rubrikraden{ $near }
required-column-missing = Den obligatoriska kolumnen { $column } saknas i rubrikraden{ $near }
found-rename = { " " }(hittade '{ $name }': byt namn på den)
translated-columns = Den här filen använder kolumnnamnen från Microsofts dokumentation på { $language }; Partnercenter läser bara de engelska namnen{ $renames }{ $ambiguous }
renames = : byt namn på { $renames }
renames-more = : byt namn på { $renames } och { $more } till
rename = { $from } → { $to }
ambiguous-column = ; { $name } (kolumn { $letter }) är det namn som { $documentation } ger både { $english }: byt namn på den till den av kolumnerna som den innehåller

## Språken i Microsofts översatta dokumentation

language-cs-cz = tjeckiska
language-de-de = tyska
language-es-es = spanska
language-fr-fr = franska
language-hu-hu = ungerska
language-it-it = italienska
language-ja-jp = japanska
language-ko-kr = koreanska
language-nl-nl = nederländska
language-pl-pl = polska
language-pt-br = brasiliansk portugisiska
language-pt-pt = portugisiska
language-ru-ru = ryska
language-sv-se = svenska
language-tr-tr = turkiska
language-zh-cn = förenklad kinesiska
language-zh-tw = traditionell kinesiska
language-other = ett annat språk

## Filen

wrong-delimiter-semicolons = Filen är avgränsad med semikolon (;), inte med kommatecken: Excel gör så när listavgränsaren i Windows är semikolon (svenska, tyska, franska och andra nationella inställningar). Partnercenter kräver kommatecken; ladda upp den kommenterade filen, som är kommaavgränsad
wrong-delimiter-tabs = Filen är avgränsad med tabbar, inte med kommatecken: Excels "Text (tabbavgränsad)" (i engelsk Excel "Text (Tab delimited)") och kopior från webbsidor gör så. Partnercenter kräver kommatecken; ladda upp den kommenterade filen, som är kommaavgränsad
repeated-header = Den här raden upprepar rubrikraden (två filer inklistrade efter varandra?): ta bort den
too-many-cells = För många celler: den här raden har { $cells }, rubrikraden { $columns }; ett värde med ett komma utan citattecken förskjuter kolumnerna
too-few-cells = För få celler: den här raden tar slut före rubrikradens { $columns } kolumner; en avgränsare som saknas eller en radbrytning utanför citattecken kortar av den
previous-errors = Partnercenters svar på den här radens senaste uppladdning var { $answer }; inget problem hittas nu: se till att det är åtgärdat innan du laddar upp
unclosed-quote = Citattecken som inte stängs: en cell i { $place } börjar med " som inte stängs där cellen slutar; den här raden lästes med citattecknet som text
cell-past-last = cell { $number } (efter den sista kolumnen)
empty-file = Filen är tom: den har ingen rubrikrad. Utgå från mallen och lägg till en rad per affär
no-data-rows = Filen har inga datarader: lägg till en rad per affär under rubrikraden
too-many-rows = Filen har { $rows } datarader{ $empty }; Partnercenter bearbetar högst { $max } poster per fil och kommer inte att bearbeta den här: { $what }
and-empty-row = { " " }och 1 tom rad
and-empty-rows = { " " }och { $count } tomma rader
split-into = dela upp den i { $files } filer
delete-empty-rows = ta bort de tomma raderna
upgrade = ladda ned filen i den aktuella mallen (cosell upgrade, eller sidans nedladdning): alla värden behålls och de nya kolumnerna läggs till
old-template-create-one = Den här filen är i mallen från 2021, och Partnercenter skapar nu affärer bara från den aktuella mallen: { $upgrade }; fyll sedan i Marketplace Purchase Intent för { $count } ny affär
old-template-create = Den här filen är i mallen från 2021, och Partnercenter skapar nu affärer bara från den aktuella mallen: { $upgrade }; fyll sedan i Marketplace Purchase Intent för de { $count } nya affärerna
old-template = Den här filen är i mallen från 2021; Partnercenter delar nu ut den aktuella mallen och säger att gamla mallar inte fungerar med det uppdaterade flödet: säkrast är att { $upgrade }
processed-file-one = Partnercenter har redan bearbetat { $rows } i den här filen: Partnercenter skapade eller uppdaterade den affären vid en tidigare uppladdning. Om raden laddas upp igen skapas affären en gång till, eller så görs uppdateringen en gång till; därför utelämnas den ur antalen och ur raderna att ladda upp, och den kommenterade filen markerar den. Ladda bara upp de andra raderna, när de är åtgärdade; om kolumnen Errors har fyllts i av någon annan än Partnercenter, töm den och kontrollera igen
processed-file = Partnercenter har redan bearbetat { $rows } i den här filen: Partnercenter skapade eller uppdaterade de affärerna vid en tidigare uppladdning. Om raderna laddas upp igen skapas affärerna en gång till, eller så görs uppdateringen en gång till; därför utelämnas de ur antalen och ur raderna att ladda upp, och den kommenterade filen markerar dem. Ladda bara upp de andra raderna, när de är åtgärdade; om kolumnen Errors har fyllts i av någon annan än Partnercenter, töm den och kontrollera igen
empty-rows-one = { $count } tom rad hoppades över ({ $rows }): ta bort raden i Excel i stället för att tömma dess celler
empty-rows = { $count } tomma rader hoppades över ({ $rows }): ta bort raderna i Excel i stället för att tömma deras celler
row-list-one = rad { $rows }
row-list = rad { $rows }
row-list-more = rad { $rows } och { $more } till

## Filer som inte kan läsas

too-large-here = Den här filen är för stor för att kontrolleras här: dess kommenterade kopia (varje rad med sina fel i kolumnen Errors) skulle bli större än { $megabytes } MB, det mesta som den här sidan rymmer. Kontrollera den med kommandoradsverktyget cosell, eller dela upp den i mindre filer
too-large-text = Den här filen är { $gigabytes } GB text: för stor för att kontrolleras (högst 4 GB). Partnercenter tar emot 1 000 rader per fil; dela upp den
not-csv = Det här är { $kind }, inte en CSV-fil. { $advice }.
binary-data = Den här filen innehåller binära data (NUL-byte), inte text: den är inte en CSV-fil. { $advice }.
choose-csv = Välj i stället den CSV-fil som du gjorde för Partnercenter (från en Excel-arbetsbok: Arkiv › Spara som › "CSV UTF-8 (kommaavgränsad) (*.csv)", i engelsk Excel File › Save As › "CSV UTF-8 (Comma delimited) (*.csv)")
save-as-csv = Välj Arkiv › Spara som › "CSV UTF-8 (kommaavgränsad) (*.csv)" i Excel (i engelsk Excel File › Save As › "CSV UTF-8 (Comma delimited) (*.csv)") och kontrollera den filen
kind-png = en PNG-bild
kind-jpeg = en JPEG-bild
kind-gif = en GIF-bild
kind-pdf = ett PDF-dokument
kind-xls = en Excel 97-2003-arbetsbok (.xls) eller ett annat Office-dokument
kind-gzip = ett gzip-arkiv
kind-7z = ett 7-Zip-arkiv
kind-rar = ett RAR-arkiv
kind-xlsx = en Excel-arbetsbok (.xlsx)
kind-docx = ett Word-dokument (.docx)
kind-zip = ett ZIP-arkiv
utf8-invalid-one = Filen är UTF-8 utom { $count } byte (på rad { $line }), som lästes som Windows-1252: kontrollera bokstaven där, och ladda sedan upp den kommenterade filen, som är helt i UTF-8
utf8-invalid = Filen är UTF-8 utom { $count } byte (den första på rad { $line }), som lästes som Windows-1252: kontrollera de bokstäverna, och ladda sedan upp den kommenterade filen, som är helt i UTF-8
not-utf8 = Filen är inte UTF-8: { $read-as }. Ladda upp den kommenterade filen, som är UTF-8, eller spara som "CSV UTF-8 (kommaavgränsad)" (i engelsk Excel "CSV UTF-8 (Comma delimited)")
read-as-1252 = den lästes som Windows-1252, som Excels "CSV (kommaavgränsad)" skriver, så bokstäver som å, é och ü skulle komma fram förvanskade till Partnercenter
read-as-utf16 = den är UTF-16 (Excels "Unicode Text"), som Partnercenter inte läser
read-as-utf16-no-bom = den är UTF-16 utan byteordningsmärke, som Partnercenter inte läser
no-errors-column = Den här filen har ingen Errors-kolumn, så den är inte en kommenterad fil: kontrollera den först, och gör filerna som ska laddas upp från dess kommenterade kopia
unchecked-errors = Den här filens Errors-kolumn innehåller meddelanden som det här verktyget inte har skrivit (Partnercenters svar på en uppladdning?): kontrollera den först, och gör filerna som ska laddas upp från dess kommenterade kopia

## Arbetsböcker (cosell-workbook): `sheet` är ett blads namn, citerat; `cell` en cell i arbetsboken (Deals!A3)

workbook-other-sheets = Bladet { $sheet } lästes; { $others } börjar också med mallens rubrikrad och kontrollerades inte: kontrollera varje blad för sig
workbook-other-sheet = Bladet { $sheet } lästes; { $others } börjar också med mallens rubrikrad och kontrollerades inte: kontrollera varje blad för sig
workbook-no-header = Inget blad i den här arbetsboken börjar med mallens rubrikrad: { $sheets }. Bladet { $read } kontrollerades
workbook-sheet-starts = { $sheet } börjar med { $cells }
workbook-sheet-empty = { $sheet } är tomt
workbook-hidden-sheet = { $sheet } (dolt)
workbook-hidden-header = { $sheet } (dolt) börjar med mallens rubrikrad men är dolt: ange bladets namn för att kontrollera det
workbook-moved = Rubrikraden börjar i { $cell }, inte i A1: raderna ovanför den och kolumnerna till vänster om den ingår inte i CSV-filen, vars rad 2 är bladets rad { $row }; varje anmärkning anger sin cell i arbetsboken
workbook-merged = Cellerna { $range } är sammanfogade i arbetsboken: bara den här raden har värdet { $value }; på de andra raderna är { $column } tomt
workbook-zero-lost = { $column } är lagrat som ett tal i arbetsboken ({ $value }): den inledande nollan har försvunnit; skriv { $fix }
workbook-zeros-lost = { $column } är lagrat som ett tal i arbetsboken ({ $value }): de inledande nollorna har försvunnit; skriv { $fix }
workbook-phone-number = { $column } är lagrat som ett tal i arbetsboken ({ $value }): ett inledande + eller en inledande nolla skulle ha försvunnit; kontrollera värdet och formatera kolumnen som Text
workbook-digits-lost = { $column } är lagrat som ett tal i arbetsboken ({ $value }): Excel behåller 15 siffror, och siffrorna efter dem har blivit nollor; skriv in värdet igen i en kolumn som är formaterad som Text
workbook-number-date = { $column } innehåller talet { $number } i arbetsboken, inte ett datum: talet skrivs som det datum det står för, { $value }
workbook-date-cell = { $column } innehåller ett datum i arbetsboken, skrivet som { $value }: Excel gör om viss inskriven text (1-2, Jan 2) till datum; kontrollera värdet
workbook-formula = { $column } innehåller formeln { $formula } i arbetsboken: uppladdningen får formelns värde, { $value }, inte själva formeln
workbook-error = { $column } innehåller Excels felvärde { $value } i arbetsboken: skriv själva värdet
workbook-password = Den här arbetsboken är lösenordsskyddad och kan därför inte läsas här: ta bort lösenordet i Excel (Arkiv › Information › Skydda arbetsbok › Kryptera med lösenord, i engelsk Excel File › Info › Protect Workbook › Encrypt with Password), spara och kontrollera arbetsboken igen
workbook-damaged = Den här arbetsboken kunde inte läsas ({ $reason }): den kan vara skadad eller ofullständig. Öppna den i Excel och spara den igen, eller spara bladet som "CSV UTF-8 (kommaavgränsad)" (i engelsk Excel "CSV UTF-8 (Comma delimited)") och kontrollera den filen
workbook-too-large = Uppackad är den här arbetsboken större än { $megabytes } MB, det mesta som läses här (en lista med 5 000 affärer är några MB): spara bladet som "CSV UTF-8 (kommaavgränsad)" (i engelsk Excel "CSV UTF-8 (Comma delimited)") och kontrollera den filen
workbook-too-many-cells = Bladet { $sheet } har fler än { $count } celler med värden, det mesta som läses här (en lista med 5 000 affärer har omkring 300 000): spara bladet som "CSV UTF-8 (kommaavgränsad)" (i engelsk Excel "CSV UTF-8 (Comma delimited)") och kontrollera den filen
workbook-too-wide-xls = Arbetsbokens blad spänner över fler än { $count } celler från den första till den sista, det mesta som läses här (en lista med 5 000 affärer spänner över omkring 300 000): spara bladet som "CSV UTF-8 (kommaavgränsad)" (i engelsk Excel "CSV UTF-8 (Comma delimited)") och kontrollera den filen
workbook-no-sheet = Den här arbetsboken har inget blad som heter { $sheet }: bladen i den är { $sheets }
workbook-empty = Den här arbetsboken har inget blad med celler

## Jämförelsen med exporten (`--baseline`): `before` är exportens värde och `after` radens, citerade

baseline-unusable = Exporten att jämföra med användes inte, och den här filen kontrollerades utan den: { $why }
baseline-empty = den är tom
baseline-other-file = den är { $what }, inte en export av samförsäljningsmöjligheter
baseline-no-referral-id = den har ingen { $column }-kolumn, så den är inte en export av samförsäljningsmöjligheter från Partnercenter
baseline-no-deals = ingen av dess rader har något { $column }, som varje affär i en export av samförsäljningsmöjligheter har
baseline-duplicate = Exporten att jämföra med har samma { $column } på mer än en rad: { $ids }. Raderna i den här filen med de här affärerna jämfördes inte med exporten
baseline-duplicate-one = { $id } (rad { $rows })
baseline-terminal-changed = Den här affären är { $substatus } i exporten: Partnercenter tillåter inga åtgärder på en affär i ett slutligt tillstånd, så den här radens ändringar ({ $columns }) kommer att avvisas
baseline-terminal-unchanged = Den här affären är { $substatus } i exporten och den här raden ändrar ingenting: Partnercenter tillåter inga åtgärder på den och kommer att hoppa över raden; ta inte med den i uppladdningen
baseline-status-move = { $column } kan inte ändras från { $from } till { $to }: en affär som är { $from } i exporten kan bara bli { $allowed }
baseline-read-only-created = { $column } kan inte ändras när affären väl har skapats: exporten har { $before }, den här raden { $after }
baseline-read-only-yes = { $column } är Yes i exporten och kan inte ändras när det väl är Yes: den här raden har { $after }
baseline-read-only-number = { $column } kan inte ändras när ett nummer väl har angetts: exporten har { $before }, den här raden { $after }
baseline-read-only-shared = { $column } kan inte ändras när affären väl har delats med Microsoft: exporten har { $before }, den här raden { $after }; om affären har delats tas ändringen inte emot
baseline-filled-by-partner-center = { $column } fylls i av Partnercenter: ändringen från { $before } till { $after } kommer att ignoreras
baseline-deal-value-closed = { $column } kan inte ändras när en affär väl är { $substatus }: exporten har { $before }, den här raden { $after }
baseline-not-in-export = { $column } { $id } { $count ->
        [one] är inte exportens enda affär
       *[other] finns inte bland exportens { $count } affärer
    }: Partnercenter uppdaterar bara dina egna affärer; kontrollera ID:t (exporten kan vara filtrerad)
baseline-not-in-export-near = { $column } { $id } finns inte i exporten, men det gör { $near } (rad { $row } i exporten), som skiljer sig med ett eller två tecken: kontrollera ID:t
baseline-engagement-id = { $column } { $value } skiljer sig från exportens { $before } för samma { $referral }: Partnercenter godtar inte raden som en rad för den affären
baseline-too-many = den har fler än { $count } affärer, det största antal som jämförs här (en export från Partnercenter har högst 5 000)
