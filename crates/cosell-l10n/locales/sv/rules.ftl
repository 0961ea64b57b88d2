## CS001 not-utf8 (warning, file)
cs001-title = Filen är inte UTF-8
cs001-checks = Filens teckenkodning. UTF-8 (med eller utan byteordningsmärke) läses som den är; UTF-16 känns igen på sitt byteordningsmärke (eller, utan ett sådant, på sina nollbyte); allt annat som inte är giltig UTF-8 läses som Windows-1252, vilket är vad Excels "CSV (kommaavgränsad)" (i engelsk Excel "CSV (Comma delimited)") skriver i Windows.
cs001-why = Partnercenter läser filen som UTF-8. Bokstäver utanför vanlig ASCII (å, é, ü, ß) i en Windows-1252-fil blir förvanskade i kundnamn och adresser, och då misslyckas matchningen av kunden hos Microsoft.
cs001-example = En fil som Excel har sparat som "CSV (kommaavgränsad)" med kundnamnet `Müller GmbH` ger: Filen är inte UTF-8: den lästes som Windows-1252, som Excels "CSV (kommaavgränsad)" skriver, så bokstäver som å, é och ü skulle komma fram förvanskade till Partnercenter …
cs001-fix = Ladda upp den kommenterade filen, som är UTF-8, eller spara från Excel med Arkiv › Spara som och filformatet "CSV UTF-8 (kommaavgränsad)" (i engelsk Excel "CSV UTF-8 (Comma delimited)").

## CS002 wrong-delimiter (error, file)
cs002-title = Filen är avgränsad med semikolon eller tabbar, inte med kommatecken
cs002-checks = Vilket tecken som avgränsar rubrikradens kolumner: kommatecken, semikolon eller tabb. Filen läses med det tecken som rubrikraden använder, så alla andra regler körs ändå.
cs002-why = Excel skriver semikolon när listavgränsaren i Windows är `;` (svenska, tyska, franska, nederländska och andra nationella inställningar). Partnercenter kräver kommatecken: det ser en enda lång kolumn och avvisar hela filen.
cs002-example = `Deal Name;Customer Name;…` ger: Filen är avgränsad med semikolon (;), inte med kommatecken …
cs002-fix = Ladda upp den kommenterade filen, som är kommaavgränsad; eller ställ in listavgränsaren på kommatecken innan du sparar från Excel.

## CS003 empty-file (error, file)
cs003-title = Filen är tom
cs003-checks = Att filen har en rubrikrad.
cs003-why = Partnercenter behöver mallens rubrikrad för att veta vilken kolumn som är vilken.
cs003-example = En fil på noll byte (eller med bara ett byteordningsmärke, eller bara tomma rader) ger: Filen är tom: den har ingen rubrikrad. Utgå från mallen och lägg till en rad per affär
cs003-fix = Utgå från mallen (ladda ned den från importsidan i Partnercenter, eller från det här verktyget) och lägg till en rad per affär.

## CS004 no-data-rows (error, file)
cs004-title = Filen har inga datarader
cs004-checks = Att minst en rad under rubrikraden innehåller data.
cs004-why = En rubrikrad ensam skapar och uppdaterar ingenting.
cs004-example = En fil med bara rubrikraden (eller rubrikraden och rader med tomma celler) ger: Filen har inga datarader: lägg till en rad per affär under rubrikraden
cs004-fix = Lägg till en rad per affär under rubrikraden.

## CS005 too-many-rows (error, file)
cs005-title = Fler än 1,000 datarader
cs005-checks = Antalet poster under rubrikraden: datarader, och rader där alla celler är tomma (se CS010), som också är poster i CSV-filen. Varje rad kontrolleras ändå.
cs005-why = Partnercenter importerar högst 1,000 poster per fil och bearbetar inte en större fil alls. Partnercenters sida säger inte om en post med bara tomma celler räknas, så här räknas den: en fil med 1,000 affärer och en tom rad får det här felet. En export innehåller upp till 5,000 poster, så en export som laddas upp igen behöver ofta delas upp.
cs005-example = En fil med 1,001 affärer ger: Filen har 1001 datarader; Partnercenter bearbetar högst 1000 poster per fil och kommer inte att bearbeta den här: dela upp den i 2 filer
cs005-fix = Dela upp filen i filer med högst 1 000 rader, var och en med rubrikraden (det gör nedladdningen "Dela upp i filer om 1 000 rader (ZIP)"), och ta bort tomma rader.

## CS006 missing-column (error, file)
cs006-title = En obligatorisk kolumn saknas i rubrikraden
cs006-checks = Att rubrikraden innehåller varje kolumn som dess mall markerar som obligatorisk: Deal Name, Customer Name, Customer Address Line 1, Customer City, Customer Country, Partner Referral Status, Partner Referral Substatus, Estimated Deal Value, Currency, Estimated Close Date, Microsoft help required?, Share with Microsoft sales team, Consent to share Customer/Partner contact, Solution 1 och Team member 1; i den aktuella mallen även Marketplace Purchase Intent (och då säger meddelandet `Required column`, som den mallens sida gör). En kolumn som stavas med annat skiftläge eller andra mellanslag räknas (CS019). Varje rad får då också `Mandatory field … missing` (`Required field … missing`).
cs006-why = Partnercenter matchar kolumner på deras namn; utan en obligatorisk kolumn kan ingen rad skapas eller uppdateras.
cs006-example = En rubrikrad utan Solution 1 ger: Den obligatoriska kolumnen Solution 1 saknas i rubrikraden
cs006-fix = Lägg till kolumnen, stavad exakt som i mallen.

## CS007 duplicate-column (error, file)
cs007-title = En kolumn förekommer två gånger i rubrikraden
cs007-checks = Att inget kolumnnamn förekommer mer än en gång. Det är den första som kontrolleras.
cs007-why = Partnercenter kan inte veta vilken av de två kolumnerna som innehåller värdet.
cs007-example = En andra kolumn `Notes` ger: Kolumnen Notes förekommer 2 gånger i rubrikraden (kolumnerna AA, AI); bara den första läses
cs007-fix = Ta bort den extra kolumnen, eller för över det den innehåller till den första.

## CS008 unknown-column (warning, file)
cs008-title = En kolumn som mallen inte har
cs008-checks = Varje rubrikcell jämförs med mallens kolumnnamn, stavade exakt. En nästan-träff (annat skiftläge, extra mellanslag, ett stavfel) får det namn som troligen avses.
cs008-why = Partnercenter matchar kolumner på exakt namn och ignorerar de andra, så data i en felstavad kolumn går förlorad i det tysta.
cs008-example = `Custmer Postal Code` i kolumn AI ger: Den okända kolumnen 'Custmer Postal Code' (kolumn AI) kommer att ignoreras av Partnercenter: menade du 'Customer Postal Code'?
cs008-fix = Byt namn på kolumnen till mallens stavning, eller ta bort den om den inte är avsedd för Partnercenter.

## CS009 numbered-column (error, file)
cs009-title = En Solution- eller Team member-kolumn med ett nummer utanför 1 till 50
cs009-checks = Kolumner med namnet `Solution N` eller `Team member N`: N måste vara ett heltal från 1 till 50, skrivet utan inledande nollor. De första 20 sådana kolumnerna nämns var för sig, resten sammanfattas.
cs009-why = En affär har högst 50 lösningar och 50 teammedlemmar; Partnercenter läser inte `Solution 51`, `Solution 0` eller `Solution A`.
cs009-example = `Solution 51` ger: Kolumnen 'Solution 51' (kolumn AI) läses inte: Solution-kolumner numreras 1 till 50, utan inledande nollor
cs009-fix = Numrera kolumnerna från 1 till 50; lägg en 51:a lösning i en andra affär eller i en anteckning.

## CS010 empty-rows (warning, file)
cs010-title = Rader där alla celler är tomma
cs010-checks = Rader där varje cell är tom (Excel lämnar kvar `,,,,,` där rader har rensats men inte tagits bort). De hoppas över och räknas inte bland dataraderna, men de räknas mot gränsen på 1,000 poster (CS005). Helt tomma textrader (utan en enda avgränsare) är inga poster: alla CSV-läsare hoppar över dem.
cs010-why = Sådana rader skapar ingenting, men de är poster i filen: de kan räknas mot Partnercenters gräns på 1,000 poster, och de kan få Partnercenter att rapportera obligatoriska fält som saknas.
cs010-example = `,,,,,,,,` på rad 3, 4 och 6 ger: 3 tomma rader hoppades över (rad 3–4, 6): ta bort raderna i Excel i stället för att tömma deras celler
cs010-fix = Ta bort raderna i Excel (markera raderna, högerklicka, Ta bort), töm inte bara deras innehåll.

## CS011 unclosed-quote (error, row)
cs011-title = Ett citattecken som aldrig stängs
cs011-checks = Att en cell som börjar med ett dubbelt citattecken också slutar med ett, precis före nästa avgränsare eller radslut. När den inte gör det och läsningen fortsätter in i följande rader (eller till slutet av filen) fram till nästa citattecken någonstans, läses den raden om med citattecknet som vanlig text, och läsningen fortsätter från nästa rad, så att de följande raderna ändå kontrolleras. Ett citattecken som stängs för tidigt på en rad (`"A note" ,`) läses så som CSV-läsare läser det, likadant på varje rad i filen.
cs011-why = Partnercenter skulle läsa in de följande cellerna, och ofta de följande raderna, i en enda cell: de värdena skulle gå förlorade eller hamna i fel kolumner.
cs011-example = En anteckning som börjar med `"` utan avslutande citattecken ger: Citattecken som inte stängs: en cell i Notes börjar med " som inte stängs där cellen slutar; den här raden lästes med citattecknet som text
cs011-fix = Stäng citattecknet, eller ta bort det; ett citattecken inuti en cell med citattecken runt skrivs två gånger (`""`).

## CS012 field-count (error, row)
cs012-title = En rad med fler eller färre celler än rubrikraden
cs012-checks = Att varje rad har lika många celler som rubrikraden (bortsett från kolumnen Errors). Radens övriga regler kontrolleras inte: dess värden står troligen i fel kolumner.
cs012-why = Ett komma utan citattecken inuti ett värde (en adress, ett pris som `1,000`) flyttar varje senare cell till fel kolumn.
cs012-example = `…,One Contoso Way, Suite 100,Redmond,…` ger: För många celler: den här raden har 34, rubrikraden 33; ett värde med ett komma utan citattecken förskjuter kolumnerna
cs012-fix = Sätt citattecken runt värden som innehåller kommatecken (`"One Contoso Way, Suite 100"`) eller ta bort kommatecknen; Excel gör det självt när det sparar.

## CS013 repeated-header (error, row)
cs013-title = En rad som upprepar rubrikraden
cs013-checks = Om en datarad innehåller rubrikradens namn igen, cell för cell (två filer inklistrade under varandra). Radens övriga regler kontrolleras inte.
cs013-why = Partnercenter läser den som en affär med namnet "Deal Name" och avvisar den; den betyder också att två filer har slagits ihop, vilket är värt att titta närmare på.
cs013-example = En andra rubrikrad på rad 1002 ger: Den här raden upprepar rubrikraden (två filer inklistrade efter varandra?): ta bort den
cs013-fix = Ta bort raden.

## CS014 processed-file (error, file)
cs014-title = En fil som Partnercenter redan har bearbetat
cs014-checks = Om kolumnen Errors innehåller meddelanden som det här verktyget inte har skrivit (Partnercenters svar på en tidigare uppladdning) bredvid rader vars Errors-cell är tom: de raderna har Partnercenter skapat eller uppdaterat. De utelämnas ur antalen, ur radreglerna och ur varje fil som erbjuds för uppladdning, och deras Errors-cell i den kommenterade filen säger det (en anteckning som det här verktyget känner igen när den kommenterade filen kontrolleras igen). Verktygets egna meddelanden i kolumnen Errors slutar med sin regelkod inom hakparentes (`[CS101]`), och det är så det skiljer dem från Partnercenters.
cs014-why = Partnercenters sida: "Ta bort alla poster som lyckades ur filen innan du laddar upp de korrigerade poster som misslyckades i den förra körningen." Om en redan bearbetad rad laddas upp igen skapas dess affär en gång till, eller så görs dess uppdatering en gång till; en massuppladdning kan inte ångras.
cs014-example = En fil som laddats ned efter en uppladdning, med Partnercenters meddelande på rad 2 och en tom Errors-cell på rad 3 och 4, ger: Partnercenter har redan bearbetat rad 3–4 i den här filen: Partnercenter skapade eller uppdaterade de affärerna vid en tidigare uppladdning …
cs014-fix = Ladda bara upp raderna som ska åtgärdas, när de är åtgärdade: filerna "Rader att åtgärda" och "Klara att ladda upp" utelämnar de bearbetade raderna. Om Errors-cellerna har skrivits av någon annan än Partnercenter, töm kolumnen Errors och kontrollera igen.

## CS015 previous-errors (warning, row)
cs015-title = En rad som Partnercenter avvisade förra gången, utan något problem nu
cs015-checks = Rader vars Errors-cell innehåller ett meddelande som det här verktyget inte har skrivit (Partnercenters, från en tidigare uppladdning) och som klarar varje regel här.
cs015-why = Partnercenter kontrollerar saker som inte syns i en fil (ett lösnings-ID som Partnercenter inte känner till, en kund som inte går att matcha). Dess meddelande ersätts av den här kontrollens Errors-cell i den kommenterade filen, så det visas här.
cs015-example = En rad vars Errors-cell innehåller `Invalid solution SOL-1234-PQRS` och som klarar varje regel ger: Partnercenters svar på den här radens senaste uppladdning var 'Invalid solution SOL-1234-PQRS'; inget problem hittas nu: se till att det är åtgärdat innan du laddar upp
cs015-fix = Kontrollera att det som Partnercenters meddelande säger är åtgärdat, och ladda sedan upp raden.

## CS016 old-template-create (error, file)
cs016-title = En fil i mallen från 2021 som skapar affärer
cs016-checks = Om en fil i mallen från 2021 (ingen kolumn som bara den aktuella mallen har) har rader som skapar en affär (inget Referral ID).
cs016-why = Partnercenters sida sedan 2023: "Ladda ned den nya mallen i Partnercenter. Gamla mallar fungerar inte med det uppdaterade flödet för att skapa samförsäljningsmöjligheter." Nya affärer kräver Marketplace Purchase Intent, som mallen från 2021 saknar.
cs016-example = En fil i mallen från 2021 med nya affärer ger: Den här filen är i mallen från 2021, och Partnercenter skapar nu affärer bara från den aktuella mallen …
cs016-fix = Ladda ned filen i den aktuella mallen (`cosell upgrade`, eller sidans nedladdning "Filen i den aktuella mallen"): alla värden behålls och de nya kolumnerna läggs till; fyll sedan i Marketplace Purchase Intent för de nya affärerna.

## CS017 old-template (warning, file)
cs017-title = En fil i mallen från 2021 som bara uppdaterar affärer
cs017-checks = Om en fil i mallen från 2021 bara har rader som uppdaterar en affär.
cs017-why = Partnercenter säger att gamla mallar inte fungerar med det uppdaterade flödet för att skapa affärer; om uppdateringar säger det inget sådant, så det här är en varning: den aktuella mallen är det säkra valet.
cs017-example = En fil i mallen från 2021 med uppdateringar ger: Den här filen är i mallen från 2021; Partnercenter delar nu ut den aktuella mallen …
cs017-fix = Ladda upp samma fil i den aktuella mallen (`cosell upgrade`, eller sidans nedladdning).

## CS018 other-bulk-file (error, file)
cs018-title = En fil från en annan massåtgärd i Partnercenter
cs018-checks = Om rubrikraden hör till en annan av Partnercenters massfiler (tre eller fler av dess egna kolumner, som `Registration Date`, `Registration Type`, `Contract Value` i en fil med affärsregistreringar för Azure IP-samförsäljning). Dess rader kontrolleras inte som samförsäljningsmöjligheter.
cs018-why = Laddas den upp som samförsäljningsmöjligheter misslyckas den i sin helhet; den hör till en annan sida i Partnercenter. En lista över varje kolumn som saknas skulle inte säga det.
cs018-example = En fil med affärsregistreringar ger: Det här är en fil med affärsregistreringar för Azure IP-samförsäljning, inte en fil med samförsäljningsmöjligheter …
cs018-fix = Ladda upp den där Partnercenter tar emot den; kontrollera din fil med samförsäljningsmöjligheter här.

## CS019 column-spelling (warning, file)
cs019-title = Ett kolumnnamn med annat skiftläge eller andra mellanslag än i mallen
cs019-checks = Rubrikceller som är namnet på en kolumn i mallen, bortsett från skiftläge, mellanslag (flera, runt om, före `?`) eller en avslutande ` *`: `deal name`, `Microsoft help required ?`. Kolumnen läses som den kolumnen, så varje regel körs ändå. Dokumenterade stavningar (`Customer Postal Code` och `Customer Postal code`; `Declined/Lost reason` och `Declined/Lost/Error reason`) och stavningarna som har setts i mallar från 2026 (`MPN Id`, `Moodys Account Match 1`, `Final Matched Customer Account *` …) läses utan varning.
cs019-why = Partnercenters sida säger inte exakt hur Partnercenter matchar kolumnnamn; en kolumn som inte känns igen ignoreras i det tysta.
cs019-example = `deal  name` i kolumn D ger: Kolumnen 'deal  name' (kolumn D) läses som Deal Name, så som den aktuella mallen i Partnercenter stavar den: byt namn på den för att vara säker på att Partnercenter läser den
cs019-fix = Byt namn på kolumnen så att den stavas som i mallen.

## CS020 translated-columns (error, file)
cs020-title = Kolumnnamn kopierade från en översatt sida i Microsofts dokumentation
cs020-checks = Rubrikceller som är ett kolumnnamn så som en av de 17 maskinöversatta versionerna av Microsofts sida om den här importen skriver det (`Kundnamn`, `Avtalsnamn`, `Kundland` på den svenska sidan; `Lösning 2` utifrån dess `Lösning 1`), jämförda lika tolerant som engelska namn. Var och en läses som den kolumn den översätter, så varje radregel körs ändå; en enda anmärkning listar namnbytena, på språket i den första sådana cellen. Ett namn som sidan ger två kolumner (turkiskan skriver båda kontaktnamnen `Müşterinin kişi adı soyadı`) gissas inte: anmärkningen säger det. Data kommer från `crates/cosell-core/data/doc-translations*.tsv`, hämtad ur dokumentationens repositorier.
cs020-why = Partnercenter läser bara de engelska kolumnnamnen: en fil som gjorts utifrån en översatt sida har inget av dem, och varje kolumn ignoreras.
cs020-example = En rubrikrad som skrivits av från den svenska sidan ger: Den här filen använder kolumnnamnen från Microsofts dokumentation på svenska; Partnercenter läser bara de engelska namnen: byt namn Engagemangs-ID → Engagement ID, Hänvisningskod → Referral ID, Avtalsnamn → Deal Name, …
cs020-fix = Byt namn på kolumnerna till mallens engelska namn (eller ladda ned mallen och kopiera raderna under dess rubrikrad).
cs020-offers = Det engelska namnet för varje översatt rubrikcell (`Kundnamn` → `Customer Name`), som en ändring av rubrikraden; inget för ett namn som sidan ger två kolumner.

## CS101 mandatory-field (error, row)
cs101-title = Ett obligatoriskt värde saknas
cs101-checks = Att raden har ett värde i varje kolumn som dess mall markerar som obligatorisk (se CS006 för listan); i den aktuella mallen även Marketplace Purchase Intent på en rad som skapar en affär. En cell med bara mellanslag räknas som tom. Meddelandet motsvarar Partnercenters eget: `Mandatory field … missing` i mallen från 2021, `Required field … missing` i den aktuella.
cs101-why = Partnercenter skapar eller uppdaterar inte en rad med ett tomt obligatoriskt fält; meddelandet är Partnercenters eget, översatt.
cs101-example = En tom Solution 1 ger: Obligatoriskt fält Solution 1 saknas
cs101-fix = Fyll i värdet.

## CS102 help-details (error, row)
cs102-title = Hjälp från Microsoft begärs utan de uppgifter som behövs
cs102-checks = När Microsoft help required? är Yes: de fyra Customer Contact-kolumnerna (First Name, Last Name, Phone number, Email Address) och What specific help from Microsoft? måste vara ifyllda.
cs102-why = Microsofts säljare behöver en kontaktperson hos kunden och behöver veta vilken hjälp som efterfrågas; Partnercenter gör de här fälten obligatoriska för förfrågningar om samförsäljning.
cs102-example = Microsoft help required? = Yes utan e-postadress ger: Obligatoriskt fält Customer Contact Email Address saknas (krävs när Microsoft help required? är Yes)
cs102-fix = Fyll i kundkontakten och typen av hjälp (ett nummer från 1 till 6), eller sätt Microsoft help required? till No.

## CS103 share-required (error, row)
cs103-title = Share with Microsoft sales team saknas
cs103-checks = När Microsoft help required? är No måste Share with Microsoft sales team vara Yes eller No.
cs103-why = Utan hjälp från Microsoft måste partnern ange om affären delas med Microsofts säljteam.
cs103-example = Microsoft help required? = No och en tom Share with Microsoft sales team ger: Obligatoriskt fält Share with Microsoft sales team saknas (krävs när Microsoft help required? är No)
cs103-fix = Skriv Yes eller No.

## CS104 reason-required (error, row)
cs104-title = En affär med Declined, Lost (eller, i den aktuella mallen, Error) utan orsak
cs104-checks = När Partner Referral Substatus är Declined eller Lost (eller Error, i den aktuella mallen) måste orsakskolumnen (`Declined/Lost reason`, `Declined/Lost/Error reason`) innehålla ett nummer: 1 till 8 för Declined och Lost, 1 till 9 för Error.
cs104-why = Partnercenter kräver en orsak när en affär avböjs, förloras eller stängs som felaktigt skapad.
cs104-example = Substatus Lost och en tom orsak ger: Obligatoriskt fält Declined/Lost reason saknas (krävs när Partner Referral Substatus är Lost)
cs104-fix = Skriv orsakens nummer. Declined och Lost: 1 Projektbudgeten räcker inte, 2 Kunden svarade inte, 3 Kunden valde en annan leverantör, 4 Kundens krav uppfylldes inte, 5 Inte en kund, 6 Den föreslagna tidsplanen var för kort, 7 Rapportera som missbruk, skräppost eller nätfiske, 8 Annat. Error: 1 Dubblett – skapad genom massuppladdning, 2 Dubblett – skapad i Partnercenter, 3 Dubblett – skickad av Microsoft, 4 Problem med datasynkronisering i kopplingen, 5 Problem med kundmatchningen, 6 Problem med lösningen – förklara i anteckningarna, 7 Test-referral, 8 Datafel, 9 Annat – förklara i anteckningarna.

## CS201 yes-no (error, row)
cs201-title = En Yes/No-kolumn innehåller något annat
cs201-checks = Microsoft help required?, Share with Microsoft sales team och Consent to share Customer/Partner contact tar `Yes` eller `No`. Andra ord för ja och nej (`Y`, `TRUE`, Excels översättningar `Ja`, `Nej`, `Oui`…, och orden på Microsofts översatta sidor, `Да`, `いいえ`…) får det värde som ska skrivas, utom när en sida har samma ord för båda (koreanska `예`): då nämns båda; `yes` eller `No ` (annat skiftläge eller andra mellanslag) är CS222, en varning.
cs201-why = Mallen listar Yes och No; `Y`, `TRUE`, `1` eller en översättning är andra ord, och Partnercenters dokumentation ger inget skäl att räkna med att Partnercenter förstår dem.
cs201-example = `Y` i Share with Microsoft sales team ger: Ogiltigt värde 'Y' i Share with Microsoft sales team: skriv Yes
cs201-fix = Skriv Yes eller No.
cs201-offers = `Yes` eller `No` för samma ord med annat skiftläge eller på ett annat språk (`y`, `TRUE`, `ja`, `oui`); inget för ett ord som en översatt sida skriver för båda (koreanska `예`); aldrig för samtycket (Consent to share Customer/Partner contact).

## CS202 consent-no (error, row)
cs202-title = Samtycke till att dela kontakter är No
cs202-checks = Consent to share Customer/Partner contact måste vara Yes.
cs202-why = Partnercenters dokumentation: affärer skapas inte och uppdateras inte om du väljer No i den här kolumnen.
cs202-example = `No` ger: Consent to share Customer/Partner contact är 'No': Partnercenter kommer varken att skapa eller uppdatera den här affären
cs202-fix = Skaffa samtycket och skriv Yes, eller ta inte med affären i filen.

## CS203 unknown-status (error, row)
cs203-title = En okänd Partner Referral Status
cs203-checks = Partner Referral Status är en av New, Active, Closed (annat skiftläge eller andra mellanslag är CS222, en varning).
cs203-why = Det är de statusvärden som Partnercenters referral-API känner till; allt annat avvisas.
cs203-example = `Open` ger: Ogiltigt värde 'Open' i Partner Referral Status: använd New, Active eller Closed
cs203-fix = Skriv New (för att skapa), Active eller Closed.
cs203-offers = Den engelska statusen för det ord som en översatt sida i Microsofts dokumentation skriver för den (`Aktiv` på den svenska sidan → `Active`).

## CS204 unknown-substatus (error, row)
cs204-title = En okänd Partner Referral Substatus
cs204-checks = Partner Referral Substatus är en av Pending, Received, Accepted, Won, Lost, Declined, Expired, och i den aktuella mallen Error (annat skiftläge eller andra mellanslag är CS222, en varning).
cs204-why = Det är de substatusvärden som Partnercenters referral-API känner till; allt annat avvisas.
cs204-example = `Closed Won` ger: Ogiltigt värde 'Closed Won' i Partner Referral Substatus: använd Pending, Received, Accepted, Won, Lost, Declined eller Expired
cs204-fix = Skriv ett av de listade värdena.
cs204-offers = Den engelska substatusen för det ord som en översatt sida i Microsofts dokumentation skriver för den (`Väntar` → `Pending`, `Har godkänts` → `Accepted` på den svenska sidan); inget för ett ord som sidan skriver för två värden.

## CS205 status-pair (error, row)
cs205-title = En status och en substatus som inte hör ihop
cs205-checks = På rader som uppdaterar en affär (med ett Referral ID): New hör ihop med Pending eller Received, Active med Accepted, Closed med Won, Lost, Declined eller Expired (och Error, i den aktuella mallen: Error med en annan status är CS227, en varning).
cs205-why = Partnercenters referral-API tillåter bara de här paren.
cs205-example = Active med Won ger: Ogiltigt värde 'Won' i Partner Referral Substatus för Partner Referral Status Active: använd Accepted
cs205-fix = Ändra substatusen (eller statusen) till ett tillåtet par; en vunnen affär är Closed/Won.

## CS206 create-status (error, row)
cs206-title = En ny affär som inte är New/Accepted
cs206-checks = En rad utan Referral ID skapar en affär, och dess Partner Referral Status måste vara New och dess Partner Referral Substatus Accepted.
cs206-why = Importsidan säger: använd New och Accepted för att skapa en ny affär.
cs206-example = En rad utan Referral ID och med status Active ger: Ogiltigt värde 'Active' i Partner Referral Status för en ny affär (inget Referral ID): använd New
cs206-fix = Skriv New och Accepted; eller, om raden ska uppdatera en affär, fyll i dess Referral ID.

## CS207 read-only-status (warning, row)
cs207-title = Avvecklad: ett värde i den skrivskyddade Microsoft Referral Status (se CS224)
cs207-checks = Ingenting längre. Regeln varnade på varje rad med en Microsoft Referral Status, och så kommer varje exporterad rad tillbaka; CS224 varnar nu bara där ett skrivskyddat värde betyder något: på en rad som skapar en affär.
cs207-why = En varning på varje rad i en export dolde de varningar som spelar roll.
cs207-example = Ingen fil får den: en rad som skapar en affär med en Microsoft Referral Status får CS224.
cs207-fix = Inget.

## CS208 reason-code (error, row)
cs208-title = Orsaken är inte ett av dess nummer
cs208-checks = Ett värde i orsakskolumnen är ett av dess nummer: 1 till 8 (Declined, Lost och mallen från 2021), 1 till 9 när substatusen är Error (den aktuella mallen); meddelandet nämner den lista som gäller. En orsak skriven med sin (engelska) text får sitt nummer när bara en orsak börjar så.
cs208-why = Partnercenter tar emot orsaken som dess nummer, inte som text.
cs208-example = `Customer chose another vendor` ger: Ogiltigt värde 'Customer chose another vendor' i Declined/Lost reason: skriv 3
cs208-fix = Skriv numret: 1 Projektbudgeten räcker inte, 2 Kunden svarade inte, 3 Kunden valde en annan leverantör, 4 Kundens krav uppfylldes inte, 5 Inte en kund, 6 Den föreslagna tidsplanen var för kort, 7 Rapportera som missbruk, skräppost eller nätfiske, 8 Annat.
cs208-offers = Numret för en orsak som skrivits med sin text (`Lost to competitor` → dess nummer).

## CS209 help-code (error, row)
cs209-title = What specific help from Microsoft? är inte ett nummer från 1 till 6
cs209-checks = Ett värde i What specific help from Microsoft? är ett av numren 1 till 6.
cs209-why = Partnercenter tar emot typen av hjälp som dess nummer, inte som text.
cs209-example = `Proof of concept` ger: Ogiltigt värde 'Proof of concept' i What specific help from Microsoft?: skriv 3
cs209-fix = Skriv numret: 1 Värdeerbjudande för en specifik arbetsbelastning, 2 Kundens tekniska arkitektur, 3 Proof of concept/demo, 4 Offerter och licensiering, 5 Kundframgång efter försäljningen, 6 Allmänt eller annat.
cs209-offers = Numret för en typ av hjälp som skrivits med sin text.

## CS210 sales-stage (warning, row)
cs210-title = Ett oväntat värde i Sales Stage
cs210-checks = Ett värde i Sales Stage är en av fasernas procentsatser 10, 20, 40, 60, 80, 100.
cs210-why = Mallens exempel är `40`, och Partnercenters försäljningsfaser är Created/Accepted 10, Qualified 20, Developed 40, Proposed 60, Negotiated 80, Won 100. Dokumentationen säger inte uttryckligen att andra värden avvisas, så det här är en varning.
cs210-example = `Qualified` ger: Oväntat värde 'Qualified' i Sales Stage: skriv 20
cs210-fix = Skriv fasens procentsats.
cs210-offers = Procentsatsen för en fas skriven med `%` eller med namn (`20%`, `Qualify` → `20`).

## CS211 country-code (error, row)
cs211-title = Customer Country är inte en landskod på två bokstäver enligt ISO 3166-1
cs211-checks = Customer Country är en verklig kod enligt ISO 3166-1 alpha-2: två bokstäver räcker inte (`XX` är inget land). Landsnamn, koder på tre bokstäver och vanliga alternativa namn får den kod som ska användas när bara ett land motsvarar dem (`Congo` kan vara CG eller CD). En kod med gemener (`us`) är CS222, en varning.
cs211-why = Sidan begär koden på två bokstäver; Partnercenter matchar kunden med den, och ett namn eller en kod på tre bokstäver är ingen sådan kod.
cs211-example = `Sweden` ger: Ogiltigt värde 'Sweden' i Customer Country: skriv SE
cs211-fix = Skriv landskoden på två bokstäver: US, GB (inte UK), SE, DE, …
cs211-offers = Koden på två bokstäver för ett lands namn, lokala namn eller kod på tre bokstäver (`Germany`, `Deutschland`, `DEU` → `DE`).

## CS212 currency-code (error, row)
cs212-title = Currency är inte en kod enligt ISO 4217
cs212-checks = Currency är en ISO 4217-kod för en valuta i bruk (`USD`, `EUR`, `SEK`): inte en indragen kod (`HRK`, ersatt av EUR), en fondenhet eller en ädelmetall (`XAU`, `XDR`). Symboler och namn får den kod som ska användas där de är entydiga (`€` är EUR; `$` ensamt kan vara flera). En kod med gemener (`usd`) är CS222, en varning.
cs212-why = Sidan begär ISO 4217-koden; Partnercenter sparar affärens värde med den. En indragen kod är inte längre en valuta som en affär kan prissättas i (och beloppet behöver räknas om, det räcker inte att byta kod).
cs212-example = `€` ger: Ogiltigt värde '€' i Currency: skriv EUR
cs212-fix = Skriv koden på tre bokstäver för den valuta som affären är prissatt i.
cs212-offers = ISO 4217-koden för en entydig symbol eller ett entydigt namn (`€` → `EUR`, `kr` erbjuds inte); `$` ensamt får ingen.

## CS213 date-format (error, row)
cs213-title = Estimated Close Date är inte ett verkligt datum i formatet M/D/YYYY
cs213-checks = Estimated Close Date är månad/dag/år med fyra siffror (inledande nollor valfria), ett verkligt kalenderdatum, från år 2000 till 2099. Excels omskrivningar (`2027-01-30`, `30/01/2027`, `30.01.2027`, en tid efter datumet, ett datumserienummer, ett tvåsiffrigt år under 30, som Excel läser som 20xx) får det datum som ska skrivas när det är entydigt; ett tvåsiffrigt år från 30 och uppåt, som Excel läser som 19xx, får inget.
cs213-why = Partnercenter läser datumet som MM/DD/YYYY. Ett datum med dagen först misslyckas antingen eller, ännu värre, läses som ett annat datum.
cs213-example = `30.01.2027` ger: Ogiltigt datum '30.01.2027' i Estimated Close Date: skriv 1/30/2027
cs213-fix = Skriv M/D/YYYY, t.ex. 1/30/2027. Formatera kolumnen som Text i Excel innan du skriver in datum.
cs213-offers = `M/D/YYYY` för ett datum vars dag och månad är säkra: ISO (`2027-02-28`), dagen först med en dag över 12 (`30/01/2027`), med punkter (`30.01.2027`), med en tid, eller ett serienummer från Excel. Tvetydiga datum får inget.

## CS214 date-past (warning, row)
cs214-title = Estimated Close Date har redan passerat
cs214-checks = Om Estimated Close Date är före dagens datum, på affärer som inte är stängda (Partner Referral Status Closed, eller en substatus Won, Lost, Declined eller Expired: deras datum är historia).
cs214-why = Ett stängningsdatum som redan har passerat på en öppen affär beror oftast på kopiera och klistra in eller på att Excel har skrivit om datumet; öppna affärer bör stängas i framtiden.
cs214-example = `1/30/2020` ger: Passerat datum '1/30/2020' i Estimated Close Date
cs214-fix = Skriv det datum då affären nu väntas stängas.

## CS215 deal-value (error, row)
cs215-title = Estimated Deal Value är inte ett enkelt tal på 0 eller mer
cs215-checks = Estimated Deal Value består av siffror med en valfri `.` och decimaler: ingen valutasymbol, ingen tusentalsavgränsare, inget decimalkomma, inte negativt, högst 28 siffror före decimalpunkten. Talet som ska skrivas anges när det är entydigt: tusentalsavgränsare tas bort bara där de avgränsar grupper om tre siffror (`12563.5.5` och `1,5,5` får inget).
cs215-why = Partnercenter läser värdet som ett decimaltal (API-typen är `decimal`, som rymmer 28 siffror); `$12,563` eller `12 563,50` avvisas eller läses fel.
cs215-example = `12 563,50` ger: Ogiltigt tal '12 563,50' i Estimated Deal Value: skriv 12563.50
cs215-fix = Skriv beloppet med bara siffror och `.`, t.ex. 12563.50; valutan skrivs i Currency.
cs215-offers = Beloppet utan valutasymboler, tusentalsavgränsare eller mellanslag (`$250,000` → `250000`, `12 563,50 kr` → `12563.50`) när det är säkert vilket tecken som avgränsar decimalerna.

## CS216 scientific-notation (error, row)
cs216-title = Ett tal som Excel har gjort om till exponentform
cs216-checks = Talliknande celler (telefonnummer, D-U-N-S ID, postnummer, affärsvärde, talen inuti Solution- och Team member-celler) skrivna som `9.99E+09`.
cs216-why = Excel visar långa tal i exponentform och sparar dem så: siffrorna efter de första är borta för gott.
cs216-example = `9.99E+09` i Customer Contact Phone number ger: Exponentform '9.99E+09' i Customer Contact Phone number: Excel har tappat siffrorna; skriv in hela numret
cs216-fix = Skriv in hela numret igen; formatera först kolumnen som Text i Excel så att det blir kvar.

## CS217 duns-digits (error, row)
cs217-title = Customer D-U-N-S ID innehåller annat än siffror
cs217-checks = Customer D-U-N-S ID, när det anges, består bara av siffror.
cs217-why = Ett D-U-N-S-nummer har nio siffror; bindestreck eller bokstäver gör att kundmatchningen misslyckas.
cs217-example = `08-146-6849` ger: Ogiltigt värde '08-146-6849' i Customer D-U-N-S ID: skriv 081466849
cs217-fix = Skriv de nio siffrorna utan skiljetecken.
cs217-offers = De nio siffrorna i ett D-U-N-S-nummer som skrivits med mellanslag, bindestreck eller punkter.

## CS218 duns-length (warning, row)
cs218-title = Customer D-U-N-S ID har inte nio siffror
cs218-checks = Customer D-U-N-S ID, när det anges, har nio siffror. Åtta siffror är troligen ett D-U-N-S-nummer som har tappat sin inledande nolla i Excel.
cs218-why = Ett felaktigt D-U-N-S-nummer matchar fel kund, eller ingen. (Mallens eget exempel har åtta siffror, så det här är en varning.)
cs218-example = `81466849` ger: D-U-N-S-numret '81466849' i Customer D-U-N-S ID har 8 siffror: Excel har troligen tagit bort en inledande nolla; skriv 081466849
cs218-fix = Skriv alla nio siffrorna; formatera kolumnen som Text i Excel så att den inledande nollan blir kvar.
cs218-offers = Den inledande nolla som Excel tog bort från ett D-U-N-S-nummer med åtta siffror.

## CS219 email (error, row)
cs219-title = En e-postadress som inte är giltig
cs219-checks = Customer Contact Email Address, när den anges, ser ut som en e-postadress: ett `@`, något före det, en domän med en punkt efter det, inga mellanslag, inget `mailto:` framför.
cs219-why = Microsofts säljare kontaktar kunden via den här adressen; en ogiltig adress avvisas.
cs219-example = `john.customer@contoso` ger: Ogiltig e-postadress 'john.customer@contoso' i Customer Contact Email Address
cs219-fix = Skriv hela adressen, t.ex. john.customer@contoso.com.
cs219-offers = Adressen utan `mailto:` eller mellanslag, när det som blir kvar är en adress.

## CS220 postal-code-zero (warning, row)
cs220-title = Ett postnummer som har tappat sin inledande nolla
cs220-checks = För länder vars postnummer har fem siffror (US, DE, FR, IT, ES, FI, MX, MY …): ett Customer Postal Code med tre eller fyra siffror.
cs220-why = Excel läser `02134` som talet 2134 och sparar det utan nollan.
cs220-example = `2134` med Customer Country US ger: Postnumret '2134' i Customer Postal Code har 4 siffror: Excel har troligen tagit bort en inledande nolla; skriv 02134
cs220-fix = Skriv hela postnumret; formatera kolumnen som Text i Excel så att nollan blir kvar.
cs220-offers = De inledande nollor som Excel tog bort från ett postnummer med fem siffror (US, DE, FR, IT, ES, FI, MX, MY).

## CS221 unused-value (warning, row)
cs221-title = Ett värde som kommer att ignoreras
cs221-checks = En orsak ifylld fast substatusen inte är en som kräver den (Declined eller Lost; i den aktuella mallen även Error); What specific help from Microsoft? ifyllt fast Microsoft help required? inte är Yes.
cs221-why = Partnercenter läser bara de här värdena när den andra kolumnen kräver dem; värdet står troligen på fel rad.
cs221-example = Orsak `2` med substatus Accepted ger: Värdet '2' i Declined/Lost reason kommer att ignoreras: Partner Referral Substatus är inte Declined eller Lost
cs221-fix = Töm cellen, eller fyll i kolumnen som den beror på.

## CS222 value-spelling (warning, row)
cs222-title = Ett listat värde med annat skiftläge eller andra mellanslag
cs222-checks = Värden i kolumnerna med listade värden (Microsoft help required?, Share with Microsoft sales team, Consent to share Customer/Partner contact, Partner Referral Status och Substatus, Customer Country, Currency och valutan i en Solution-cell) som skiljer sig från ett listat värde bara i skiftläge eller mellanslag: `yes`, `Active `, `usd`, `us`. Värdets betydelse används, så de regler som beror på det körs ändå.
cs222-why = Partnercenters sida listar de här värdena med en enda stavning och säger inte om annat skiftläge eller andra mellanslag godtas; därför är det här en varning. (Ett `no` i Consent to share Customer/Partner contact är CS202, oavsett skiftläge.)
cs222-example = `yes` i Microsoft help required? ger: Värdet 'yes' i Microsoft help required? skiljer sig från Yes bara i skiftläge eller mellanslag: skriv Yes
cs222-fix = Skriv värdet så som det står i listan.
cs222-offers = Den listade stavningen (`yes ` → `Yes`, `active` → `Active`, `usd` → `USD`); aldrig för samtycket (Consent to share Customer/Partner contact).

## CS223 digit-groups (error, row)
cs223-title = Ett belopp med punkter mellan grupper om tre siffror, i en fil från Excel med europeiska inställningar
cs223-checks = I en semikolonavgränsad fil (Excel med europeiska inställningar, se CS002): ett Estimated Deal Value eller ett pris i en Solution-cell skrivet som en till tre siffror följda av grupper om tre efter punkter: `12.563`, `1.250.000`. Den kommenterade filen, som är kommaavgränsad, behåller anmärkningen: dess Errors-cell säger att raden kom från Excel med europeiska inställningar, och en rad vars Errors-cell säger det läses på samma sätt igen.
cs223-why = I sådana filer avgränsar punkten tusental: `12.563` är tolvtusen femhundrasextiotre, och Partnercenter skulle läsa tolv komma fem sex tre, ett affärsvärde som är tusen gånger för litet. (`12.563,00` är CS215, med talet som ska skrivas.)
cs223-example = `12.563` i Estimated Deal Value ger: Talet '12.563' i Estimated Deal Value har punkter mellan grupper om tre siffror, vilka avgränsar tusental i en fil från Excel med europeiska inställningar; Partnercenter skulle läsa en decimalpunkt: skriv 12563
cs223-fix = Skriv beloppet utan tusentalsavgränsare, med `.` bara före decimalerna.
cs223-offers = Beloppet utan tusentalspunkterna (`12.563` → `12563` i en semikolonavgränsad fil).

## CS224 read-only-on-create (warning, row)
cs224-title = En skrivskyddad kolumn ifylld på en rad som skapar en affär
cs224-checks = På en rad utan Referral ID (en ny affär): värden i de kolumner som Partnercenter fyller i själv: Engagement ID, Microsoft Referral Status och, i den aktuella mallen, Microsoft MSX ID, Migrated PSC Deal ID och Microsoft team member-kolumnerna. En varning per rad, som nämner kolumnerna. På en rad som uppdaterar en affär är det med de här värdena som exporten kommer tillbaka: ingen anmärkning.
cs224-why = Partnercenter ignorerar vad filen säger i de här kolumnerna; på en ny affär har ett värde där kopierats från någon annanstans, och det kommer inte fram.
cs224-example = En ny affär med en Microsoft Referral Status, ett Microsoft MSX ID och en Microsoft team member ger: De skrivskyddade Microsoft Referral Status, Microsoft MSX ID och Microsoft team member 1 är ifyllda på en rad som skapar en affär: Partnercenter ignorerar dem
cs224-fix = Töm cellerna, eller fyll i Referral ID om raden uppdaterar en affär.
cs224-offers = Tomma celler: Partnercenter fyller i de här kolumnerna själv.

## CS225 purchase-intent (error, row)
cs225-title = Marketplace Purchase Intent är inte Yes, No eller Have not decided
cs225-checks = Marketplace Purchase Intent, när det anges, är ett av `Yes`, `No`, `Have not decided` (annat skiftläge eller andra mellanslag är CS222). På en rad som skapar en affär är det obligatoriskt (CS101).
cs225-why = Sidan: "ett obligatoriskt fält när en referral skapas. Godkända värden är Yes, No eller Have not decided."
cs225-example = `Maybe` ger: Ogiltigt värde 'Maybe' i Marketplace Purchase Intent: använd Yes, No eller Have not decided
cs225-fix = Skriv Yes, No eller Have not decided.
cs225-offers = Det engelska värdet för det ord som en översatt sida i Microsofts dokumentation skriver för det (`Ja` på den tyska sidan → `Yes`); inget för ett ord som sidan skriver för två värden (koreanska `예`).

## CS226 purchase-intent-update (warning, row)
cs226-title = En uppdatering utan Marketplace Purchase Intent
cs226-checks = Rader med ett Referral ID där Marketplace Purchase Intent är tomt.
cs226-why = Partnercenter kräver det för att skapa en affär; systersidan om leads säger att det krävs för att uppdatera också. Sidan om samförsäljning säger inte det, så det här är en varning.
cs226-example = En uppdatering med ett tomt Marketplace Purchase Intent ger: Marketplace Purchase Intent är tomt på en rad som uppdaterar en affär: Partnercenter kräver det för att skapa en affär och kan kräva det för att uppdatera en
cs226-fix = Skriv Yes, No eller Have not decided.

## CS227 error-substatus (warning, row)
cs227-title = Substatus Error med en annan status än Closed
cs227-checks = Partner Referral Substatus `Error` (stänger en affär som skapats av misstag) på en rad vars Partner Referral Status inte är Closed.
cs227-why = Sidan parar inte ihop Error med någon status; när en affär stängs hamnar den i Closed, så Closed/Error är det par man kan vänta sig, och de andra kan avvisas.
cs227-example = Active med Error ger: Substatusen 'Error' i Partner Referral Substatus stänger en affär: Partner Referral Status Closed förväntas, inte Active
cs227-fix = Skriv Closed i Partner Referral Status.

## CS228 final-match (error, row)
cs228-title = Final Matched Customer Account är inte ett Microsoft-ID eller ett inklistrat förslag
cs228-checks = Ett värde i Final Matched Customer Account: antingen ett Microsoft-ID skrivet så som sidan anger (`MicrosoftID: 6-ABCDEFG23XB`: `MicrosoftID:`, ett nummer, `-`, bokstäver och siffror), eller ett förslag som Partnercenter har fyllt i, inklistrat från dess kolumner för kontomatchning (`MicrosoftID: 11-1FG2G, AccountName: …, AccountAddress: …`, `DUNSID: 659410848, AccountName: …`).
cs228-why = Sidan: "Det enda godtagbara formatet för ett Microsoft-ID är MicrosoftID: Number-Alphanumeric". Ett namn eller ett ID utan prefix matchar inget konto.
cs228-example = `Contoso Ltd` ger: Ogiltigt värde 'Contoso Ltd' i Final Matched Customer Account: skriv ett Microsoft-ID som MicrosoftID: <nummer>-<bokstäver och siffror>, t.ex. MicrosoftID: 6-ABCDEFG23XB, eller klistra in ett förslag från kolumnerna för kontomatchning
cs228-fix = Skriv Microsoft-ID:t i den formen, klistra in ett av Partnercenters förslag, eller lämna cellen tom så att Partnercenter matchar kontot.

## CS229 iot-value (warning, row)
cs229-title = En Device Category eller Silicon Type som inte finns i sidans lista
cs229-checks = Device Category och Silicon Type, när de anges, är ett av de värden som sidan listar (det närmaste listade värdet nämns när det finns ett).
cs229-why = Sidan listar värdena att välja bland; den säger inte att andra avvisas, så det här är en varning.
cs229-example = `Kiosks` i Device Category ger: Värdet 'Kiosks' i Device Category finns inte i sidans lista: menade du Kiosk?
cs229-fix = Välj ett värde ur listan.
cs229-offers = Det listade värde som skiljer sig bara i skiftläge eller mellanslag.

## CS230 iot-yes-no (warning, row)
cs230-title = Azure Certified Device eller Attach Services är inte Yes eller No
cs230-checks = Azure Certified Device och Attach Services, när de anges, är `Yes` eller `No`.
cs230-why = Sidan beskriver båda som ja/nej-frågor utan att lista värden, så det här är en varning.
cs230-example = `Y` i Attach Services ger: Värdet 'Y' i Attach Services: skriv Yes eller No
cs230-fix = Skriv Yes eller No.

## CS231 domain-name (warning, row)
cs231-title = Customer Domain Name är inte ett domännamn
cs231-checks = Customer Domain Name, när det anges, är ett domännamn (`contoso.com`): inte en webbadress, en e-postadress eller text med mellanslag. Domänen som ska skrivas anges när den går att läsa ut ur värdet.
cs231-why = Partnercenter matchar kundens konto med det; en webbadress eller en e-postadress är inte ett domännamn.
cs231-example = `https://www.contoso.com/about` ger: Värdet 'https://www.contoso.com/about' i Customer Domain Name är inte ett domännamn: skriv contoso.com
cs231-fix = Skriv bara domänen, t.ex. contoso.com.
cs231-offers = Domänen som en webb- eller e-postadress innehåller (`https://www.contoso.com/about` → `contoso.com`).

## CS232 spaces-around (warning, row)
cs232-title = Ett värde har mellanslag före eller efter sig
cs232-checks = Varje cell (utom i kolumnen Errors) vars värde börjar eller slutar med mellanslag, tabbar eller radbrytningar, när ingen annan regel har sagt något om cellen (ett listat värde med mellanslag är CS222).
cs232-why = Excel visar inga spår av dem, och inget säger att Partnercenter tar bort dem: ett namn med ett mellanslag på slutet kan sparas med det, och sedan matchas eller sökas efter utan det.
cs232-example = `Contoso Corporation ` i Customer Name ger: Värdet 'Contoso Corporation ' i Customer Name har mellanslag före eller efter sig: skriv 'Contoso Corporation'
cs232-fix = Ta bort mellanslagen runt värdet.
cs232-offers = Värdet utan mellanslag, tabbar och radbrytningar runt sig.

## CS301 solution-id (error, row)
cs301-title = En Solution-cell utan lösnings-ID
cs301-checks = En ifylld Solution N-cell börjar med lösnings-ID:t: `ID[, currency[, price[, quantity]]]`.
cs301-why = Lösnings-ID:t är den enda delen av en lösning som krävs.
cs301-example = `, USD, 10, 100` ger: Lösnings-ID saknas i Solution 1: skriv det först, t.ex. SOL-1234-PQRS, USD, 10, 100
cs301-fix = Skriv lösnings-ID:t först; du hittar det i Partnercenters lösningskatalog.

## CS302 solution-currency (error, row)
cs302-title = En Solution-cell med en valuta som inte följer ISO 4217
cs302-checks = Den andra delen av en Solution N-cell, när den anges, är en valutakod enligt ISO 4217.
cs302-why = Partnercenter läser lösningens pris i den valutan.
cs302-example = `SOL-1234-PQRS, dollars, 10, 100` ger: Ogiltig valuta 'dollars' i Solution 1: använd en ISO 4217-kod på tre bokstäver, till exempel USD
cs302-fix = Skriv koden på tre bokstäver, eller lämna delen tom.
cs302-offers = ISO 4217-koden för en entydig valuta i Solution-cellen (resten av cellen behålls).

## CS303 solution-price (error, row)
cs303-title = En Solution-cell med ett pris som inte är ett enkelt tal
cs303-checks = Den tredje delen av en Solution N-cell, när den anges, är ett decimaltal på 0 eller mer (bara siffror och `.`).
cs303-why = Partnercenter läser priset som ett decimaltal.
cs303-example = `SOL-1234-PQRS, USD, ten, 100` ger: Ogiltigt pris 'ten' i Solution 1: använd bara siffror och ., t.ex. 10.50
cs303-fix = Skriv priset med bara siffror och `.`.
cs303-offers = Priset utan valutasymboler eller avgränsare i Solution-cellen (resten av cellen behålls).

## CS304 solution-quantity (error, row)
cs304-title = En Solution-cell med ett antal som inte är ett heltal på 1 eller mer
cs304-checks = Den fjärde delen av en Solution N-cell, när den anges, är ett heltal på 1 eller mer.
cs304-why = Partnercenter läser antalet som ett antal SKU:er.
cs304-example = `SOL-1234-PQRS, USD, 10, 0` ger: Ogiltigt antal '0' i Solution 1: använd ett heltal på 1 eller mer
cs304-fix = Skriv antalet som ett heltal.

## CS305 solution-parts (error, row)
cs305-title = En Solution-cell med fler än fyra delar
cs305-checks = En Solution N-cell har högst fyra kommaavgränsade delar: ID, valuta, pris, antal.
cs305-why = En femte del är oftast ett pris som skrivits med tusentalsavgränsare (`1,000`), vilket förskjuter antalet.
cs305-example = `SOL-1234-PQRS, USD, 1,000, 100` ger: För många delar i Solution 1: hittade 5, förväntade högst 4 (ID, valuta, pris, antal) …
cs305-fix = Skriv priset utan tusentalsavgränsare; en lösning per Solution N-kolumn.

## CS311 team-member-parts (error, row)
cs311-title = En Team member-cell utan sina fyra delar
cs311-checks = En ifylld Team member N-cell har exakt fyra kommaavgränsade delar: förnamn, efternamn, mobilnummer, e-postadress.
cs311-why = Partnercenter läser teammedlemmens delar efter position.
cs311-example = `Bob Partner, bob@contoso.com` ger: Ofullständigt värde i Team member 1: hittade 2 delar, förväntade 4 (förnamn, efternamn, mobilnummer, e-postadress)
cs311-fix = Skriv `First, Last, mobile, email` (förnamn, efternamn, mobilnummer, e-postadress), t.ex. Bob, Partner, 999999, bob.partner@contoso.com.

## CS312 team-member-name (error, row)
cs312-title = En Team member-cell utan förnamn eller efternamn
cs312-checks = Förnamnet och efternamnet i en Team member N-cell är ifyllda.
cs312-why = Microsofts säljare behöver veta vem de ska kontakta.
cs312-example = `, Partner, 999999, bob@contoso.com` ger: Förnamn saknas i Team member 1
cs312-fix = Skriv teammedlemmens förnamn och efternamn.

## CS313 team-member-email (error, row)
cs313-title = En Team member-cell med en ogiltig e-postadress
cs313-checks = Den fjärde delen av en Team member N-cell är en e-postadress (ett `@`, en domän med en punkt, inga mellanslag).
cs313-why = Teammedlemmar nås och matchas via sin e-postadress.
cs313-example = `Bob, Partner, 999999, bob.partner` ger: Ogiltig e-postadress 'bob.partner' i Team member 1
cs313-fix = Skriv teammedlemmens e-postadress på jobbet.

## CS401 duplicate-referral (error, row)
cs401-title = Samma Referral ID två gånger i filen
cs401-checks = Varje Referral ID förekommer bara på en rad; den andra raden och senare rader med samma ID får felet.
cs401-why = Två rader som uppdaterar samma affär står i konflikt med varandra; vilken som vinner är inte definierat.
cs401-example = Ett Referral ID som redan finns på rad 2 ger: Dubblerat Referral ID 'ebacdkdc-0b84-4ac4-b4ea-5b2587d42cee' (även på rad 2)
cs401-fix = Behåll en rad per affär, med alla dess ändringar.

## CS402 formula (warning, row)
cs402-title = En cell som Excel skulle köra som en formel
cs402-checks = Varje cell som börjar med `=`, `@`, en tabb eller en vagnretur, eller med `+` eller `-` följt av något som inte är ett tal eller ett telefonnummer skrivet med mellanslag eller parenteser. Ett telefonnummer med siffror och bindestreck (`+1-425-555-0100`) är aritmetik för Excel (1 − 425 − 555 − 100) och rapporteras. Cellen behålls exakt som den är i den kommenterade filen.
cs402-why = När filen öppnas i Excel körs en sådan cell som en formel: i bästa fall ersätter felet `#NAME?` (i svensk Excel #NAMN?) texten, i värsta fall körs ett kommando (CSV-injektion).
cs402-example = `=HYPERLINK("http://example.com")` i Notes ger: Cellen i Notes börjar med '=': Excel kommer att köra den som en formel
cs402-fix = Ta bort det inledande tecknet, eller låt cellen börja med en bokstav; om den kommer från någon annan, kontrollera den innan du öppnar filen i Excel.

## CS403 nul-character (error, row)
cs403-title = En cell med ett NUL-tecken
cs403-checks = Celler som innehåller det osynliga NUL-tecknet (byte 0), som skadade filer och vissa exporter lämnar efter sig. (En fil med många NUL-byte läses inte alls: den är binär, inte text.)
cs403-why = Partnercenter kan inte spara tecknet och avvisar raden; Excel visar det inte, så det är svårt att hitta.
cs403-example = `Contoso\0` i Customer Name ger: Cellen i Customer Name innehåller ett NUL-tecken (byte 0), osynligt i Excel: skriv om cellen
cs403-fix = Skriv om cellen; om många celler har det, spara filen igen från programmet som skapade den.

## CS501 workbook-sheets (warning, file)
cs501-title = Flera blad i arbetsboken innehåller affärer
cs501-checks = De blad i en arbetsbok (utom dolda blad) som har en rubrikrad från mallen bland sina första 20 rader med värden. Det första bladet läses; den här regeln nämner de andra.
cs501-why = Partnercenter tar emot en CSV-fil per uppladdning: de andra bladen finns varken i filen som det här verktyget kontrollerade eller i de filer som det skapar.
cs501-example = En arbetsbok med affärer i bladen `Deals` och `Deals (2)`, som båda börjar med rubrikraden, ger: Bladet 'Deals' lästes; 'Deals (2)' börjar också med mallens rubrikrad och kontrollerades inte: kontrollera varje blad för sig
cs501-fix = Kontrollera varje blad för sig (`cosell check deals.xlsx --sheet NAMN`, alternativet `sheet` i `validateBytes`), eller kopiera raderna med affärer till ett och samma blad.

## CS502 workbook-no-header (error, file)
cs502-title = Inget blad i arbetsboken börjar med mallens rubrikrad
cs502-checks = Om något blad i en arbetsbok (utom dolda blad) har en rubrikrad från mallen (en rad med minst två av mallarnas kolumnnamn) bland sina första 20 rader med värden. Om inget blad har det kontrolleras det första bladet med celler, och den här regeln räknar upp varje blad med vad dess första rad innehåller.
cs502-why = Partnercenter läser CSV-filens första rad som rubrikrad: ett blad som börjar med en titel, anteckningar eller en annan tabell kan inte laddas upp som det är.
cs502-example = En arbetsbok med ett blad som börjar med `Name, Amount` och ett dolt blad med affärerna ger: Inget blad i den här arbetsboken börjar med mallens rubrikrad: 'Sheet1' börjar med Name, Amount och 'Archive' (dolt) börjar med mallens rubrikrad men är dolt: ange bladets namn för att kontrollera det. Bladet 'Sheet1' kontrollerades
cs502-fix = Lägg affärerna i ett blad vars första rad är rubrikraden i Partnercenters mall, eller välj det blad som har den (`--sheet`); ett dolt blad läses bara när det väljs.

## CS503 workbook-layout (warning, file)
cs503-title = Rubrikraden står inte i bladets första rad eller kolumn
cs503-checks = Om rubrikradens första cell i en arbetsbok är A1. Rader ovanför den (en titel, anteckningar) och tomma kolumner före den utelämnas ur den CSV-fil som görs av bladet.
cs503-why = Partnercenter läser filens första rad som rubrikrad. Radnumren i den här rapporten är CSV-filens; varje anmärkning anger också sin cell i arbetsboken.
cs503-example = Ett blad med en titel i A1 och affärernas rubrikrad på rad 3, från kolumn B, ger: Rubrikraden börjar i Deals!B3, inte i A1: raderna ovanför den och kolumnerna till vänster om den ingår inte i CSV-filen, vars rad 2 är bladets rad 4; varje anmärkning anger sin cell i arbetsboken
cs503-fix = Ingenting, om raderna ovanför rubrikraden bara var en titel: CSV-filerna som det här verktyget gör börjar med rubrikraden. Ta bort raderna ovanför rubrikraden i arbetsboken.

## CS504 workbook-merged (warning, row)
cs504-title = Sammanfogade celler över flera rader
cs504-checks = Sammanfogade celler i en arbetsbok som sträcker sig över mer än en rad under rubrikraden.
cs504-why = Ett sammanfogat område har sitt värde bara i sin första cell: sparat som CSV blir kolumnen tom på raderna under den, något som Excels visning dolde.
cs504-example = `Contoso Corporation` i Customer Name, sammanfogat över D2:D3, ger: Cellerna D2:D3 är sammanfogade i arbetsboken: bara den här raden har värdet Contoso Corporation; på de andra raderna är Customer Name tomt
cs504-fix = Dela upp cellerna i Excel (Start › Sammanfoga och centrera › Dela upp celler, i engelsk Excel Home › Merge & Center › Unmerge Cells) och fyll i värdet på varje rad.

## CS505 workbook-number-code (warning, row)
cs505-title = En kod som är lagrad som ett tal i arbetsboken
cs505-checks = Ett tal i en arbetsbok, i en kolumn som innehåller koder: ett postnummer som är kortare än landets fem siffror (US, DE, FR, IT, ES, FI, MX, MY), ett D-U-N-S-nummer som är kortare än nio siffror, ett telefonnummer, och ett ID (Referral ID, Engagement ID, CRM ID, MSX ID) med fler än 15 siffror. För en sådan cell ersätter regeln CS217, CS218 och CS220: arbetsboken visar säkert det som de reglerna gissar sig till.
cs505-why = Ett tal har ingen inledande nolla och inget `+`, och Excel behåller 15 värdesiffror: `02134` som skrivs in i en cell formaterad som tal lagras som 2134.
cs505-example = `2134` lagrat som ett tal, med Customer Country US, ger: Customer Postal code är lagrat som ett tal i arbetsboken (2134): den inledande nollan har försvunnit; skriv 02134
cs505-fix = Skriv koden som text: formatera kolumnen som Text i Excel innan du skriver, eller skriv en apostrof först ('02134).
cs505-offers = De nollor som ett tal har tappat, där längden är säker: ett postnummer i ett land med femsiffriga postnummer, ett D-U-N-S-nummer.

## CS506 workbook-number-date (warning, row)
cs506-title = Ett tal i en datumkolumn i arbetsboken
cs506-checks = Ett tal i en arbetsbok (inte en cell formaterad som datum) i Estimated Close Date: det skrivs som det datum som Excels tal står för, M/D/YYYY.
cs506-why = Excel lagrar datum som antal dagar sedan 1900; en cell som har tappat sitt datumformat visar talet (46417), som Partnercenter skulle avvisa.
cs506-example = `46417` i Estimated Close Date ger: Estimated Close Date innehåller talet 46417 i arbetsboken, inte ett datum: talet skrivs som det datum det står för, 1/30/2027
cs506-fix = Kontrollera att datumet är det som avsågs; formatera kolumnen som datum i Excel.

## CS507 workbook-date-cell (warning, row)
cs507-title = Ett datum i en kolumn som inte innehåller datum
cs507-checks = En cell i en arbetsbok som är formaterad som datum, i en annan kolumn än en datumkolumn: den skrivs som M/D/YYYY.
cs507-why = Excel gör om viss inskriven text till datum (`1-2`, `Jan 2`, `3/4`): ett namn, en kod eller en anteckning kan ha ändrats redan när den skrevs in.
cs507-example = En datumcell i Deal Name ger: Deal Name innehåller ett datum i arbetsboken, skrivet som 1/2/2027: Excel gör om viss inskriven text (1-2, Jan 2) till datum; kontrollera värdet
cs507-fix = Skriv in värdet igen i en cell som är formaterad som Text.

## CS508 workbook-formula (warning, row)
cs508-title = En formel i arbetsboken
cs508-checks = En cell i en arbetsbok som innehåller en formel: CSV-filen får det värde som arbetsboken senast beräknade (det cachelagrade värdet).
cs508-why = Partnercenter får värdet, inte formeln; en arbetsbok som har sparats av ett program som inte räknar om kan innehålla ett gammalt värde.
cs508-example = `=12000+563` i Estimated Deal Value ger: Estimated Deal Value innehåller formeln =12000+563 i arbetsboken: uppladdningen får formelns värde, 12563, inte själva formeln
cs508-fix = Ingenting, om värdet är rätt. Annars öppnar du arbetsboken i Excel, låter den räkna om och sparar den.

## CS509 workbook-error-value (error, row)
cs509-title = Ett felvärde i arbetsboken
cs509-checks = En cell i en arbetsbok som innehåller något av Excels felvärden (`#N/A`, `#REF!`, `#VALUE!`, `#DIV/0!`, `#NAME?`, `#NUM!`, `#NULL!`; i svensk Excel #SAKNAS!, #REFERENS!, #VÄRDEFEL!, #DIVISION/0!, #NAMN?, #OGILTIGT!, #SKÄRNING!). CSV-filen får felet så som Excel skriver det; andra regler säger inget om den cellen.
cs509-why = Sparat som CSV blir felet cellens text, som Partnercenter avvisar eller sparar som den är.
cs509-example = `#N/A` i Estimated Deal Value ger: Estimated Deal Value innehåller Excels felvärde #N/A i arbetsboken: skriv själva värdet
cs509-fix = Åtgärda formeln, eller skriv in själva värdet.

## CS601 baseline-unusable (warning, file)
cs601-title = Exporten att jämföra med kunde inte användas
cs601-checks = Att den fil som anges för jämförelsen (`--baseline`, bindningens alternativ `baseline`, den andra släppytan på sidan) är en export av samförsäljningsmöjligheter: text (eller en arbetsbok) med en rubrikrad som har en Referral ID-kolumn, och minst en rad med ett Referral ID. Allt annat (en bild, en tom fil, en annan fil för Partnercenters massåtgärder, en fil utan Referral ID) används inte; filen kontrolleras då utan den.
cs601-why = Utan exporten går det inte att säga vad en rad som uppdaterar en affär ändrar, och reglerna CS603–CS611 säger ingenting.
cs601-example = En kontaktlista (Name, Email, Phone) som anges som export ger: Exporten att jämföra med användes inte, och den här filen kontrollerades utan den: den har ingen Referral ID-kolumn …
cs601-fix = Ladda ned den senaste exporten av dina samförsäljningsmöjligheter från Partnercenter (Hänvisningar › Samförsäljningsmöjligheter › Exportera, i engelskt gränssnitt Referrals › Co-sell opportunities › Export) och ange den filen.

## CS602 baseline-duplicate (warning, file)
cs602-title = Exporten har ett Referral ID på mer än en rad
cs602-checks = Att varje Referral ID förekommer på en enda rad i exporten. De affärer vars Referral ID finns på flera rader (högst fem nämns, resten räknas) jämförs inte: det går inte att avgöra vilken av raderna som visar affären så som den ser ut nu.
cs602-why = Partnercenter exporterar varje affär en gång. Två rader med samma Referral ID är två exporter som har klistrats ihop, eller en redigerad export: en jämförelse med någon av raderna skulle kunna rapportera ändringar som inte finns.
cs602-example = En export med samma Referral ID på rad 2 och 4 ger: Exporten att jämföra med har samma Referral ID på mer än en rad: ebacdkdc-0b84-4ac4-b4ea-5b2587d42cee (rad 2 och 4) …
cs602-fix = Ladda ned en ny export från Partnercenter och jämför med den utan att redigera den.

## CS603 terminal-changed (error, row)
cs603-title = En ändring av en affär som är Won, Lost, Declined, Expired eller stängd med Error
cs603-checks = En rad som uppdaterar en affär som exporten visar med Partner Referral Substatus Won, Lost, Declined eller Expired (eller Error, som stänger en affär som skapats av misstag), och som ändrar någon kolumn, Notes inräknat. Ändringarna nämns. (En ändring av Estimated Deal Value för en affär som är Won eller Lost hör till CS609, som anmärker på den cellen.)
cs603-why = Partnercenters sida: "Inga åtgärder tillåts när en affär har nått ett slutligt tillstånd, till exempel Declined, Expired, Won eller Lost". Raden avvisas, och massuppdateringar kan inte ångras.
cs603-example = En rad som ändrar Notes för en affär som är Won i exporten ger: Den här affären är Won i exporten: Partnercenter tillåter inga åtgärder på en affär i ett slutligt tillstånd, så den här radens ändringar (Notes) kommer att avvisas
cs603-fix = Ta inte med raden i uppladdningen. Om affären verkligen måste ändras är det en ny affär: skapa den utan Referral ID.

## CS604 terminal-unchanged (warning, row)
cs604-title = En affär i ett slutligt tillstånd som har kopierats med oförändrad
cs604-checks = En rad som uppdaterar en affär och är identisk med affären i exporten, där affären är Won, Lost, Declined, Expired eller stängd med Error.
cs604-why = Partnercenter tillåter inga åtgärder på affären, så det hoppar över raden (eller svarar med ett fel på den), och raden skymmer de rader som spelar roll.
cs604-example = En oförändrad rad för en affär som är Lost i exporten ger: Den här affären är Lost i exporten och den här raden ändrar ingenting: Partnercenter tillåter inga åtgärder på den och kommer att hoppa över raden; ta inte med den i uppladdningen
cs604-fix = Ta inte med raden i uppladdningen: på sidan utelämnar ”Klara att ladda upp” alla oförändrade rader så länge rutan är kryssad (bindningens `readyToUpload` kan också det).

## CS605 status-move (error, row)
cs605-title = En Partner Referral Status som går bakåt
cs605-checks = En rad som uppdaterar en affär, där Partner Referral Status ändras från exportens på ett sätt som övergångstabellen inte tillåter: New får bli New, Active eller Closed; Active får bli Active eller Closed; Closed förblir Closed. Den substatus som hör till den nya statusen kontrolleras av CS205, och ändringar av en affär som är Closed av CS603.
cs605-why = Statusvärden går bara framåt (referral-API:ets övergångstabell i FACTS.md); Partnercenter avvisar raden.
cs605-example = `New` för en affär som är Active i exporten ger: Partner Referral Status kan inte ändras från Active till New: en affär som är Active i exporten kan bara bli Active eller Closed
cs605-fix = Behåll exportens status, eller flytta den framåt.

## CS606 read-only-changed (error, row)
cs606-title = En skrivskyddad kolumn har ändrats
cs606-checks = En rad som uppdaterar en affär och ändrar exportens värde i en kolumn som sidan för den aktuella mallen anger som skrivskyddad för den här affären: när affären har skapats (Customer Name, adressraderna, City, State, Postal code, Country, D-U-N-S ID, Consent, PartnerID); när värdet väl är Yes (Share with Microsoft sales team, Microsoft help required?, när exporten säger Yes); när ett nummer väl har angetts (What specific help from Microsoft?, när exporten har ett). Ett fel, eftersom exporten visar att villkoret är uppfyllt: affären finns, Yes eller numret står där. Sidan för mallen från 2021 säger bara att "en delmängd" av kolumnerna är skrivskyddade; samma listor tillämpas på filer i mallen från 2021, eftersom det är samma Partnercenter som tar emot dem i dag.
cs606-why = Partnercenter tar inte emot ändringen (sidan: sådana fält "kan inte uppdateras"), och om det avvisar raden eller ignorerar cellen är inte dokumenterat; i båda fallen går ändringen förlorad.
cs606-example = `Contoso Ltd` i Customer Name för en affär där exporten har `Contoso` ger: Customer Name kan inte ändras när affären väl har skapats: exporten har 'Contoso', den här raden 'Contoso Ltd'
cs606-fix = Skriv tillbaka exportens värde (det föreslås som åtgärd, utom för Consent, som bara partnern kan ge). För att byta kund stänger du affären och skapar en ny.
cs606-offers = Cellens värde i exporten, så som det står där (aldrig för Consent).

## CS607 read-only-shared (warning, row)
cs607-title = En kolumn som är skrivskyddad när affären väl har delats har ändrats
cs607-checks = En rad som uppdaterar en affär och ändrar exportens värde i en kolumn som är skrivskyddad när affären väl har delats med Microsoft: de fyra Customer Contact-kolumnerna och Notes to Microsoft. En varning: om affären har delats framgår inte av exporten.
cs607-why = När affären har delats första gången tar Partnercenter inte emot ändringar i de här kolumnerna.
cs607-example = `jane@contoso.com` i Customer Contact Email Address där exporten har `john@contoso.com` ger: Customer Contact Email Address kan inte ändras när affären väl har delats med Microsoft …
cs607-fix = Om affären har delats med Microsoft: skriv tillbaka exportens värde (det föreslås som åtgärd).
cs607-offers = Cellens värde i exporten.

## CS608 filled-by-partner-center (warning, row)
cs608-title = En kolumn som Partnercenter fyller i har ändrats
cs608-checks = En rad som uppdaterar en affär och ändrar exportens värde i en kolumn som Partnercenter fyller i och aldrig tar från filen: Microsoft Referral Status, Microsoft MSX ID, Migrated PSC Deal ID, Microsoft team member N (och Microsoft Referral Substatus och Created Date, som finns i nyare exporter). Engagement ID hör till CS611.
cs608-why = Sidan anger de här kolumnerna som skrivskyddade: det som filen säger ignoreras, så ändringen går förlorad utan ett ord.
cs608-example = `Won` i Microsoft Referral Status där exporten har `Active` ger: Microsoft Referral Status fylls i av Partnercenter: ändringen från 'Active' till 'Won' kommer att ignoreras
cs608-fix = Skriv tillbaka exportens värde (det föreslås som åtgärd), eller låt cellen vara som i exporten.
cs608-offers = Cellens värde i exporten.

## CS609 deal-value-closed (error, row)
cs609-title = Estimated Deal Value har ändrats på en affär som är Won eller Lost
cs609-checks = En rad som uppdaterar en affär som är Won eller Lost i exporten och ändrar dess Estimated Deal Value (jämfört som tal: `25000` och `25000.00` är samma värde).
cs609-why = Partnercenter: "Estimated Deal Value kan ändras tills affären är Won eller Lost".
cs609-example = `30000` för en affär som är Won i exporten med `25000` ger: Estimated Deal Value kan inte ändras när en affär väl är Won: exporten har '25000', den här raden '30000'
cs609-fix = Skriv tillbaka exportens värde (det föreslås som åtgärd), och ta inte med raden om den inte ändrar något annat.
cs609-offers = Cellens värde i exporten.

## CS610 not-in-export (warning, row)
cs610-title = Ett Referral ID som inte finns i exporten
cs610-checks = En rad vars Referral ID inte finns i exporten. När ett Referral ID i exporten skiljer sig med bara ett eller två tecken (ett skrivfel, ett tecken som försvann vid kopieringen) nämns det med sin rad. En varning: en export kan vara filtrerad (på datum, på status), så en affär som saknas i den kan ändå vara din.
cs610-why = Partnercenter uppdaterar bara partnerns egna affärer: ett Referral ID som inte hör till någon av dem, felskrivet eller inklistrat från en annan fil, avvisas.
cs610-example = Ett Referral ID som skiljer sig med ett tecken från ett i exporten ger: Referral ID 'ebacdkdc-0b84-4ac4-b4ea-5b2587d42cef' finns inte i exporten, men det gör ebacdkdc-0b84-4ac4-b4ea-5b2587d42cee (rad 2 i exporten), som skiljer sig med ett eller två tecken: kontrollera ID:t
cs610-fix = Kopiera Referral ID:t från exporten igen; om affären saknas i exporten för att exporten är filtrerad, exportera alla affärer och jämför igen.

## CS611 engagement-id-differs (error, row)
cs611-title = Ett Engagement ID som skiljer sig från exportens
cs611-checks = En rad som uppdaterar en affär och vars Engagement ID, där båda filerna har ett, inte är exportens för samma Referral ID.
cs611-why = Engagement ID är skrivskyddat och knyter affären till Microsofts engagemang: ett annat ID betyder att raden blandar ihop två affärer (en rad som har klistrats in över en annan, en kolumn som har förskjutits).
cs611-example = En annan affärs Engagement ID ger: Engagement ID 'E-2001' skiljer sig från exportens 'E-1001' för samma Referral ID: Partnercenter godtar inte raden som en rad för den affären
cs611-fix = Skriv tillbaka exportens Engagement ID (det föreslås som åtgärd), och jämför resten av raden med exporten.
cs611-offers = Exportens Engagement ID.
