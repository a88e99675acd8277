<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu_HU">
<context>
    <name>AnalysisTab</name>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="91"/>
        <source>&amp;Guide:</source>
        <translation>&amp;Útmutató:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="91"/>
        <source>&amp;Question:</source>
        <translation>&amp;Kérdés:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="92"/>
        <source>Co&amp;mpare by:</source>
        <translation>Össze&amp;hasonlítás:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="92"/>
        <source>Ca&amp;tegory:</source>
        <translation>Ka&amp;tegória:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="93"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Ország:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="93"/>
        <source>&amp;Event:</source>
        <translation>&amp;Rendezvény:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="94"/>
        <source>&amp;Year:</source>
        <translation>É&amp;v:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="110"/>
        <source>nothing</source>
        <translation>semmi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="110"/>
        <source>category</source>
        <translation>kategória</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="111"/>
        <source>country</source>
        <translation>ország</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="111"/>
        <source>event</source>
        <translation>rendezvény</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="112"/>
        <source>year</source>
        <translation>év</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="146"/>
        <source>Interviews per event</source>
        <translation>Interjúk rendezvényenként</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="165"/>
        <source>Answer</source>
        <translation>Válasz</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="166"/>
        <source>Category</source>
        <translation>Kategória</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="167"/>
        <source>Country</source>
        <translation>Ország</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="169"/>
        <source>Priorities</source>
        <translation>Prioritások</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="171"/>
        <source>Codes</source>
        <translation>Kódok</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="176"/>
        <source>Event</source>
        <translation>Rendezvény</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="177"/>
        <source>Completed</source>
        <translation>Befejezett</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="179"/>
        <source>Drafts</source>
        <translation>Piszkozatok</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="199"/>
        <source>free codes, comma-separated</source>
        <translation>szabad kódok, vesszővel elválasztva</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="200"/>
        <source>Co&amp;des:</source>
        <translation>Kó&amp;dok:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="202"/>
        <source>Save codin&amp;g</source>
        <translation>Kódolás &amp;mentése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="204"/>
        <source>Save the ticked priorities and codes for the selected answer (Enter in the codes box)</source>
        <translation>A bejelölt prioritások és kódok mentése a kijelölt válaszhoz (Enter a kódok mezőjében)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="244"/>
        <source>Loading…</source>
        <translation>Betöltés…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="267"/>
        <source>all</source>
        <translation>mind</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="305"/>
        <source>Counting…</source>
        <translation>Számolás…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="314"/>
        <source>No question chosen</source>
        <translation>Nincs kiválasztott kérdés</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="346"/>
        <source>%Ln respondents answered.</source>
        <translation>
            <numerusform>%Ln válaszadó válaszolt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="176"/>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="336"/>
        <source>(no event)</source>
        <translation>(nincs rendezvény)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="322"/>
        <source>%Ln open answers</source>
        <translation>
            <numerusform>%Ln nyitott válasz</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="337"/>
        <source>all respondents</source>
        <translation>minden válaszadó</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="341"/>
        <source>yes</source>
        <translation>igen</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="341"/>
        <source>no</source>
        <translation>nem</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="348"/>
        <source>Mean: {mean}</source>
        <translation>Átlag: {mean}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="379"/>
        <source>Code an open answer</source>
        <translation>Nyitott válasz kódolása</translation>
    </message>
</context>
<context>
    <name>AttendanceMatrixView</name>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="382"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Szűrő:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="383"/>
        <source>Any part of a name, organisation or town</source>
        <translation>A név, a szervezet vagy a település bármely része</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="385"/>
        <source>Marking a signed paper sheet: arrows move, Space ticks or unticks (every selected box at once; Shift+arrows select), Ctrl+Z undoes. Ticks made here are recorded as “paper sheet”.</source>
        <translation>Aláírt papíralapú jelenléti ív rögzítése: a nyilak mozgatnak, a Szóköz bejelöli vagy törli a jelölést (egyszerre minden kijelölt mezőben; Shift+nyilak: kijelölés), a Ctrl+Z visszavon. Az itt tett jelölések „papíralapú ív” módszerrel kerülnek rögzítésre.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="428"/>
        <source>No event chosen</source>
        <translation>Nincs kiválasztott rendezvény</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="429"/>
        <source>Nobody registered or present yet</source>
        <translation>Még senki sem regisztrált vagy jelent meg</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="431"/>
        <source>{people} people · {sessions} sessions · {ticks} present in all</source>
        <translation>{people} személy · {sessions} programpont · összesen {ticks} jelenlét</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="465"/>
        <source>Tick %Ln attendances</source>
        <translation>
            <numerusform>%Ln jelenlét bejelölése</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="466"/>
        <source>Untick %Ln attendances</source>
        <translation>
            <numerusform>%Ln jelenlét jelölésének törlése</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="467"/>
        <source>Change %Ln attendances</source>
        <translation>
            <numerusform>%Ln jelenlét módosítása</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckinDesk</name>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="188"/>
        <source>Country</source>
        <translation>Ország</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="189"/>
        <source>unknown</source>
        <translation>ismeretlen</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="190"/>
        <source>Present</source>
        <translation>Jelen van</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="411"/>
        <source>&amp;Session:</source>
        <translation>&amp;Programpont:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="412"/>
        <source>&amp;Walk-in…</source>
        <translation>&amp;Helyszíni jelentkező…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="413"/>
        <source>Register someone who is not in the list and check them in (Ctrl+N)</source>
        <translation>A listában nem szereplő személy regisztrálása és érkeztetése (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="416"/>
        <source>Type a name, organisation or town — or scan a badge</source>
        <translation>Írjon be egy nevet, szervezetet vagy települést – vagy olvasson be egy névkártyát</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="417"/>
        <source>This session</source>
        <translation>Ez a programpont</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="419"/>
        <source>Enter: check in the highlighted person   ·   ↑ ↓: choose   ·   Ctrl+Z: undo the last check-in   ·   Ctrl+N: walk-in   ·   Esc: clear</source>
        <translation>Enter: a kiemelt személy érkeztetése   ·   ↑ ↓: választás   ·   Ctrl+Z: az utolsó érkeztetés visszavonása   ·   Ctrl+N: helyszíni jelentkező   ·   Esc: törlés</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="485"/>
        <source>No event chosen</source>
        <translation>Nincs kiválasztott rendezvény</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="487"/>
        <source>Choose the current event in the toolbar to check people in.</source>
        <translation>Az érkeztetéshez válassza ki az aktuális rendezvényt az eszköztáron.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="491"/>
        <source>{title} — {place}</source>
        <translation>{title} – {place}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="494"/>
        <source>This event has no sessions yet.</source>
        <translation>Ennek a rendezvénynek még nincsenek programpontjai.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="495"/>
        <source>Add its programme in the Events section.</source>
        <translation>A programot a Rendezvények részben adhatja meg.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="657"/>
        <source>Nobody found for “{text}”.</source>
        <translation>Nincs találat erre: „{text}”.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="658"/>
        <source>Check the spelling, or press Ctrl+N to register a walk-in.</source>
        <translation>Ellenőrizze a helyesírást, vagy nyomja meg a Ctrl+N billentyűkombinációt egy helyszíni jelentkező regisztrálásához.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="688"/>
        <source>Badge not accepted</source>
        <translation>A névkártya nem fogadható el</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="716"/>
        <source>Check in {name}</source>
        <translation>Érkeztetés: {name}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="724"/>
        <source>{name} is already checked in</source>
        <translation>{name} már érkeztetve van</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="725"/>
        <source>{where} — since {time}</source>
        <translation>{where} – {time} óta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="727"/>
        <source>since {time}</source>
        <translation>{time} óta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="732"/>
        <source>{where} — now registered for this event</source>
        <translation>{where} – most regisztrálva erre a rendezvényre</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="733"/>
        <source>now registered for this event</source>
        <translation>most regisztrálva erre a rendezvényre</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="741"/>
        <source>Check-in of {name} undone</source>
        <translation>{name} érkeztetése visszavonva</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="742"/>
        <source>Press Ctrl+Shift+Z to check them in again.</source>
        <translation>Az ismételt érkeztetéshez nyomja meg a Ctrl+Shift+Z billentyűkombinációt.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="754"/>
        <source>Type a name, organisation or town, or scan a badge. Enter checks in.</source>
        <translation>Írjon be egy nevet, szervezetet vagy települést, vagy olvasson be egy névkártyát. Az Enter érkeztet.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="818"/>
        <source>present / registered</source>
        <translation>jelen van / regisztrált</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="821"/>
        <source>Local: {count}</source>
        <translation>Helyi: {count}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="823"/>
        <source>International: {count} ({share} %)</source>
        <translation>Nemzetközi: {count} ({share} %)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="827"/>
        <source>⚠ International participants are below one third of those present ({international} of {present}). The grant counts this event as international only with at least one third from abroad.</source>
        <translation>⚠ A nemzetközi résztvevők aránya a jelenlévők egyharmada alatt van ({international} / {present}). A támogatás csak akkor tekinti nemzetközinek a rendezvényt, ha a résztvevők legalább egyharmada külföldről érkezik.</translation>
    </message>
</context>
<context>
    <name>CheckinSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="859"/>
        <source>&amp;Desk</source>
        <translation>&amp;Pult</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="860"/>
        <source>Attendance &amp;matrix</source>
        <translation>&amp;Jelenléti mátrix</translation>
    </message>
</context>
<context>
    <name>Compendium</name>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_printing.py" line="40"/>
        <source>Saved {path}.</source>
        <translation>Mentve: {path}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_printing.py" line="47"/>
        <source>Writing {path}…</source>
        <translation>Írás: {path}…</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="170"/>
        <source>No open conflicts. When two laptops change the same field, both values show here.</source>
        <translation>Nincs nyitott ütközés. Ha két laptop ugyanazt a mezőt módosítja, itt mindkét érték megjelenik.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="173"/>
        <source>&amp;Restore this value</source>
        <translation>Érték &amp;visszaállítása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="175"/>
        <source>Put the losing value back, as a new edit made on this laptop</source>
        <translation>A vesztes érték visszaállítása, ezen a laptopon végzett új módosításként</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="182"/>
        <source>When two laptops changed the same field, one value wins everywhere; the other is kept here so you can put it back.</source>
        <translation>Ha két laptop ugyanazt a mezőt módosította, az egyik érték mindenhol nyer; a másikat itt őrizzük meg, hogy visszaállíthassa.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="195"/>
        <source>Open conflicts: {n}</source>
        <translation>Nyitott ütközések: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="196"/>
        <source>No open conflicts.</source>
        <translation>Nincs nyitott ütközés.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="219"/>
        <source>Value restored.</source>
        <translation>Érték visszaállítva.</translation>
    </message>
</context>
<context>
    <name>ConsentTextDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="43"/>
        <source>Consent text</source>
        <translation>Hozzájárulási szöveg</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="44"/>
        <source>Edit consent text</source>
        <translation>Hozzájárulási szöveg szerkesztése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="49"/>
        <source>e.g. 2021-1</source>
        <translation>pl. 2021-1</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="54"/>
        <source>The wording people read before they agree</source>
        <translation>A szöveg, amelyet az érintettek a hozzájárulás előtt elolvasnak</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="63"/>
        <source>&amp;Consent to:</source>
        <translation>&amp;Hozzájárulás tárgya:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="64"/>
        <source>&amp;Version:</source>
        <translation>&amp;Verzió:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="65"/>
        <source>&amp;Language:</source>
        <translation>&amp;Nyelv:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="66"/>
        <source>&amp;Text:</source>
        <translation>&amp;Szöveg:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="93"/>
        <source>New consent text {version}</source>
        <translation>Új hozzájárulási szöveg: {version}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="102"/>
        <source>Edit consent text {version}</source>
        <translation>Hozzájárulási szöveg szerkesztése: {version}</translation>
    </message>
</context>
<context>
    <name>DeskModel</name>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="97"/>
        <source>{role}, {status}</source>
        <translation>{role}, {status}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="99"/>
        <source>not registered</source>
        <translation>nem regisztrált</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="104"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="106"/>
        <source>Organisation</source>
        <translation>Szervezet</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="107"/>
        <source>Town</source>
        <translation>Település</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="108"/>
        <source>Country</source>
        <translation>Ország</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="109"/>
        <source>Registration</source>
        <translation>Regisztráció</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="174"/>
        <source>Checked in at {time}</source>
        <translation>Érkeztetve: {time}</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="133"/>
        <source>Duplicate event</source>
        <translation>Rendezvény másolása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="142"/>
        <source>A copy of “{title}” with its programme, moved to the new dates. Registrations are not copied.</source>
        <translation>„{title}” másolata a programjával együtt, az új időpontra áthelyezve. A regisztrációk nem másolódnak át.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="145"/>
        <source>&amp;Title:</source>
        <translation>&amp;Cím:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="146"/>
        <source>&amp;Starts on:</source>
        <translation>&amp;Kezdés napja:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="159"/>
        <source>Duplicate event “{title}”</source>
        <translation>„{title}” rendezvény másolása</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="53"/>
        <source>Person</source>
        <translation>Személy</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="55"/>
        <location filename="../ecnet_desktop/ui/people_view.py" line="59"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="56"/>
        <source>Possibly the same as</source>
        <translation>Lehet, hogy azonos vele</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="60"/>
        <source>Why</source>
        <translation>Indok</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="61"/>
        <source>Likeness</source>
        <translation>Hasonlóság</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="71"/>
        <source>Possible duplicates</source>
        <translation>Lehetséges duplikátumok</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/people_view.py" line="87"/>
        <source>%Ln pairs of people may be the same person. Check them before the exchange merges records.</source>
        <translation>
            <numerusform>%Ln személypár lehet ugyanaz a személy. Ellenőrizze őket, mielőtt az adatcsere összevonja a rekordokat.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="89"/>
        <source>No possible duplicates found.</source>
        <translation>Nem található lehetséges duplikátum.</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="239"/>
        <source>Press Find possible duplicates to look for people entered twice.</source>
        <translation>A kétszer felvett személyek kereséséhez nyomja meg a Lehetséges duplikátumok keresése gombot.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="240"/>
        <source>Not searched yet.</source>
        <translation>Még nem történt keresés.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="242"/>
        <source>&amp;Find possible duplicates</source>
        <translation>Lehetséges duplikátumok &amp;keresése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="244"/>
        <source>Look for people who may have been entered twice, on this or another laptop</source>
        <translation>Olyan személyek keresése, akiket talán kétszer vettek fel ezen vagy egy másik laptopon</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="245"/>
        <source>Merge into the fir&amp;st</source>
        <translation>Összevonás az &amp;elsőbe</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="247"/>
        <source>Keep the first person and move the second one&apos;s registrations and check-ins to them</source>
        <translation>Az első személy megtartása, a második regisztrációi és érkeztetései átkerülnek hozzá</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="248"/>
        <source>Merge into the seco&amp;nd</source>
        <translation>Összevonás a &amp;másodikba</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="250"/>
        <source>Keep the second person and move the first one&apos;s registrations and check-ins to them</source>
        <translation>A második személy megtartása, az első regisztrációi és érkeztetései átkerülnek hozzá</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="283"/>
        <source>Looking for duplicates…</source>
        <translation>Duplikátumok keresése…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="291"/>
        <source>Possible duplicates: {n}</source>
        <translation>Lehetséges duplikátumok: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="292"/>
        <source>No possible duplicates.</source>
        <translation>Nincs lehetséges duplikátum.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="302"/>
        <source>Search cancelled.</source>
        <translation>A keresés megszakítva.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="312"/>
        <source>Merge people</source>
        <translation>Személyek összevonása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="313"/>
        <source>Merge {duplicate} into {survivor}? Their registrations and attendance move to {survivor}; the merge travels to every laptop.</source>
        <translation>Összevonja {duplicate} rekordját {survivor} rekordjába? A regisztrációk és a jelenlétek {survivor} rekordjához kerülnek; az összevonás minden laptopra eljut.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="44"/>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="110"/>
        <source>Erase personal data</source>
        <translation>Személyes adatok törlése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="45"/>
        <source>(no name)</source>
        <translation>(nincs név)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="47"/>
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… és még %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="48"/>
        <source>Erase every personal detail of %Ln people:</source>
        <translation>
            <numerusform>%Ln személy minden személyes adatának törlése:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="50"/>
        <source>Erase every personal detail of {name}?</source>
        <translation>Törli {name} minden személyes adatát?</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="55"/>
        <source>&lt;p&gt;&lt;b&gt;Removed for good:&lt;/b&gt; name, e-mail, phone, town, organisation, gender, birth year and consents; their name on notes and interviews; their data in the backups beside the database.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kept, without a name:&lt;/b&gt; country, category, registrations and attendance, so the project&apos;s figures stay right.&lt;/p&gt;&lt;p&gt;The erasure travels to the other laptops with the next exchange workbook; an older workbook cannot bring the data back. It cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Véglegesen törlődik:&lt;/b&gt; név, e-mail-cím, telefonszám, település, szervezet, nem, születési év és hozzájárulások; a személy neve a jegyzeteken és az interjúkon; az adatai az adatbázis melletti biztonsági mentésekben.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Név nélkül megmarad:&lt;/b&gt; ország, kategória, regisztrációk és jelenlétek, hogy a projekt számadatai helyesek maradjanak.&lt;/p&gt;&lt;p&gt;A törlés a következő adatcsere-munkafüzettel eljut a többi laptopra; egy régebbi munkafüzet nem hozhatja vissza az adatokat. A művelet nem vonható vissza.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="63"/>
        <source>I &amp;understand that this cannot be undone</source>
        <translation>Tudomásul &amp;veszem, hogy ez nem vonható vissza</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="65"/>
        <source>&amp;Erase</source>
        <translation>&amp;Törlés</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="87"/>
        <source>Erasing personal data…</source>
        <translation>Személyes adatok törlése…</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="43"/>
        <source>Something went wrong</source>
        <translation>Hiba történt</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="54"/>
        <source>&lt;b&gt;EC-NET Desktop met an unexpected error.&lt;/b&gt;&lt;br&gt;Your work is still open and nothing you typed has been lost. Save or finish what you were doing; if the error comes back, restart the app and send the details below to whoever supports you.</source>
        <translation>&lt;b&gt;Az EC-NET Desktop váratlan hibába ütközött.&lt;/b&gt;&lt;br&gt;A munkája továbbra is nyitva van, és semmi sem veszett el abból, amit begépelt. Mentse vagy fejezze be, amin dolgozott; ha a hiba ismét jelentkezik, indítsa újra az alkalmazást, és küldje el az alábbi részleteket annak, aki a támogatást nyújtja Önnek.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="71"/>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="134"/>
        <source>Show &amp;details</source>
        <translation>&amp;Részletek megjelenítése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="74"/>
        <source>&amp;Copy details</source>
        <translation>Részletek &amp;másolása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="75"/>
        <source>Copy the error and the versions to the clipboard</source>
        <translation>A hiba és a verziók másolása a vágólapra</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="77"/>
        <source>Open &amp;log folder</source>
        <translation>&amp;Naplómappa megnyitása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="104"/>
        <source>What happened: {summary}</source>
        <translation>Mi történt: {summary}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="107"/>
        <source>What happened: {summary} (and {more} more)</source>
        <translation>Mi történt: {summary} (és még {more})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="110"/>
        <source>The log is in {path}</source>
        <translation>A napló helye: {path}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="112"/>
        <source>No log file is being written.</source>
        <translation>Nem készül naplófájl.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="125"/>
        <source>The details are on the clipboard.</source>
        <translation>A részletek a vágólapra kerültek.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="134"/>
        <source>Hide &amp;details</source>
        <translation>&amp;Részletek elrejtése</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="202"/>
        <source>New event</source>
        <translation>Új rendezvény</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="202"/>
        <source>Edit event</source>
        <translation>Rendezvény szerkesztése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="221"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Típus:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="222"/>
        <source>&amp;Title:</source>
        <translation>&amp;Cím:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="223"/>
        <source>Host to&amp;wn:</source>
        <translation>Rendező t&amp;elepülés:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="224"/>
        <source>&amp;Country:</source>
        <translation>&amp;Ország:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="225"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Helyszín:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="226"/>
        <source>&amp;Starts on:</source>
        <translation>&amp;Kezdés napja:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="227"/>
        <source>E&amp;nds on:</source>
        <translation>&amp;Befejezés napja:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="228"/>
        <source>Host &amp;organisation:</source>
        <translation>Rendező &amp;szervezet:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="230"/>
        <source>&amp;Priorities:</source>
        <translation>&amp;Prioritások:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="231"/>
        <source>&amp;Description:</source>
        <translation>&amp;Leírás:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="281"/>
        <source>(none)</source>
        <translation>(nincs)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="287"/>
        <source>Add new organisation…</source>
        <translation>Új szervezet hozzáadása…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="359"/>
        <source>Create event “{title}”</source>
        <translation>„{title}” rendezvény létrehozása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="363"/>
        <source>Edit event “{title}”</source>
        <translation>„{title}” rendezvény szerkesztése</translation>
    </message>
</context>
<context>
    <name>EventsSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="66"/>
        <source>Title</source>
        <translation>Cím</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="67"/>
        <source>Kind</source>
        <translation>Típus</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="68"/>
        <source>Host town</source>
        <translation>Rendező település</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="69"/>
        <source>Country</source>
        <translation>Ország</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="71"/>
        <source>Dates</source>
        <translation>Időpont</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="74"/>
        <source>Priorities</source>
        <translation>Prioritások</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="224"/>
        <source>No events to show. New event… adds one; or change the filters above.</source>
        <translation>Nincs megjeleníthető rendezvény. Az Új rendezvény… gombbal felvehet egyet, vagy módosítsa a fenti szűrőket.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="246"/>
        <source>&amp;New event…</source>
        <translation>Ú&amp;j rendezvény…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="248"/>
        <source>Create an event: title, place, dates and the towns taking part</source>
        <translation>Rendezvény létrehozása: cím, helyszín, dátumok és a részt vevő települések</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="249"/>
        <source>Ed&amp;it…</source>
        <translation>&amp;Szerkesztés…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="251"/>
        <source>Change the selected event&apos;s details (double-click or Enter on a row)</source>
        <translation>A kijelölt rendezvény adatainak módosítása (dupla kattintás vagy Enter egy soron)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="252"/>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Másolás…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="253"/>
        <source>Copy the event and its programme as a template for the next one</source>
        <translation>A rendezvény és programja másolása sablonként a következőhöz</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="255"/>
        <source>&amp;Delete</source>
        <translation>&amp;Törlés</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="257"/>
        <source>Delete the selected event (Delete); Ctrl+Z brings it back</source>
        <translation>A kijelölt rendezvény törlése (Delete); a Ctrl+Z visszahozza</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="290"/>
        <source>All kinds</source>
        <translation>Minden típus</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="300"/>
        <source>Title, town or venue</source>
        <translation>Cím, település vagy helyszín</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="303"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ípus:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="304"/>
        <source>&amp;Year:</source>
        <translation>É&amp;v:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="305"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Ország:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="306"/>
        <source>Fil&amp;ter:</source>
        <translation>Szű&amp;rő:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="346"/>
        <source>Events</source>
        <translation>Rendezvények</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="353"/>
        <source>All years</source>
        <translation>Minden év</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="358"/>
        <source>All countries</source>
        <translation>Minden ország</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/events_view.py" line="375"/>
        <source>{shown} of %Ln events</source>
        <translation>
            <numerusform>{shown} / %Ln rendezvény</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="471"/>
        <location filename="../ecnet_desktop/ui/events_view.py" line="486"/>
        <source>Delete event</source>
        <translation>Rendezvény törlése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="472"/>
        <source>Delete “{title}” and its programme? Registrations, attendance and notes are kept; Edit → Undo brings the event back.</source>
        <translation>Törli a következő rendezvényt és a programját: „{title}”? A regisztrációk, a jelenlétek és a jegyzetek megmaradnak; a Szerkesztés → Visszavonás visszahozza a rendezvényt.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="484"/>
        <source>Delete event “{title}”</source>
        <translation>„{title}” rendezvény törlése</translation>
    </message>
</context>
<context>
    <name>ExchangeSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="85"/>
        <source>Waiting</source>
        <translation>Várakozik</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="86"/>
        <source>Reading…</source>
        <translation>Olvasás…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="87"/>
        <source>Ready to import</source>
        <translation>Importálásra kész</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="88"/>
        <source>Rejected cells: cannot be imported</source>
        <translation>Elutasított cellák: nem importálható</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="89"/>
        <source>Needs a password</source>
        <translation>Jelszó szükséges</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="90"/>
        <source>Refused</source>
        <translation>Elutasítva</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="99"/>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="106"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="115"/>
        <source>Sheet</source>
        <translation>Munkalap</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="116"/>
        <source>Row</source>
        <translation>Sor</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="118"/>
        <source>Column</source>
        <translation>Oszlop</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="119"/>
        <source>Value</source>
        <translation>Érték</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="120"/>
        <source>Rule</source>
        <translation>Szabály</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="479"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportálás</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="480"/>
        <source>&amp;Import</source>
        <translation>&amp;Importálás</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="481"/>
        <source>&amp;Conflicts</source>
        <translation>Ü&amp;tközések</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="482"/>
        <source>&amp;Duplicates</source>
        <translation>&amp;Duplikátumok</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="483"/>
        <source>&amp;History</source>
        <translation>&amp;Előzmények</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="484"/>
        <source>Exchange</source>
        <translation>Adatcsere</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="107"/>
        <source>Entity</source>
        <translation>Entitás</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="108"/>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="109"/>
        <source>Field</source>
        <translation>Mező</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="110"/>
        <source>Losing value</source>
        <translation>Vesztes érték</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="111"/>
        <source>Losing clock</source>
        <translation>Vesztes óra</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="112"/>
        <source>Winning clock</source>
        <translation>Nyertes óra</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="113"/>
        <source>Source</source>
        <translation>Forrás</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="121"/>
        <source>Organisation</source>
        <translation>Szervezet</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="122"/>
        <source>Country</source>
        <translation>Ország</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="124"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="130"/>
        <source>First person</source>
        <translation>Első személy</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="131"/>
        <source>Second person</source>
        <translation>Második személy</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="132"/>
        <source>Reason</source>
        <translation>Indok</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="133"/>
        <source>Score</source>
        <translation>Pontszám</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="147"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="98"/>
        <source>File</source>
        <translation>Fájl</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="148"/>
        <source>Device</source>
        <translation>Eszköz</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="149"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="91"/>
        <source>Imported</source>
        <translation>Importálva</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="151"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="107"/>
        <source>New</source>
        <translation>Új</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="152"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="108"/>
        <source>Updated</source>
        <translation>Frissítve</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="153"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="109"/>
        <source>Unchanged</source>
        <translation>Változatlan</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="154"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="110"/>
        <source>Conflicting</source>
        <translation>Ütköző</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="155"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="111"/>
        <source>Rejected</source>
        <translation>Elutasítva</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="371"/>
        <source>&amp;Whole database</source>
        <translation>&amp;Teljes adatbázis</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="372"/>
        <source>Current &amp;event only</source>
        <translation>Csak az aktuális &amp;rendezvény</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="373"/>
        <source>Export everything in this database</source>
        <translation>Az adatbázis teljes tartalmának exportálása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="374"/>
        <source>Export only what belongs to the current event</source>
        <translation>Csak az aktuális rendezvényhez tartozó adatok exportálása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="381"/>
        <source>optional: encrypts the file</source>
        <translation>nem kötelező: titkosítja a fájlt</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="385"/>
        <source>Export to &amp;file…</source>
        <translation>Exportálás &amp;fájlba…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="387"/>
        <source>Write an exchange workbook to carry to another laptop or to the coordinator</source>
        <translation>Adatcsere-munkafüzet írása, amelyet másik laptopra vagy a koordinátorhoz visz</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="395"/>
        <source>What to export</source>
        <translation>Mit exportál?</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="399"/>
        <source>Password for files that travel on USB sticks</source>
        <translation>Jelszó az USB-kulcson szállított fájlokhoz</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="401"/>
        <source>&amp;Password:</source>
        <translation>&amp;Jelszó:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="402"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Ismét:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="409"/>
        <source>Write an exchange workbook to carry to another laptop or to the coordinator.</source>
        <translation>Adatcsere-munkafüzet írása egy másik laptopra vagy a koordinátornak való továbbításhoz.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="413"/>
        <source>⚠ The workbook contains personal data (names, e-mails, phones, consents): protect it with a password when it travels, and delete it once it is imported.</source>
        <translation>⚠ A munkafüzet személyes adatokat tartalmaz (nevek, e-mail-címek, telefonszámok, hozzájárulások): szállításkor védje jelszóval, és importálás után törölje.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="433"/>
        <source>Current &amp;event only: {title}</source>
        <translation>Csak az aktuális &amp;rendezvény: {title}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="434"/>
        <source>Current &amp;event only (none chosen)</source>
        <translation>Csak az aktuális &amp;rendezvény (nincs kiválasztva)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="448"/>
        <source>Last export: {when}</source>
        <translation>Utolsó exportálás: {when}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="450"/>
        <source>Not exported yet.</source>
        <translation>Még nem volt exportálás.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="463"/>
        <source>The two passwords differ.</source>
        <translation>A két jelszó nem egyezik.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="468"/>
        <source>Export workbook</source>
        <translation>Munkafüzet exportálása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="469"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-munkafüzetek (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="485"/>
        <source>Exporting…</source>
        <translation>Exportálás…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="486"/>
        <source>Exporting the workbook…</source>
        <translation>A munkafüzet exportálása…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="497"/>
        <source>Exported %Ln rows to {file}.</source>
        <translation>
            <numerusform>%Ln sor exportálva ide: {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="513"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Az exportálás megszakítva; nem készült fájl.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="242"/>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="279"/>
        <source>Choose the list</source>
        <translation>A lista kiválasztása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="244"/>
        <source>A CSV or XLSX file from a partner town or an online form. Nothing is imported before you have seen the preview.</source>
        <translation>Partnertelepüléstől vagy online űrlapból származó CSV- vagy XLSX-fájl. Semmi sem kerül importálásra, amíg meg nem nézte az előnézetet.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="248"/>
        <source>registrations.xlsx</source>
        <translation>regisztraciok.xlsx</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="249"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Tallózás…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="250"/>
        <source>Choose the coordinator&apos;s workbook (.xlsx) to import</source>
        <translation>Válassza ki az importálandó koordinátori munkafüzetet (.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="260"/>
        <source>&amp;File:</source>
        <translation>&amp;Fájl:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="262"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Munkalap:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="281"/>
        <source>Lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Listák (*.csv *.xlsx *.txt);;Minden fájl (*)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="104"/>
        <location filename="../ecnet_desktop/ui/first_run.py" line="105"/>
        <source>Welcome to EC-NET Desktop</source>
        <translation>Üdvözli az EC-NET Desktop</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="107"/>
        <source>EC-NET Desktop works offline. Give this laptop a name that colleagues will recognise in exchanged workbooks, for example “Laptop Bari 2”.</source>
        <translation>Az EC-NET Desktop internetkapcsolat nélkül működik. Adjon ennek a laptopnak olyan nevet, amelyről a kollégák felismerik az adatcsere-munkafüzetekben, például „Bari 2. laptop”.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="109"/>
        <source>Name of this &amp;laptop:</source>
        <translation>A &amp;laptop neve:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="110"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Nyelv:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="111"/>
        <source>How would you like to start?</source>
        <translation>Hogyan szeretne kezdeni?</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="112"/>
        <source>Open the &amp;demo</source>
        <translation>A &amp;bemutató megnyitása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="114"/>
        <source>A realistic example to try things out: the six international events of EC-NET, about 600 people from more than nine countries. Kept apart from your own data.</source>
        <translation>Valósághű példa a kipróbáláshoz: az EC-NET hat nemzetközi rendezvénye, mintegy 600 résztvevő több mint kilenc országból. A saját adataitól elkülönítve tárolódik.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="116"/>
        <source>Start &amp;empty</source>
        <translation>Kezdés &amp;üresen</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="118"/>
        <source>Create your events and register people yourself.</source>
        <translation>Hozza létre saját rendezvényeit, és regisztrálja a résztvevőket.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="119"/>
        <source>&amp;Import the coordinator&apos;s workbook…</source>
        <translation>A koordinátor munkafüzetének &amp;importálása…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="121"/>
        <source>Start from the exchange workbook (.xlsx) the coordinator gave you; it is checked and previewed before anything is imported.</source>
        <translation>Induljon a koordinátortól kapott adatcsere-munkafüzetből (.xlsx); importálás előtt ellenőrizzük, és előnézetet mutatunk.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="142"/>
        <source>The coordinator&apos;s workbook</source>
        <translation>A koordinátor munkafüzete</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="143"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-munkafüzetek (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>GuideEditor</name>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="158"/>
        <source>Interview guide</source>
        <translation>Interjú-útmutató</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="162"/>
        <source>Language codes, comma-separated; the first is the main one, e.g. en,it,hr</source>
        <translation>Nyelvkódok vesszővel elválasztva; az első a fő nyelv, pl. en,it,hr</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="167"/>
        <source>&amp;Save guide</source>
        <translation>Útmutató &amp;mentése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="168"/>
        <source>Save the guide&apos;s title, languages and questions</source>
        <translation>Az útmutató címének, nyelveinek és kérdéseinek mentése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="172"/>
        <source>&amp;Title:</source>
        <translation>&amp;Cím:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="173"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Nyelvek:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="174"/>
        <source>&amp;Description:</source>
        <translation>&amp;Leírás:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="181"/>
        <source>&amp;Add question…</source>
        <translation>Kérdés &amp;hozzáadása…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="182"/>
        <source>Add a question at the end of the guide</source>
        <translation>Kérdés hozzáadása az útmutató végére</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="183"/>
        <source>&amp;Edit question…</source>
        <translation>Kérdés &amp;szerkesztése…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="185"/>
        <source>Change the selected question&apos;s text, type and choices</source>
        <translation>A kijelölt kérdés szövegének, típusának és válaszlehetőségeinek módosítása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="186"/>
        <source>De&amp;lete question</source>
        <translation>Kérdés &amp;törlése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="187"/>
        <source>Remove the selected question from the guide</source>
        <translation>A kijelölt kérdés eltávolítása az útmutatóból</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="188"/>
        <source>Move &amp;up</source>
        <translation>&amp;Feljebb</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="189"/>
        <source>Ask the selected question one place earlier</source>
        <translation>A kijelölt kérdés eggyel előrébb helyezése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="190"/>
        <source>Move do&amp;wn</source>
        <translation>L&amp;ejjebb</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="191"/>
        <source>Ask the selected question one place later</source>
        <translation>A kijelölt kérdés eggyel hátrébb helyezése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="202"/>
        <source>Close</source>
        <translation>Bezárás</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="230"/>
        <source>New guide</source>
        <translation>Új útmutató</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="240"/>
        <source>Edit guide</source>
        <translation>Útmutató szerkesztése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="280"/>
        <source>Delete question</source>
        <translation>Kérdés törlése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="292"/>
        <source>Move question</source>
        <translation>Kérdés áthelyezése</translation>
    </message>
</context>
<context>
    <name>GuidesTab</name>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="121"/>
        <source>No interview guides yet. New guide… writes one; Import XLSForm… reads one.</source>
        <translation>Még nincs interjú-útmutató. Az Új útmutató… gombbal írhat egyet, az XLSForm importálása… gombbal beolvashat egyet.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="126"/>
        <source>&amp;New guide…</source>
        <translation>Ú&amp;j útmutató…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="127"/>
        <source>Write a new interview guide</source>
        <translation>Új interjú-útmutató írása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="128"/>
        <source>&amp;Edit guide…</source>
        <translation>Útmutató &amp;szerkesztése…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="130"/>
        <source>Change the selected guide and its questions (double-click)</source>
        <translation>A kijelölt útmutató és kérdéseinek módosítása (dupla kattintás)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="131"/>
        <source>&amp;Import XLSForm…</source>
        <translation>XLSForm &amp;importálása…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="133"/>
        <source>Read a guide from an XLSForm workbook (KoboToolbox, ODK)</source>
        <translation>Útmutató beolvasása XLSForm-munkafüzetből (KoboToolbox, ODK)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="134"/>
        <source>E&amp;xport XLSForm…</source>
        <translation>XLSForm e&amp;xportálása…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="135"/>
        <source>Save the selected guide as an XLSForm workbook</source>
        <translation>A kijelölt útmutató mentése XLSForm-munkafüzetként</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="136"/>
        <source>&amp;Delete guide</source>
        <translation>Útmutató &amp;törlése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="137"/>
        <source>Delete the selected guide</source>
        <translation>A kijelölt útmutató törlése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="244"/>
        <source>Delete guide</source>
        <translation>Útmutató törlése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="252"/>
        <source>Import a guide (XLSForm)</source>
        <translation>Útmutató importálása (XLSForm)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="253"/>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="281"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-munkafüzetek (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="279"/>
        <source>Export the guide (XLSForm)</source>
        <translation>Az útmutató exportálása (XLSForm)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="82"/>
        <source>EC-NET Desktop Help</source>
        <translation>EC-NET Desktop súgó</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="83"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Billentyűparancsok</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="84"/>
        <source>How &amp;syncing works</source>
        <translation>Hogyan működik a &amp;szinkronizálás?</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="85"/>
        <source>Anywhere</source>
        <translation>Bárhol</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="96"/>
        <source>Check-in desk</source>
        <translation>Érkeztetőpult</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="97"/>
        <source>Lists</source>
        <translation>Listák</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="98"/>
        <source>Dialogs</source>
        <translation>Párbeszédablakok</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="102"/>
        <source>Type a name or scan a badge</source>
        <translation>Írjon be egy nevet, vagy olvasson be egy névkártyát</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="103"/>
        <source>Search the people of the event</source>
        <translation>Keresés a rendezvény résztvevői között</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="104"/>
        <source>Check in the selected person</source>
        <translation>A kijelölt személy érkeztetése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="105"/>
        <source>Move through the results</source>
        <translation>Mozgás a találatok között</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="106"/>
        <source>Move a page at a time</source>
        <translation>Lapozás egyszerre egy oldallal</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="107"/>
        <source>Clear the search</source>
        <translation>A keresés törlése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="108"/>
        <source>Register a walk-in</source>
        <translation>Helyszíni jelentkező regisztrálása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="109"/>
        <source>Undo the last check-in</source>
        <translation>Az utolsó érkeztetés visszavonása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="110"/>
        <source>Open the selected record</source>
        <translation>A kijelölt rekord megnyitása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="111"/>
        <source>Delete the selected record (can be undone)</source>
        <translation>A kijelölt rekord törlése (visszavonható)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="112"/>
        <source>Tick or untick attendance in the matrix</source>
        <translation>Jelenlét bejelölése vagy a jelölés törlése a mátrixban</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="113"/>
        <source>Confirm (the default button)</source>
        <translation>Jóváhagyás (az alapértelmezett gomb)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="114"/>
        <source>Cancel and close</source>
        <translation>Mégse és bezárás</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="115"/>
        <source>Alt + underlined letter</source>
        <translation>Alt + aláhúzott betű</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="116"/>
        <source>Jump to that field or button</source>
        <translation>Ugrás az adott mezőre vagy gombra</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="121"/>
        <source>Where</source>
        <translation>Hol</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="122"/>
        <source>Keys</source>
        <translation>Billentyűk</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="123"/>
        <source>What it does</source>
        <translation>Mit csinál</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="128"/>
        <source>&lt;h2&gt;How syncing works&lt;/h2&gt;&lt;p&gt;Every laptop keeps its own database and works without a network. Laptops exchange data through &lt;b&gt;exchange workbooks&lt;/b&gt; (.xlsx files) carried on a USB stick or sent by e-mail.&lt;/p&gt;&lt;h3&gt;At the venue&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Register people, check them in and take notes as usual.&lt;/li&gt;&lt;li&gt;At the end of the day open &lt;b&gt;Exchange → Export&lt;/b&gt; and save a workbook. It holds everything this laptop knows; give it a password if it travels on a USB stick.&lt;/li&gt;&lt;li&gt;Hand the workbook to the coordinator.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;At the coordinator&apos;s desk&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Open &lt;b&gt;Exchange → Import&lt;/b&gt; and choose the workbooks from every laptop, in any order. Each file is checked and previewed first: new, updated, conflicting and rejected rows. Nothing changes until you press Import, and a backup is made before it.&lt;/li&gt;&lt;li&gt;Export a combined workbook and import it on every laptop, so all of them hold the same data again.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;What happens to edits&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Edits of &lt;i&gt;different&lt;/i&gt; fields of the same person, made on two laptops, both survive.&lt;/li&gt;&lt;li&gt;Edits of the &lt;i&gt;same&lt;/i&gt; field made without seeing each other are a &lt;b&gt;conflict&lt;/b&gt;: one value wins the same way on every laptop, and the other is kept in &lt;b&gt;Exchange → Conflicts&lt;/b&gt;, where you can restore it.&lt;/li&gt;&lt;li&gt;Importing the same workbook twice changes nothing; the order of imports does not matter.&lt;/li&gt;&lt;li&gt;The same person registered on two laptops shows up in &lt;b&gt;Exchange → Duplicates&lt;/b&gt;; merging them travels with the next workbook.&lt;/li&gt;&lt;li&gt;Deletions and GDPR erasures travel too; an old workbook cannot bring erased personal data back.&lt;/li&gt;&lt;li&gt;A cell corrected by hand in Excel or LibreOffice is recognised and imported as a new edit.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;Hogyan működik a szinkronizálás?&lt;/h2&gt;&lt;p&gt;Minden laptop saját adatbázist tart fenn, és hálózat nélkül működik. A laptopok &lt;b&gt;adatcsere-munkafüzetek&lt;/b&gt; (.xlsx fájlok) segítségével cserélnek adatot, amelyeket USB-kulcson visznek át vagy e-mailben küldenek el.&lt;/p&gt;&lt;h3&gt;A helyszínen&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Regisztrálja a résztvevőket, érkeztesse őket, és készítsen jegyzeteket a megszokott módon.&lt;/li&gt;&lt;li&gt;A nap végén nyissa meg az &lt;b&gt;Adatcsere → Exportálás&lt;/b&gt; menüpontot, és mentsen egy munkafüzetet. Ez mindent tartalmaz, amit ez a laptop tud; ha USB-kulcson utazik, adjon meg jelszót.&lt;/li&gt;&lt;li&gt;Adja át a munkafüzetet a koordinátornak.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;A koordinátornál&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Nyissa meg az &lt;b&gt;Adatcsere → Importálás&lt;/b&gt; menüpontot, és válassza ki az összes laptop munkafüzetét, tetszőleges sorrendben. Az alkalmazás minden fájlt előbb ellenőriz, és előnézetet mutat: új, frissített, ütköző és elutasított sorok. Semmi sem változik, amíg meg nem nyomja az Importálás gombot, és előtte biztonsági mentés készül.&lt;/li&gt;&lt;li&gt;Exportáljon egy egyesített munkafüzetet, és importálja minden laptopon, hogy ismét mindegyiken ugyanazok az adatok legyenek.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;Mi történik a módosításokkal?&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Ugyanannak a személynek &lt;i&gt;különböző&lt;/i&gt; mezőin két laptopon végzett módosítások mindegyike megmarad.&lt;/li&gt;&lt;li&gt;Az &lt;i&gt;ugyanazon&lt;/i&gt; a mezőn egymásról nem tudva végzett módosítások &lt;b&gt;ütközést&lt;/b&gt; jelentenek: az egyik érték minden laptopon ugyanúgy nyer, a másik pedig megmarad az &lt;b&gt;Adatcsere → Ütközések&lt;/b&gt; részben, ahol visszaállíthatja.&lt;/li&gt;&lt;li&gt;Ugyanannak a munkafüzetnek a kétszeri importálása semmit sem változtat; az importálások sorrendje nem számít.&lt;/li&gt;&lt;li&gt;A két laptopon regisztrált ugyanazon személy megjelenik az &lt;b&gt;Adatcsere → Duplikátumok&lt;/b&gt; részben; az összevonásuk a következő munkafüzettel továbbítódik.&lt;/li&gt;&lt;li&gt;A törlések és a GDPR szerinti adattörlések is továbbítódnak; egy régi munkafüzet nem hozhatja vissza a törölt személyes adatokat.&lt;/li&gt;&lt;li&gt;Az Excelben vagy a LibreOffice-ban kézzel javított cellát az alkalmazás felismeri, és új módosításként importálja.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="344"/>
        <source>Nothing imported yet. Imported exchange files are listed here.</source>
        <translation>Még nem történt importálás. Az importált adatcsere-fájlok itt jelennek meg.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="353"/>
        <source>Imports: {n}</source>
        <translation>Importálások: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="354"/>
        <source>Nothing imported yet.</source>
        <translation>Még nem volt importálás.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="60"/>
        <source>EC-NET Desktop</source>
        <translation>EC-NET Desktop</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="61"/>
        <source>Current event</source>
        <translation>Aktuális rendezvény</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="63"/>
        <source>Day</source>
        <translation>Nap</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="63"/>
        <source>Time</source>
        <translation>Idő</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="63"/>
        <source>Session</source>
        <translation>Programpont</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="63"/>
        <source>Kind</source>
        <translation>Típus</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="69"/>
        <source>The database could not be opened. Use File → Open to choose one.</source>
        <translation>Az adatbázist nem sikerült megnyitni. Válasszon egyet a Fájl → Megnyitás paranccsal.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="70"/>
        <source>Opening database…</source>
        <translation>Az adatbázis megnyitása…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="81"/>
        <source>This database is empty. Use File → New or Open, or start from the demo.</source>
        <translation>Ez az adatbázis üres. Használja a Fájl → Új vagy Megnyitás parancsot, vagy induljon a bemutatóból.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="84"/>
        <source>Events</source>
        <translation>Rendezvények</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="85"/>
        <source>Sessions</source>
        <translation>Programpontok</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="86"/>
        <source>People</source>
        <translation>Személyek</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="87"/>
        <source>Countries</source>
        <translation>Országok</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="88"/>
        <source>Organisations</source>
        <translation>Szervezetek</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="89"/>
        <source>Registrations</source>
        <translation>Regisztrációk</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="90"/>
        <source>Attendances</source>
        <translation>Jelenlétek</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="91"/>
        <source>Notes</source>
        <translation>Jegyzetek</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="104"/>
        <source>No event chosen.</source>
        <translation>Nincs kiválasztott rendezvény.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="112"/>
        <source>Title:</source>
        <translation>Cím:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="113"/>
        <source>Kind:</source>
        <translation>Típus:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="115"/>
        <source>Where:</source>
        <translation>Hol:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="119"/>
        <source>When:</source>
        <translation>Mikor:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="120"/>
        <source>Priorities:</source>
        <translation>Prioritások:</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="176"/>
        <source>Drop exchange workbooks (.xlsx) here, or press Choose files…</source>
        <translation>Húzza ide az adatcsere-munkafüzeteket (.xlsx), vagy nyomja meg a Fájlok kiválasztása… gombot</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="179"/>
        <source>Choose &amp;files…</source>
        <translation>&amp;Fájlok kiválasztása…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="181"/>
        <source>Pick exchange workbooks from other laptops to import</source>
        <translation>Más laptopokról származó, importálandó adatcsere-munkafüzetek kiválasztása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="182"/>
        <source>Re&amp;move</source>
        <translation>&amp;Eltávolítás</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="184"/>
        <source>Take the selected file off the list; nothing is imported from it</source>
        <translation>A kijelölt fájl levétele a listáról; semmi sem lesz belőle importálva</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="185"/>
        <source>Imp&amp;ort</source>
        <translation>&amp;Importálás</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="186"/>
        <source>Import every listed file; a backup is made first</source>
        <translation>Az összes listázott fájl importálása; előtte biztonsági mentés készül</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="187"/>
        <source>Cop&amp;y report</source>
        <translation>Jelentés má&amp;solása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="188"/>
        <source>Copy the import report to the clipboard</source>
        <translation>Az importálási jelentés másolása a vágólapra</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="189"/>
        <source>&amp;Save report…</source>
        <translation>Jelentés &amp;mentése…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="190"/>
        <source>Save the import report as a text file</source>
        <translation>Az importálási jelentés mentése szövegfájlként</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="206"/>
        <source>Choose exchange workbooks, or drop .xlsx files here. Each is checked before anything changes.</source>
        <translation>Válasszon adatcsere-munkafüzeteket, vagy húzzon ide .xlsx fájlokat. Mindegyiket ellenőrizzük, mielőtt bármi megváltozna.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="222"/>
        <source>Rejected cells:</source>
        <translation>Elutasított cellák:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="244"/>
        <source>Import workbooks</source>
        <translation>Munkafüzetek importálása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="244"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-munkafüzetek (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="311"/>
        <source>{file} is encrypted. Its password:</source>
        <translation>{file} titkosítva van. A jelszava:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="314"/>
        <source>Encrypted workbook</source>
        <translation>Titkosított munkafüzet</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="320"/>
        <source>no password given</source>
        <translation>nincs megadva jelszó</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="334"/>
        <source>No file chosen.</source>
        <translation>Nincs kiválasztott fájl.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="339"/>
        <source>Exported by {device} on {time}. Conflicting values: {conflicts}; rows edited by hand: {hand}.</source>
        <translation>Exportálta: {device}, ekkor: {time}. Ütköző értékek: {conflicts}; kézzel szerkesztett sorok: {hand}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="344"/>
        <source>{sheet}, column {column} ({header})</source>
        <translation>{sheet}, {column} oszlop ({header})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="348"/>
        <source>Not read, their headers are unknown: {columns}</source>
        <translation>Nem beolvasva, ismeretlen fejlécek: {columns}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="349"/>
        <source>Imported</source>
        <translation>Importálva</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="349"/>
        <source>Preview</source>
        <translation>Előnézet</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="371"/>
        <source>The report is on the clipboard.</source>
        <translation>A jelentés a vágólapra került.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="379"/>
        <source>Save report</source>
        <translation>Jelentés mentése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="379"/>
        <source>Text files (*.txt)</source>
        <translation>Szövegfájlok (*.txt)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="386"/>
        <source>Could not save the report: {reason}</source>
        <translation>A jelentés nem menthető: {reason}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="389"/>
        <source>Report saved to {file}.</source>
        <translation>A jelentés mentve ide: {file}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="396"/>
        <source>Wait until every file has been checked.</source>
        <translation>Várjon, amíg minden fájl ellenőrzése befejeződik.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="417"/>
        <source>Importing {file}…</source>
        <translation>Importálás: {file}…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="443"/>
        <source>Files imported: {files}. Rows: {new} new, {updated} updated, {unchanged} unchanged; conflicting values: {conflicts}.</source>
        <translation>Importált fájlok: {files}. Sorok: {new} új, {updated} frissített, {unchanged} változatlan; ütköző értékek: {conflicts}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="450"/>
        <source>Cancelled; the file being imported was left unchanged.</source>
        <translation>Megszakítva; az éppen importált fájl változatlan maradt.</translation>
    </message>
</context>
<context>
    <name>ImportRegistrationsWizard</name>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="619"/>
        <source>Import registrations</source>
        <translation>Regisztrációk importálása</translation>
    </message>
</context>
<context>
    <name>InterviewRunner</name>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="58"/>
        <source>Interview: {guide}</source>
        <translation>Interjú: {guide}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="64"/>
        <source>&amp;Language:</source>
        <translation>&amp;Nyelv:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="86"/>
        <source>&amp;Back (PageUp)</source>
        <translation>&amp;Vissza (PageUp)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="88"/>
        <source>Go back to the previous question; what you typed is kept (PageUp)</source>
        <translation>Vissza az előző kérdéshez; a beírt szöveg megmarad (PageUp)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="90"/>
        <source>&amp;Save draft (Ctrl+S)</source>
        <translation>Piszkozat &amp;mentése (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="92"/>
        <source>Save the answers so far as a draft to resume later (Ctrl+S)</source>
        <translation>Az eddigi válaszok mentése piszkozatként a későbbi folytatáshoz (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="94"/>
        <source>&amp;Next (Ctrl+Enter)</source>
        <translation>&amp;Tovább (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="95"/>
        <source>Go to the next question (Ctrl+Enter)</source>
        <translation>Tovább a következő kérdésre (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="118"/>
        <source>Consent</source>
        <translation>Hozzájárulás</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="121"/>
        <source>Before any question: explain the purpose of the research, that answers are analysed without names, that taking part is voluntary and can be stopped at any time. Ask whether the respondent agrees to be interviewed.

No consent, no answers.</source>
        <translation>Bármely kérdés előtt: ismertesse a kutatás célját, azt, hogy a válaszokat név nélkül elemzik, valamint hogy a részvétel önkéntes, és bármikor abbahagyható. Kérdezze meg, hozzájárul-e a válaszadó az interjúhoz.

Hozzájárulás nélkül nincs válasz.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="126"/>
        <source>The respondent &amp;consents to this interview (Space)</source>
        <translation>A válaszadó &amp;hozzájárul az interjúhoz (Szóköz)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="130"/>
        <source>Space ticks the box; Enter or Ctrl+Enter starts the questions.</source>
        <translation>A Szóköz bejelöli a négyzetet; az Enter vagy a Ctrl+Enter elindítja a kérdéseket.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="143"/>
        <source>End of the interview</source>
        <translation>Az interjú vége</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="147"/>
        <source>&amp;Complete the interview (Ctrl+Enter)</source>
        <translation>Az interjú &amp;befejezése (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="149"/>
        <source>Mark the interview as completed and save it (Ctrl+Enter)</source>
        <translation>Az interjú megjelölése befejezettként és mentése (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="166"/>
        <source>registered person</source>
        <translation>regisztrált személy</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="167"/>
        <source>anonymous respondent</source>
        <translation>névtelen válaszadó</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="247"/>
        <source>{answered} of {count} questions answered.</source>
        <translation>{count} kérdésből {answered} megválaszolva.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="250"/>
        <source>Required questions still open: {numbers}.</source>
        <translation>Még megválaszolatlan kötelező kérdések: {numbers}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="279"/>
        <source>No consent, no answers: tick the box only if the respondent agrees. Escape closes without an interview.</source>
        <translation>Hozzájárulás nélkül nincs válasz: csak akkor jelölje be a négyzetet, ha a válaszadó hozzájárul. Az Esc interjú nélkül bezárja az ablakot.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="326"/>
        <source>Draft saved at {time}.</source>
        <translation>Piszkozat mentve: {time}.</translation>
    </message>
</context>
<context>
    <name>InterviewsSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="73"/>
        <source>Title</source>
        <translation>Cím</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="74"/>
        <source>Languages</source>
        <translation>Nyelvek</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="79"/>
        <source>No.</source>
        <translation>Sorsz.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="80"/>
        <source>Section</source>
        <translation>Szakasz</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="81"/>
        <source>Type</source>
        <translation>Típus</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="82"/>
        <source>Required</source>
        <translation>Kötelező</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="83"/>
        <source>yes</source>
        <translation>igen</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="84"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="85"/>
        <source>Question</source>
        <translation>Kérdés</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="91"/>
        <source>Date</source>
        <translation>Dátum</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="93"/>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="94"/>
        <source>Respondent</source>
        <translation>Válaszadó</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="95"/>
        <source>registered person</source>
        <translation>regisztrált személy</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="96"/>
        <source>anonymous</source>
        <translation>névtelen</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="97"/>
        <source>Category</source>
        <translation>Kategória</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="100"/>
        <source>Country</source>
        <translation>Ország</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="102"/>
        <source>Age band</source>
        <translation>Korcsoport</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="103"/>
        <source>Answers</source>
        <translation>Válaszok</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="105"/>
        <source>Event</source>
        <translation>Rendezvény</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="106"/>
        <source>Interviewer</source>
        <translation>Kérdező</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="479"/>
        <source>&amp;Interviews</source>
        <translation>&amp;Interjúk</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="480"/>
        <source>G&amp;uides</source>
        <translation>Ú&amp;tmutatók</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="481"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Elemzés</translation>
    </message>
</context>
<context>
    <name>InterviewsTab</name>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="354"/>
        <source>No interviews to show. New interview… (Ctrl+N) starts one with the chosen guide.</source>
        <translation>Nincs megjeleníthető interjú. Az Új interjú… (Ctrl+N) elindít egyet a kiválasztott útmutatóval.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="309"/>
        <source>all</source>
        <translation>mind</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="313"/>
        <source>&amp;Guide:</source>
        <translation>&amp;Útmutató:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="315"/>
        <source>S&amp;tatus:</source>
        <translation>Á&amp;llapot:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="317"/>
        <source>&amp;New interview… (Ctrl+N)</source>
        <translation>Ú&amp;j interjú… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="318"/>
        <source>Start an interview with the chosen guide (Ctrl+N)</source>
        <translation>Interjú indítása a kiválasztott útmutatóval (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="319"/>
        <source>&amp;Resume (Enter)</source>
        <translation>&amp;Folytatás (Enter)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="321"/>
        <source>Open the selected interview to continue or review it (Enter or double-click)</source>
        <translation>A kijelölt interjú megnyitása folytatásra vagy áttekintésre (Enter vagy dupla kattintás)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="322"/>
        <source>&amp;Delete</source>
        <translation>&amp;Törlés</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="323"/>
        <source>Delete the selected interview and its answers</source>
        <translation>A kijelölt interjú és válaszainak törlése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="327"/>
        <source>Research e&amp;xport…</source>
        <translation>Kutatási e&amp;xportálás…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="329"/>
        <source>A pseudonymised workbook for researchers: no names or contacts, one row per interview, a codebook</source>
        <translation>Álnevesített munkafüzet kutatóknak: nevek és elérhetőségek nélkül, interjúnként egy sor, kódkönyvvel</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="360"/>
        <source>all guides</source>
        <translation>minden útmutató</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="388"/>
        <source>%Ln interviews</source>
        <translation>
            <numerusform>%Ln interjú</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="391"/>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="392"/>
        <source>Loading interviews…</source>
        <translation>Interjúk betöltése…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="439"/>
        <source>Wrote {file}: %Ln interviews, pseudonymised.</source>
        <translation>
            <numerusform>Elkészült: {file}, %Ln interjú, álnevesítve.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="423"/>
        <source>Research export</source>
        <translation>Kutatási exportálás</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="425"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-munkafüzetek (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="442"/>
        <source>Writing the research export…</source>
        <translation>A kutatási exportálás írása…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="450"/>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="463"/>
        <source>Delete interview</source>
        <translation>Interjú törlése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="451"/>
        <source>Delete this interview and its {n} answers?</source>
        <translation>Törli ezt az interjút és a hozzá tartozó {n} választ?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="287"/>
        <source>EC-NET Desktop</source>
        <translation>EC-NET Desktop</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="288"/>
        <source>&amp;File</source>
        <translation>&amp;Fájl</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="289"/>
        <source>&amp;New database…</source>
        <translation>Ú&amp;j adatbázis…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="290"/>
        <source>&amp;Open database…</source>
        <translation>Adatbázis &amp;megnyitása…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="291"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Legutóbbiak megnyitása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="292"/>
        <source>Connect to a &amp;server…</source>
        <translation>Csatlakozás &amp;kiszolgálóhoz…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="293"/>
        <source>Restore from &amp;backup…</source>
        <translation>Visszaállítás &amp;biztonsági mentésből…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="294"/>
        <source>&amp;Quit</source>
        <translation>&amp;Kilépés</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="295"/>
        <source>&amp;Edit</source>
        <translation>S&amp;zerkesztés</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="296"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Beállítások…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="297"/>
        <source>&amp;Help</source>
        <translation>&amp;Súgó</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="298"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Billentyűparancsok</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="299"/>
        <source>How &amp;syncing works</source>
        <translation>Hogyan működik a &amp;szinkronizálás?</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="300"/>
        <source>&amp;About EC-NET Desktop</source>
        <translation>&amp;Az EC-NET Desktop névjegye</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="303"/>
        <source>Create a new, empty database file</source>
        <translation>Új, üres adatbázisfájl létrehozása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="304"/>
        <source>Open another database file</source>
        <translation>Másik adatbázisfájl megnyitása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="305"/>
        <source>Open one of the databases used lately</source>
        <translation>A legutóbb használt adatbázisok egyikének megnyitása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="307"/>
        <source>Work on the coordinators&apos; shared PostgreSQL database instead of a file</source>
        <translation>Munka a koordinátorok közös PostgreSQL-adatbázisán fájl helyett</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="309"/>
        <source>Replace this database with one of the backups taken before imports</source>
        <translation>Az adatbázis lecserélése az importálások előtt készült biztonsági mentések egyikére</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="310"/>
        <source>Close EC-NET Desktop</source>
        <translation>Kilépés az EC-NET Desktopból</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="311"/>
        <source>Undo the last change</source>
        <translation>Az utolsó módosítás visszavonása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="312"/>
        <source>Redo the change just undone</source>
        <translation>Az imént visszavont módosítás ismételt végrehajtása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="314"/>
        <source>Language, name of this laptop, paper size, backups and retention</source>
        <translation>Nyelv, a laptop neve, papírméret, biztonsági mentések és adatmegőrzés</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="315"/>
        <source>The keys that work in each part of the app</source>
        <translation>Az alkalmazás egyes részeiben használható billentyűk</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="316"/>
        <source>How laptops exchange data through workbooks</source>
        <translation>Hogyan cserélnek adatot a laptopok munkafüzeteken keresztül</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="317"/>
        <source>Version, data folder and log folder</source>
        <translation>Verzió, adatmappa és naplómappa</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="322"/>
        <source>Choose a section</source>
        <translation>Válasszon egy részt</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="323"/>
        <source>Current &amp;event:</source>
        <translation>Aktuális &amp;rendezvény:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="372"/>
        <source>The database could not be opened. Use File → Open to choose one.</source>
        <translation>Az adatbázist nem sikerült megnyitni. Válasszon egyet a Fájl → Megnyitás paranccsal.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="374"/>
        <source>Opening database…</source>
        <translation>Az adatbázis megnyitása…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="493"/>
        <source>Connect to a server</source>
        <translation>Csatlakozás kiszolgálóhoz</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="494"/>
        <source>Database URL, e.g. postgresql+psycopg://coordinator@hub.example.org/ecnet
(the password is read from ~/.pgpass or PGPASSWORD and never stored):</source>
        <translation>Az adatbázis URL-címe, pl. postgresql+psycopg://coordinator@hub.example.org/ecnet
(a jelszót a ~/.pgpass fájlból vagy a PGPASSWORD változóból olvassa, és soha nem tárolja):</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="325"/>
        <source>The event that check-in, notes and reports use</source>
        <translation>Az érkeztetés, a jegyzetek és a jelentések által használt rendezvény</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="330"/>
        <source>Home</source>
        <translation>Kezdőlap</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="453"/>
        <source>(none)</source>
        <translation>(nincs)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="463"/>
        <source>New database</source>
        <translation>Új adatbázis</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="472"/>
        <source>{path} already exists. Use File → Open to open it; it has not been changed.</source>
        <translation>{path} már létezik. A megnyitásához használja a Fájl → Megnyitás parancsot; a fájl nem változott.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="480"/>
        <source>Open database</source>
        <translation>Adatbázis megnyitása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="581"/>
        <source>Creating the demo…</source>
        <translation>A bemutató létrehozása…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="663"/>
        <source>Device: {name}</source>
        <translation>Eszköz: {name}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="665"/>
        <source>Database: {path}</source>
        <translation>Adatbázis: {path}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="667"/>
        <source>Database: {path} (could not be opened)</source>
        <translation>Adatbázis: {path} (nem sikerült megnyitni)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="670"/>
        <source>Database: {path} (opening…)</source>
        <translation>Adatbázis: {path} (megnyitás…)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="683"/>
        <source>About EC-NET Desktop</source>
        <translation>Az EC-NET Desktop névjegye</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="685"/>
        <source>&lt;h3&gt;EC-NET Desktop {version}&lt;/h3&gt;&lt;p&gt;Offline registration, check-in, notes and interviews for the events of the European Citizenship Network of Towns (EC-NET).&lt;/p&gt;&lt;p&gt;Database: {database}&lt;br&gt;Device: {device}&lt;/p&gt;&lt;p&gt;Data folder: {data}&lt;br&gt;Log folder: {logs}&lt;/p&gt;&lt;p&gt;Qt {qt}, Qt for Python (PySide6) {pyside}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EC-NET Desktop {version}&lt;/h3&gt;&lt;p&gt;Internetkapcsolat nélküli regisztráció, érkeztetés, jegyzetek és interjúk a European Citizenship Network of Towns (EC-NET) rendezvényeihez.&lt;/p&gt;&lt;p&gt;Adatbázis: {database}&lt;br&gt;Eszköz: {device}&lt;/p&gt;&lt;p&gt;Adatmappa: {data}&lt;br&gt;Naplómappa: {logs}&lt;/p&gt;&lt;p&gt;Qt {qt}, Qt for Python (PySide6) {pyside}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="128"/>
        <source>(no header: column {n})</source>
        <translation>(nincs fejléc: {n}. oszlop)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="139"/>
        <source>Not recognised: choose what this column holds, or “do not import”.</source>
        <translation>Nem ismerhető fel: válassza ki, mit tartalmaz ez az oszlop, vagy a „nem importálandó” lehetőséget.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="165"/>
        <source>Column in the file</source>
        <translation>Oszlop a fájlban</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="165"/>
        <source>Examples</source>
        <translation>Példák</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="166"/>
        <source>Imported as</source>
        <translation>Importálás mint</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="302"/>
        <source>What do the columns hold?</source>
        <translation>Mit tartalmaznak az oszlopok?</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="304"/>
        <source>Recognised columns are filled in. Change a choice with a click, or F2 and the arrow keys. Columns marked “not imported” are left out.</source>
        <translation>A felismert oszlopok ki vannak töltve. A választást egy kattintással vagy az F2 és a nyílbillentyűk segítségével módosíthatja. A „nem importálandó” jelölésű oszlopok kimaradnak.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="342"/>
        <source>Reading the file…</source>
        <translation>A fájl olvasása…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="358"/>
        <source>sheet “{sheet}”</source>
        <translation>„{sheet}” munkalap</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="359"/>
        <source>encoding {encoding}</source>
        <translation>{encoding} kódolás</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="361"/>
        <source>%Ln rows below the header on row {header} ({where}).</source>
        <translation>
            <numerusform>%Ln sor a(z) {header}. sorban lévő fejléc alatt ({where}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="388"/>
        <source>Choose the column with the given or family name.</source>
        <translation>Válassza ki az utónevet vagy a vezetéknevet tartalmazó oszlopot.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="182"/>
        <source>{name} — {session}</source>
        <translation>{name} – {session}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="195"/>
        <source>{details} (not registered)</source>
        <translation>{details} (nem regisztrált)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="196"/>
        <source>Not registered</source>
        <translation>Nem regisztrált</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="220"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="222"/>
        <source>Country</source>
        <translation>Ország</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="230"/>
        <source>Total
{count}</source>
        <translation>Összesen
{count}</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="65"/>
        <source>(the whole event)</source>
        <translation>(a teljes rendezvény)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="80"/>
        <source>(not set)</source>
        <translation>(nincs megadva)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="209"/>
        <source>Editing…</source>
        <translation>Szerkesztés…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="236"/>
        <source>Saved at {time}.</source>
        <translation>Mentve: {time}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="253"/>
        <source>Add note</source>
        <translation>Jegyzet hozzáadása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="260"/>
        <source>Not saved.</source>
        <translation>Nincs mentve.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="293"/>
        <source>Note</source>
        <translation>Jegyzet</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="293"/>
        <source>Note — {heading}</source>
        <translation>Jegyzet – {heading}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="298"/>
        <source>&amp;Session:</source>
        <translation>&amp;Programpont:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="299"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Típus:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="300"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Cím:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="301"/>
        <source>&amp;Level:</source>
        <translation>S&amp;zint:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="302"/>
        <source>&amp;Addressed to:</source>
        <translation>Cí&amp;mzett:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="304"/>
        <source>&amp;Text (Markdown: **bold**, *italic*, - lists; saved as you type):</source>
        <translation>Szö&amp;veg (Markdown: **félkövér**, *dőlt*, - listák; gépelés közben mentődik):</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="305"/>
        <source>Priorities:</source>
        <translation>Prioritások:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="306"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Nyelv:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="307"/>
        <source>Author&apos;s &amp;role:</source>
        <translation>A szerző &amp;szerepe:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="308"/>
        <source>e.g. facilitator, rapporteur — no names</source>
        <translation>pl. facilitátor, jegyzőkönyvvezető – nevek nélkül</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="309"/>
        <source>&amp;Publishable (may appear in the compendia)</source>
        <translation>&amp;Közzétehető (megjelenhet a gyűjteményekben)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="310"/>
        <source>Preview</source>
        <translation>Előnézet</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="312"/>
        <source>Saved automatically as you type.</source>
        <translation>Gépelés közben automatikusan mentődik.</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="458"/>
        <source>&amp;Notes</source>
        <translation>&amp;Jegyzetek</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="459"/>
        <source>&amp;Recommendations</source>
        <translation>&amp;Ajánlások</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="460"/>
        <source>&amp;Toolkit</source>
        <translation>&amp;Toolkit</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="461"/>
        <source>&amp;Quick note for the session now</source>
        <translation>&amp;Gyors jegyzet az aktuális programponthoz</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="66"/>
        <source>Date</source>
        <translation>Dátum</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="68"/>
        <source>Event</source>
        <translation>Rendezvény</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="69"/>
        <source>Session</source>
        <translation>Programpont</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="70"/>
        <source>(whole event)</source>
        <translation>(a teljes rendezvény)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="71"/>
        <source>Kind</source>
        <translation>Típus</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="72"/>
        <source>Note</source>
        <translation>Jegyzet</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="73"/>
        <source>Priorities</source>
        <translation>Prioritások</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="74"/>
        <source>Publishable</source>
        <translation>Közzétehető</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="75"/>
        <source>yes</source>
        <translation>igen</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="125"/>
        <source>No notes to show. New note writes one; or change the search and filters.</source>
        <translation>Nincs megjeleníthető jegyzet. Az Új jegyzet gombbal írhat egyet, vagy módosítsa a keresést és a szűrőket.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="199"/>
        <source>All kinds</source>
        <translation>Minden típus</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="202"/>
        <source>All priorities</source>
        <translation>Minden prioritás</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="233"/>
        <source>All events</source>
        <translation>Minden rendezvény</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="248"/>
        <source>All sessions</source>
        <translation>Minden programpont</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/notes_view.py" line="276"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln jegyzet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="312"/>
        <source>Choose an event first: a note belongs to an event or one of its sessions.</source>
        <translation>Először válasszon rendezvényt: a jegyzet egy rendezvényhez vagy annak egyik programpontjához tartozik.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="345"/>
        <source>Delete note</source>
        <translation>Jegyzet törlése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="362"/>
        <source>&amp;Search:</source>
        <translation>&amp;Keresés:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="363"/>
        <source>Words in the title or text (accents ignored)</source>
        <translation>Szavak a címben vagy a szövegben (az ékezeteket figyelmen kívül hagyja)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="364"/>
        <source>&amp;New note</source>
        <translation>Ú&amp;j jegyzet</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="365"/>
        <source>Write a new note or recommendation</source>
        <translation>Új jegyzet vagy ajánlás írása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="366"/>
        <source>&amp;Open</source>
        <translation>&amp;Megnyitás</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="367"/>
        <source>Open the selected note (Enter or double-click)</source>
        <translation>A kijelölt jegyzet megnyitása (Enter vagy dupla kattintás)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="368"/>
        <source>&amp;Delete</source>
        <translation>&amp;Törlés</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="370"/>
        <source>Delete the selected note (Delete); Ctrl+Z brings it back</source>
        <translation>A kijelölt jegyzet törlése (Delete); a Ctrl+Z visszahozza</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="153"/>
        <source>New organisation</source>
        <translation>Új szervezet</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="164"/>
        <source>&amp;Name:</source>
        <translation>&amp;Név:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="165"/>
        <source>&amp;Town:</source>
        <translation>&amp;Település:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="166"/>
        <source>&amp;Country:</source>
        <translation>&amp;Ország:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="167"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ípus:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="184"/>
        <source>Create organisation “{name}”</source>
        <translation>„{name}” szervezet létrehozása</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="282"/>
        <source>Overview</source>
        <translation>Áttekintés</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="283"/>
        <source>&amp;Count:</source>
        <translation>&amp;Számlálás:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="284"/>
        <source>All events</source>
        <translation>Minden rendezvény</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="284"/>
        <source>International events</source>
        <translation>Nemzetközi rendezvények</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="285"/>
        <source>Local working groups</source>
        <translation>Helyi munkacsoportok</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="287"/>
        <source>Edit &amp;targets…</source>
        <translation>&amp;Célértékek szerkesztése…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="289"/>
        <source>Set the project&apos;s targets: participants, countries, events</source>
        <translation>A projekt céljainak megadása: résztvevők, országok, rendezvények</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="290"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Frissítés</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="291"/>
        <source>Count again from the database</source>
        <translation>Újraszámolás az adatbázisból</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="292"/>
        <source>Progress against the project&apos;s targets</source>
        <translation>Előrehaladás a projekt célértékeihez képest</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="294"/>
        <source>International events held</source>
        <translation>Megtartott nemzetközi rendezvények</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="295"/>
        <source>Participants (each person once)</source>
        <translation>Résztvevők (mindenki egyszer)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="296"/>
        <source>Participants&apos; countries</source>
        <translation>A résztvevők országai</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="298"/>
        <source>participants, each counted once</source>
        <translation>résztvevő, mindenki egyszer számolva</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="299"/>
        <source>participations (person × event)</source>
        <translation>részvétel (személy × rendezvény)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="300"/>
        <source>attendances (person × session, everyone present)</source>
        <translation>jelenlét (személy × programpont, minden jelenlévő)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="301"/>
        <source>countries</source>
        <translation>ország</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="302"/>
        <source>events with participants</source>
        <translation>rendezvény résztvevőkkel</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="303"/>
        <source>international at international events</source>
        <translation>nemzetközi résztvevő nemzetközi rendezvényeken</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="304"/>
        <source>staff / interpreters, counted apart</source>
        <translation>személyzet / tolmácsok, külön számolva</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="309"/>
        <source>Participants by country</source>
        <translation>Résztvevők országonként</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="310"/>
        <source>Participants by category</source>
        <translation>Résztvevők kategóriánként</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="311"/>
        <source>Participants by gender</source>
        <translation>Résztvevők nemenként</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="312"/>
        <source>Participants by age band</source>
        <translation>Résztvevők korcsoportonként</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="313"/>
        <source>Participants by event (local / international)</source>
        <translation>Résztvevők rendezvényenként (helyi / nemzetközi)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="314"/>
        <source>Participants over time</source>
        <translation>Résztvevők az idő függvényében</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="318"/>
        <source>Save as PNG…</source>
        <translation>Mentés PNG-ként…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="319"/>
        <source>Save this chart as a PNG image</source>
        <translation>A diagram mentése PNG-képként</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="321"/>
        <source>A participant is a person checked in for at least one session of an event, registered as participant, speaker or facilitator (or not registered at all). Staff and interpreters are counted apart. Each person counts once however many events they attended; merged duplicates count once; erased people still count by country and category. International: from another country than the event&apos;s.</source>
        <translation>Résztvevő az a személy, akit egy rendezvény legalább egy programpontjára érkeztettek, és résztvevőként, előadóként vagy facilitátorként regisztrált (vagy egyáltalán nem regisztrált). A személyzetet és a tolmácsokat külön számoljuk. Mindenki egyszer számít, akárhány rendezvényen vett is részt; az összevont duplikátumok egyszer számítanak; a törölt adatú személyek ország és kategória szerint továbbra is beszámítanak. Nemzetközi: a rendezvény országától eltérő országból érkezett.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="387"/>
        <source>{reached} of {target}</source>
        <translation>{reached} / {target}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="408"/>
        <source>{events} events, {people} people present in all.</source>
        <translation>{events} rendezvény, összesen {people} jelenlévő személy.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/overview_view.py" line="411"/>
        <source>%Ln international event(s) below one third from abroad.</source>
        <translation>
            <numerusform>%Ln nemzetközi rendezvényen egyharmad alatt van a külföldi résztvevők aránya.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="417"/>
        <source>No participants yet.</source>
        <translation>Még nincsenek résztvevők.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="424"/>
        <source>others</source>
        <translation>egyéb</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="440"/>
        <source>local</source>
        <translation>helyi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="441"/>
        <source>international</source>
        <translation>nemzetközi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="455"/>
        <source>participants so far</source>
        <translation>résztvevő eddig</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="456"/>
        <source>participants&apos; attendances in the month</source>
        <translation>a résztvevők jelenlétei a hónapban</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="497"/>
        <source>Change project targets</source>
        <translation>A projekt célértékeinek módosítása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="503"/>
        <source>Save chart as PNG</source>
        <translation>Diagram mentése PNG-ként</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="504"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-képek (*.png)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="512"/>
        <source>Could not write {path}.</source>
        <translation>{path} nem írható.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="515"/>
        <source>Saved {path}.</source>
        <translation>Mentve: {path}.</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="316"/>
        <source>Any part of a name, organisation or town</source>
        <translation>A név, a szervezet vagy a település bármely része</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="319"/>
        <source>&amp;Search:</source>
        <translation>&amp;Keresés:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="327"/>
        <source>No one to show. New person… adds someone; or change the search.</source>
        <translation>Nincs megjeleníthető személy. Az Új személy… gombbal felvehet valakit, vagy módosítsa a keresést.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="349"/>
        <source>The search failed.</source>
        <translation>A keresés nem sikerült.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/people_model.py" line="352"/>
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln személy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="68"/>
        <source>Family name</source>
        <translation>Vezetéknév</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="69"/>
        <source>Given name</source>
        <translation>Utónév</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="70"/>
        <source>Organisation</source>
        <translation>Szervezet</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="71"/>
        <source>Town</source>
        <translation>Település</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="72"/>
        <source>Country</source>
        <translation>Ország</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="74"/>
        <source>Category</source>
        <translation>Kategória</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="117"/>
        <source>&amp;New person…</source>
        <translation>Ú&amp;j személy…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="118"/>
        <source>Add a person to the address book</source>
        <translation>Személy felvétele a címjegyzékbe</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="120"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Szerkesztés…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="122"/>
        <source>Change the selected person&apos;s details (Enter or double-click)</source>
        <translation>A kijelölt személy adatainak módosítása (Enter vagy dupla kattintás)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="124"/>
        <source>&amp;Delete</source>
        <translation>&amp;Törlés</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="126"/>
        <source>Delete the selected person; Ctrl+Z brings them back</source>
        <translation>A kijelölt személy törlése; a Ctrl+Z visszahozza</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="128"/>
        <source>&amp;Register for the event…</source>
        <translation>&amp;Regisztrálás a rendezvényre…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="130"/>
        <source>Register the selected people for the current event</source>
        <translation>A kijelölt személyek regisztrálása az aktuális rendezvényre</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="132"/>
        <source>Possible d&amp;uplicates…</source>
        <translation>Lehetséges &amp;duplikátumok…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="134"/>
        <source>List people who may have been entered twice, and merge them</source>
        <translation>A talán kétszer felvett személyek listázása és összevonása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="142"/>
        <source>&amp;People</source>
        <translation>Személy&amp;ek</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="144"/>
        <source>Pri&amp;vacy</source>
        <translation>&amp;Adatvédelem</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="205"/>
        <source>Re&amp;gistrations for {event}</source>
        <translation>Re&amp;gisztrációk – {event}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="206"/>
        <source>Re&amp;gistrations</source>
        <translation>Re&amp;gisztrációk</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="234"/>
        <source>Edit person</source>
        <translation>Személy szerkesztése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="248"/>
        <location filename="../ecnet_desktop/ui/people_view.py" line="257"/>
        <source>Delete person</source>
        <translation>Személy törlése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="249"/>
        <source>Delete {name}? Their registrations and attendance stay in the counts.</source>
        <translation>Törli a következő személyt: {name}? A regisztrációi és jelenlétei továbbra is beszámítanak.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="255"/>
        <source>Delete person “{name}”</source>
        <translation>„{name}” személy törlése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="271"/>
        <source>Looking for possible duplicates…</source>
        <translation>Lehetséges duplikátumok keresése…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="281"/>
        <source>Possible duplicates</source>
        <translation>Lehetséges duplikátumok</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="195"/>
        <source>{name} ({where}) — {reason}</source>
        <translation>{name} ({where}) – {reason}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="197"/>
        <source>{name} — {reason}</source>
        <translation>{name} – {reason}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="199"/>
        <source>Possibly the same person as: {people}</source>
        <translation>Lehet, hogy ugyanaz a személy, mint: {people}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="214"/>
        <source>New person</source>
        <translation>Új személy</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="214"/>
        <source>Edit person</source>
        <translation>Személy szerkesztése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="242"/>
        <source>Data &amp;processing</source>
        <translation>&amp;Adatkezelés</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="243"/>
        <source>P&amp;hotos</source>
        <translation>&amp;Fényképek</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="244"/>
        <source>Appearing on &amp;lists</source>
        <translation>Megjelenés &amp;listákon</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="270"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Utónév:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="271"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Vezetéknév:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="272"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="273"/>
        <source>Pho&amp;ne:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="274"/>
        <source>&amp;Town:</source>
        <translation>Tele&amp;pülés:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="275"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Ország:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="276"/>
        <source>O&amp;rganisation:</source>
        <translation>&amp;Szervezet:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="277"/>
        <source>C&amp;ategory:</source>
        <translation>&amp;Kategória:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="278"/>
        <source>Gen&amp;der:</source>
        <translation>&amp;Nem:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="279"/>
        <source>&amp;Birth year:</source>
        <translation>Születési &amp;év:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="285"/>
        <source>Consents</source>
        <translation>Hozzájárulások</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="287"/>
        <source>Date</source>
        <translation>Dátum</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="287"/>
        <source>Text version</source>
        <translation>Szövegverzió</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="288"/>
        <source>Recorded by</source>
        <translation>Rögzítette</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="347"/>
        <source>Type to find or create one</source>
        <translation>Gépeljen a kereséshez vagy létrehozáshoz</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="406"/>
        <source>“{name}” is new: it will be created when you save.</source>
        <translation>„{name}” új: mentéskor jön létre.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="462"/>
        <source>Create person “{name}”</source>
        <translation>„{name}” személy létrehozása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="465"/>
        <source>Edit person “{name}”</source>
        <translation>„{name}” személy szerkesztése</translation>
    </message>
</context>
<context>
    <name>PersonPrivacyActions</name>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="123"/>
        <source>Er&amp;ase…</source>
        <translation>Adatok &amp;törlése…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="124"/>
        <source>GDPR erasure: remove this person&apos;s personal data</source>
        <translation>GDPR szerinti törlés: a személy személyes adatainak eltávolítása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="126"/>
        <source>E&amp;xport everything about them…</source>
        <translation>Minden adat e&amp;xportálása a személyről…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="127"/>
        <source>Answer a subject access request: everything held about this person, as xlsx or PDF</source>
        <translation>Válasz egy érintetti hozzáférési kérelemre: minden, amit erről a személyről tárolunk, xlsx vagy PDF formátumban</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="145"/>
        <source>Preferences</source>
        <translation>Beállítások</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="146"/>
        <source>General</source>
        <translation>Általános</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="147"/>
        <source>&amp;Language:</source>
        <translation>&amp;Nyelv:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="148"/>
        <source>&amp;Name of this laptop:</source>
        <translation>A &amp;laptop neve:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="150"/>
        <source>Shown in exchanged workbooks, so colleagues know which laptop an edit came from</source>
        <translation>Megjelenik az adatcsere-munkafüzetekben, így a kollégák tudják, melyik laptopról származik egy módosítás</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="151"/>
        <source>Printing</source>
        <translation>Nyomtatás</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="152"/>
        <source>&amp;Paper size:</source>
        <translation>&amp;Papírméret:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="153"/>
        <source>&amp;Blank rows on attendance sheets:</source>
        <translation>Üres &amp;sorok a jelenléti íveken:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="154"/>
        <source>Empty numbered rows for walk-ins who sign on paper</source>
        <translation>Üres, számozott sorok a papíron aláíró helyszíni jelentkezőknek</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="155"/>
        <source>Data</source>
        <translation>Adatok</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="156"/>
        <source>Backups &amp;kept per database:</source>
        <translation>Megőrzött biztonsági &amp;mentések adatbázisonként:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="158"/>
        <source>A backup is made before every import and upgrade; older ones are deleted, so erased personal data does not linger</source>
        <translation>Minden importálás és frissítés előtt biztonsági mentés készül; a régebbiek törlődnek, így a törölt személyes adatok nem maradnak meg</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="160"/>
        <source>Keep personal data after the project &amp;ends:</source>
        <translation>Személyes adatok megőrzése a projekt &amp;vége után:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="161"/>
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln év</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="163"/>
        <source>After this many years past the project&apos;s end, personal data is due for erasure</source>
        <translation>A projekt vége után ennyi év elteltével a személyes adatok törlése esedékessé válik</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="222"/>
        <source>Give this laptop a name.</source>
        <translation>Adjon nevet ennek a laptopnak.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="396"/>
        <source>Preview</source>
        <translation>Előnézet</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="398"/>
        <source>Check what will happen. Only the valid rows are imported, all of them at once, when you press Import.</source>
        <translation>Ellenőrizze, mi fog történni. Az Importálás gomb megnyomásakor csak az érvényes sorok kerülnek importálásra, mind egyszerre.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="401"/>
        <source>&amp;Import</source>
        <translation>&amp;Importálás</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="410"/>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="416"/>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="423"/>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="429"/>
        <source>Row</source>
        <translation>Sor</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="411"/>
        <source>Column</source>
        <translation>Oszlop</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="412"/>
        <source>Value</source>
        <translation>Érték</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="413"/>
        <source>Why it is not imported</source>
        <translation>Miért nem kerül importálásra</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="417"/>
        <source>In the file</source>
        <translation>A fájlban</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="418"/>
        <source>Already in the database</source>
        <translation>Már az adatbázisban</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="419"/>
        <source>Because</source>
        <translation>Indok</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="420"/>
        <source>What happens</source>
        <translation>Mi történik</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="424"/>
        <source>Repeats row</source>
        <translation>Ismétli a sort</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="426"/>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="430"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="431"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="432"/>
        <source>Organisation</source>
        <translation>Szervezet</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="433"/>
        <source>Country</source>
        <translation>Ország</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="438"/>
        <source>&amp;Change what happens to this person</source>
        <translation>A személlyel történő művelet &amp;módosítása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="440"/>
        <source>Switch between adding this row as a new person and updating the matching person</source>
        <translation>Váltás a sor új személyként való felvétele és az egyező személy frissítése között</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="467"/>
        <source>already registered: nothing to do</source>
        <translation>már regisztrált: nincs teendő</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="469"/>
        <source>register the person already in the database</source>
        <translation>az adatbázisban már szereplő személy regisztrálása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="471"/>
        <source>create a new person (the names or e-mails differ)</source>
        <translation>új személy létrehozása (a nevek vagy az e-mail-címek eltérnek)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="472"/>
        <source>create a new person</source>
        <translation>új személy létrehozása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="510"/>
        <source>&amp;Rejected rows ({n})</source>
        <translation>&amp;Elutasított sorok ({n})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="510"/>
        <source>&amp;Possible duplicates ({n})</source>
        <translation>&amp;Lehetséges duplikátumok ({n})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="511"/>
        <source>Re&amp;peated in the file ({n})</source>
        <translation>Ismétlődő s&amp;orok a fájlban ({n})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="511"/>
        <source>&amp;New people ({n})</source>
        <translation>Ú&amp;j személyek ({n})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="515"/>
        <source>Checking every row…</source>
        <translation>Minden sor ellenőrzése…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="518"/>
        <source>For “{event}”: new people: {new}; people already in the database: {existing}; rows repeated in the file: {repeated}; rows rejected: {rejected}.</source>
        <translation>„{event}”: új személyek: {new}; az adatbázisban már szereplő személyek: {existing}; a fájlban ismétlődő sorok: {repeated}; elutasított sorok: {rejected}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="525"/>
        <source>Columns not imported: {headers}.</source>
        <translation>Nem importált oszlopok: {headers}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="528"/>
        <source>There is no valid row to import.</source>
        <translation>Nincs importálható érvényes sor.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="555"/>
        <source>Importing…</source>
        <translation>Importálás…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="561"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Az importálás megszakítva; semmi sem változott.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="124"/>
        <source>Consent &amp;texts</source>
        <translation>&amp;Hozzájárulási szövegek</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="125"/>
        <source>&amp;Retention period</source>
        <translation>&amp;Megőrzési idő</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="126"/>
        <source>Audit &amp;log</source>
        <translation>Ellenőrzési &amp;napló</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="143"/>
        <source>No consent texts yet. New text… adds the wording people agree to.</source>
        <translation>Még nincs hozzájárulási szöveg. Az Új szöveg… gombbal felveheti a szöveget, amelyhez az emberek hozzájárulnak.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="145"/>
        <source>&amp;New text…</source>
        <translation>Ú&amp;j szöveg…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="146"/>
        <source>Write a new version of a consent text</source>
        <translation>Hozzájárulási szöveg új változatának írása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="148"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Szerkesztés…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="149"/>
        <source>Change the selected consent text</source>
        <translation>A kijelölt hozzájárulási szöveg módosítása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="151"/>
        <source>&amp;Delete</source>
        <translation>&amp;Törlés</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="152"/>
        <source>Delete the selected consent text</source>
        <translation>A kijelölt hozzájárulási szöveg törlése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="155"/>
        <source>The wording people agree to. Each consent records the version of the text it was given to; add a new version when the wording changes, so older consents keep pointing at what people actually read.</source>
        <translation>A szöveg, amelyhez az érintettek hozzájárulnak. Minden hozzájárulás rögzíti annak a szövegnek a verzióját, amelyre adták; ha a megfogalmazás változik, vegyen fel új verziót, hogy a korábbi hozzájárulások továbbra is arra a szövegre mutassanak, amelyet az érintettek valóban elolvastak.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="203"/>
        <source>Delete consent text {version}</source>
        <translation>Hozzájárulási szöveg törlése: {version}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="207"/>
        <source>Delete consent text</source>
        <translation>Hozzájárulási szöveg törlése</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="220"/>
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln év</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="305"/>
        <source>%Ln people are past the retention period.</source>
        <translation>
            <numerusform>%Ln személy esetében lejárt a megőrzési idő.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="330"/>
        <source>%Ln people erased.</source>
        <translation>
            <numerusform>%Ln személy adatai törölve.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="340"/>
        <source>Nothing recorded yet: consents, erasures and data exports are logged here.</source>
        <translation>Még nincs bejegyzés: a hozzájárulások, törlések és adatexportok itt kerülnek naplózásra.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="222"/>
        <source>&amp;Apply</source>
        <translation>&amp;Alkalmaz</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="65"/>
        <source>Consent to</source>
        <translation>Hozzájárulás tárgya</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="66"/>
        <source>Version</source>
        <translation>Változat</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="67"/>
        <source>Language</source>
        <translation>Nyelv</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="68"/>
        <source>Text</source>
        <translation>Szöveg</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="74"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="75"/>
        <source>(no name)</source>
        <translation>(nincs név)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="76"/>
        <source>Country</source>
        <translation>Ország</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="77"/>
        <source>Category</source>
        <translation>Kategória</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="78"/>
        <source>Last event ended</source>
        <translation>Utolsó rendezvény vége</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="81"/>
        <source>Kept until</source>
        <translation>Megőrzés eddig</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="92"/>
        <source>When (UTC)</source>
        <translation>Mikor (UTC)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="93"/>
        <source>What</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="94"/>
        <source>Subject</source>
        <translation>Érintett</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="95"/>
        <source>Details</source>
        <translation>Részletek</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="96"/>
        <source>Device</source>
        <translation>Eszköz</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="224"/>
        <source>Save the retention period and the project&apos;s end date</source>
        <translation>A megőrzési idő és a projekt záró dátumának mentése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="233"/>
        <source>&amp;Find people past the period</source>
        <translation>A megőrzési időn túli személyek &amp;keresése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="235"/>
        <source>List the people whose data is kept longer than the retention period</source>
        <translation>Azon személyek listázása, akiknek adatait a megőrzési időnél tovább tárolják</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="237"/>
        <source>Erase everyone l&amp;isted…</source>
        <translation>Az összes listázott személy adatainak tö&amp;rlése…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="239"/>
        <source>Erase the personal data of everyone listed; you confirm first</source>
        <translation>Minden listázott személy személyes adatainak törlése; előtte megerősítést kér</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="243"/>
        <source>Keep personal data &amp;for:</source>
        <translation>Személyes adatok megőrzése &amp;ennyi ideig:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="245"/>
        <source>after the project&apos;s &amp;end:</source>
        <translation>a projekt &amp;vége után:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="275"/>
        <source>Personal data is kept until {date} (for audits of the grant), or longer for people who took part in later events: their period runs from their last event.</source>
        <translation>A személyes adatokat {date} napjáig őrizzük meg (a támogatás ellenőrzése céljából), illetve tovább azoknál, akik későbbi rendezvényeken is részt vettek: az ő megőrzési idejük az utolsó rendezvényüktől számít.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="297"/>
        <source>Looking…</source>
        <translation>Keresés…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="306"/>
        <source>Nobody is past the retention period.</source>
        <translation>Senkinél nem járt le a megőrzési idő.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="342"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Frissítés</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="343"/>
        <source>Read the privacy log again</source>
        <translation>Az adatvédelmi napló újraolvasása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="346"/>
        <source>Exports, imports, erasures and subject access answers made on this laptop: what, when and on which device. Kept in the database; it names people by id only.</source>
        <translation>Az ezen a laptopon végzett exportálások, importálások, adattörlések és hozzáférési kérelmekre adott válaszok: mi, mikor és melyik eszközön történt. Az adatbázisban tárolódik; a személyeket csak azonosítóval nevezi meg.</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="88"/>
        <source>Time</source>
        <translation>Idő</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="88"/>
        <source>Title</source>
        <translation>Cím</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="88"/>
        <source>Room</source>
        <translation>Terem</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="88"/>
        <source>Kind</source>
        <translation>Típus</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="88"/>
        <source>Facilitator</source>
        <translation>Facilitátor</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="89"/>
        <source>Methodology</source>
        <translation>Módszertan</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="172"/>
        <source>{day} (outside the event&apos;s dates)</source>
        <translation>{day} (a rendezvény időpontján kívül)</translation>
    </message>
</context>
<context>
    <name>ProgrammeView</name>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="243"/>
        <source>&amp;Add session…</source>
        <translation>Programpont &amp;hozzáadása…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="244"/>
        <source>Add a session to the event&apos;s programme</source>
        <translation>Programpont hozzáadása a rendezvény programjához</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="246"/>
        <source>Edit se&amp;ssion…</source>
        <translation>Programpont &amp;szerkesztése…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="247"/>
        <source>Change the selected session (Enter or double-click)</source>
        <translation>A kijelölt programpont módosítása (Enter vagy dupla kattintás)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="249"/>
        <source>De&amp;lete session</source>
        <translation>Programpont &amp;törlése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="251"/>
        <source>Delete the selected session (Delete); Ctrl+Z brings it back</source>
        <translation>A kijelölt programpont törlése (Delete); a Ctrl+Z visszahozza</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="308"/>
        <source>Programme of “{title}”</source>
        <translation>„{title}” programja</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="309"/>
        <source>No event chosen</source>
        <translation>Nincs kiválasztott rendezvény</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="311"/>
        <source>No sessions yet. Add session… puts the first one in the programme.</source>
        <translation>Még nincs programpont. A Programpont hozzáadása… gombbal felveheti az elsőt.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="312"/>
        <source>Choose an event to see its programme.</source>
        <translation>Válasszon rendezvényt a programja megtekintéséhez.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="324"/>
        <source>2 sessions overlap in room {room} on {day}: “{first}” ({first_time}) and “{second}” ({second_time}).</source>
        <translation>2 programpont átfedésben van ({day}, {room} terem): „{first}” ({first_time}) és „{second}” ({second_time}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="331"/>
        <source>Overlaps with “{other}” ({time}) in room {room}.</source>
        <translation>Átfedésben van ezzel: „{other}” ({time}), terem: {room}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="338"/>
        <source>Falls outside the event&apos;s dates: move it to one of its days.</source>
        <translation>A rendezvény időpontján kívül esik: helyezze át a rendezvény valamelyik napjára.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/programme_view.py" line="341"/>
        <source>%Ln session(s) fall outside the event&apos;s dates.</source>
        <translation>
            <numerusform>%Ln programpont a rendezvény időpontján kívül esik.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="404"/>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="419"/>
        <source>Delete session</source>
        <translation>Programpont törlése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="405"/>
        <source>Delete the session “{title}”?</source>
        <translation>Törli a következő programpontot: „{title}”?</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="416"/>
        <source>Delete session “{title}”</source>
        <translation>„{title}” programpont törlése</translation>
    </message>
</context>
<context>
    <name>ProgressRunner</name>
    <message>
        <location filename="../ecnet_desktop/ui/tasks.py" line="128"/>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/tasks.py" line="173"/>
        <source>Cancelling…</source>
        <translation>Megszakítás…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../ecnet_desktop/app.py" line="333"/>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="62"/>
        <source>Question</source>
        <translation>Kérdés</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="62"/>
        <source>New question</source>
        <translation>Új kérdés</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="69"/>
        <source>&amp;Required</source>
        <translation>&amp;Kötelező</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="73"/>
        <source>&amp;Type:</source>
        <translation>&amp;Típus:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="74"/>
        <source>&amp;Name:</source>
        <translation>&amp;Név:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="75"/>
        <source>&amp;Section:</source>
        <translation>&amp;Szakasz:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="81"/>
        <source>Text ({language}):</source>
        <translation>Szöveg ({language}):</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="84"/>
        <source>one choice a line: value = label</source>
        <translation>soronként egy választási lehetőség: érték = felirat</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="85"/>
        <source>&amp;Choices:</source>
        <translation>&amp;Választási lehetőségek:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="127"/>
        <source>Add question</source>
        <translation>Kérdés hozzáadása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="139"/>
        <source>Edit question</source>
        <translation>Kérdés szerkesztése</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="38"/>
        <source>Question {number} of {count}</source>
        <translation>{number}/{count}. kérdés</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="90"/>
        <source>yes</source>
        <translation>igen</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="92"/>
        <source>no</source>
        <translation>nem</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="98"/>
        <source>Type the answer; Ctrl+Enter: next question.</source>
        <translation>Írja be a választ; Ctrl+Enter: következő kérdés.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="99"/>
        <source>Type a number; Enter: next question.</source>
        <translation>Írjon be egy számot; Enter: következő kérdés.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="100"/>
        <source>Press 1 to 5 (or arrows and Space); Enter: next.</source>
        <translation>Nyomja meg az 1–5 billentyűk egyikét (vagy a nyilakat és a Szóközt); Enter: tovább.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="101"/>
        <source>Press the number of the answer; Enter: next.</source>
        <translation>Nyomja meg a válasz számát; Enter: tovább.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="102"/>
        <source>Press numbers to tick or untick answers; Enter: next.</source>
        <translation>A számok megnyomásával jelölheti be a válaszokat, vagy törölheti a jelölést; Enter: tovább.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="104"/>
        <source>Press 1 or Y for yes, 2 or N for no; Enter: next.</source>
        <translation>Nyomja meg az 1-et vagy az Y-t az igenhez, a 2-t vagy az N-t a nemhez; Enter: tovább.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="106"/>
        <source>Required.</source>
        <translation>Kötelező.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="106"/>
        <source>Optional.</source>
        <translation>Nem kötelező.</translation>
    </message>
</context>
<context>
    <name>RecommendationsView</name>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="42"/>
        <source>(no priority)</source>
        <translation>(nincs prioritás)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="54"/>
        <source>Priority</source>
        <translation>Prioritás</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="57"/>
        <source>Recommendation</source>
        <translation>Ajánlás</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="58"/>
        <source>Level</source>
        <translation>Szint</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="59"/>
        <source>Addressed to</source>
        <translation>Címzett</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="60"/>
        <source>Event</source>
        <translation>Rendezvény</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="61"/>
        <source>Date</source>
        <translation>Dátum</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="63"/>
        <source>Linked</source>
        <translation>Kapcsolatok</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="65"/>
        <source>Publishable</source>
        <translation>Közzétehető</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="66"/>
        <source>yes</source>
        <translation>igen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="170"/>
        <source>%Ln recommendation(s)</source>
        <translation>
            <numerusform>%Ln ajánlás</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="251"/>
        <source>Link recommendations</source>
        <translation>Ajánlások összekapcsolása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="251"/>
        <source>Unlink recommendations</source>
        <translation>Ajánlások szétkapcsolása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="269"/>
        <source>Workbook (*.xlsx)</source>
        <translation>Munkafüzet (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="271"/>
        <source>Save the EC-NET Recommendations</source>
        <translation>Az EC-NET Ajánlások mentése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="282"/>
        <source>Only &amp;publishable</source>
        <translation>Csak a közzé&amp;tehetők</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="284"/>
        <source>Show only the recommendations marked as ready to publish</source>
        <translation>Csak a közzétételre késznek jelölt ajánlások megjelenítése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="285"/>
        <source>&amp;Linked to:</source>
        <translation>Kapcsolódik &amp;ehhez:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="286"/>
        <source>&amp;Similar, not linked yet:</source>
        <translation>&amp;Hasonló, még nincs összekapcsolva:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="287"/>
        <source>Lin&amp;k</source>
        <translation>Össze&amp;kapcsolás</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="288"/>
        <source>Link the selected recommendation to another note</source>
        <translation>A kijelölt ajánlás összekapcsolása egy másik jegyzettel</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="289"/>
        <source>&amp;Unlink</source>
        <translation>&amp;Szétkapcsolás</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="290"/>
        <source>Remove the selected link</source>
        <translation>A kijelölt kapcsolat eltávolítása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="291"/>
        <source>Save as P&amp;DF…</source>
        <translation>Mentés &amp;PDF-ként…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="293"/>
        <source>Save the recommendations shown as a PDF to print or share</source>
        <translation>A megjelenített ajánlások mentése PDF-ként nyomtatáshoz vagy megosztáshoz</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="294"/>
        <source>Save as &amp;workbook…</source>
        <translation>Mentés &amp;munkafüzetként…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="295"/>
        <source>Save the recommendations shown as an Excel workbook</source>
        <translation>A megjelenített ajánlások mentése Excel-munkafüzetként</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="40"/>
        <source>Restore the database from a backup</source>
        <translation>Az adatbázis visszaállítása biztonsági mentésből</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="53"/>
        <source>&amp;Backups (newest first):</source>
        <translation>&amp;Biztonsági mentések (a legújabb elöl):</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="55"/>
        <source>The current file is not deleted: it is renamed and kept beside the database.</source>
        <translation>A jelenlegi fájl nem törlődik: átnevezve megmarad az adatbázis mellett.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="63"/>
        <source>&amp;Restore selected backup</source>
        <translation>A kiválasztott mentés &amp;visszaállítása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="77"/>
        <source>There are no backups of this database in {folder}.</source>
        <translation>Ennek az adatbázisnak nincs biztonsági mentése itt: {folder}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="84"/>
        <source>before an import</source>
        <translation>importálás előtt</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="85"/>
        <source>before an update of the app</source>
        <translation>az alkalmazás frissítése előtt</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="86"/>
        <source>before adding a list of people</source>
        <translation>személylista hozzáadása előtt</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="87"/>
        <source>{when} — {why} ({size} kB)</source>
        <translation>{when} – {why} ({size} kB)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="89"/>
        <source>{backup} — latest good backup</source>
        <translation>{backup} – legutóbbi ép biztonsági mentés</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="127"/>
        <source>Restore the selected backup to go on working; changes made after it was taken are not in it.</source>
        <translation>A munka folytatásához állítsa vissza a kiválasztott biztonsági mentést; a mentés után végzett módosításokat az nem tartalmazza.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="129"/>
        <source>Without a backup the database cannot be repaired by the app.</source>
        <translation>Biztonsági mentés nélkül az alkalmazás nem tudja helyreállítani az adatbázist.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="141"/>
        <source>Restore from backup</source>
        <translation>Visszaállítás biztonsági mentésből</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="141"/>
        <source>A database on a server is backed up and restored by the server&apos;s administrator.</source>
        <translation>A kiszolgálón lévő adatbázis mentéséről és visszaállításáról a kiszolgáló rendszergazdája gondoskodik.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="144"/>
        <source>Replace the database {path} with one of its backups. Changes made after the backup was taken are not in it.</source>
        <translation>{path} adatbázis cseréje annak egyik biztonsági mentésére. A mentés után végzett módosításokat az nem tartalmazza.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="168"/>
        <source>The database was restored from {backup}.</source>
        <translation>Az adatbázis visszaállítva innen: {backup}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="171"/>
        <source>The replaced file was kept as {aside}.</source>
        <translation>A lecserélt fájl megmaradt ezen a néven: {aside}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="173"/>
        <source>Database restored</source>
        <translation>Adatbázis visszaállítva</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="174"/>
        <source>Change registration</source>
        <translation>Regisztráció módosítása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="175"/>
        <source>Register for {event}</source>
        <translation>Regisztrálás: {event}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="188"/>
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} és még %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="197"/>
        <source>(each keeps their own)</source>
        <translation>(mindenki megtartja a sajátját)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="200"/>
        <source>&amp;Role:</source>
        <translation>&amp;Szerep:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="201"/>
        <source>&amp;Status:</source>
        <translation>&amp;Állapot:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="202"/>
        <source>&amp;Invited by town:</source>
        <translation>&amp;Meghívó település:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="233"/>
        <source>Choose at least one person in the list.</source>
        <translation>Válasszon ki legalább egy személyt a listában.</translation>
    </message>
</context>
<context>
    <name>RegistrationsPanel</name>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="62"/>
        <source>international</source>
        <translation>nemzetközi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="63"/>
        <source>local</source>
        <translation>helyi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="67"/>
        <source>unknown</source>
        <translation>ismeretlen</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="71"/>
        <source>Family name</source>
        <translation>Vezetéknév</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="74"/>
        <source>Given name</source>
        <translation>Utónév</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="76"/>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="93"/>
        <source>Country</source>
        <translation>Ország</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="78"/>
        <source>Local / international</source>
        <translation>Helyi / nemzetközi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="79"/>
        <source>Role</source>
        <translation>Szerep</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="81"/>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="83"/>
        <source>Invited by</source>
        <translation>Meghívó</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="86"/>
        <source>Organisation</source>
        <translation>Szervezet</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="88"/>
        <source>Town</source>
        <translation>Település</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="94"/>
        <source>People</source>
        <translation>Személyek</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="274"/>
        <source>&amp;Add people…</source>
        <translation>Személyek &amp;hozzáadása…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="275"/>
        <source>Register people from the address book for this event</source>
        <translation>Személyek regisztrálása a címjegyzékből erre a rendezvényre</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="277"/>
        <source>C&amp;hange role or status…</source>
        <translation>Szerep vagy állapot &amp;módosítása…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="279"/>
        <source>Change the role or status of the selected registrations</source>
        <translation>A kijelölt regisztrációk szerepének vagy állapotának módosítása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="281"/>
        <source>Un&amp;register</source>
        <translation>Regisztráció &amp;visszavonása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="283"/>
        <source>Remove the selected people from this event; Ctrl+Z brings them back</source>
        <translation>A kijelölt személyek eltávolítása a rendezvényről; a Ctrl+Z visszahozza őket</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="285"/>
        <source>E&amp;xport participant list…</source>
        <translation>Résztvevőlista e&amp;xportálása…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="287"/>
        <source>Save this event&apos;s participant list as an Excel workbook</source>
        <translation>A rendezvény résztvevői listájának mentése Excel-munkafüzetként</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="289"/>
        <source>&amp;Import registrations…</source>
        <translation>Regisztrációk &amp;importálása…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="291"/>
        <source>Read a CSV or XLSX list from a partner town or an online form</source>
        <translation>CSV- vagy XLSX-lista beolvasása partnertelepüléstől vagy online űrlapból</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="364"/>
        <source>No event chosen</source>
        <translation>Nincs kiválasztott rendezvény</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="366"/>
        <source>Choose the current event in the toolbar to see and change its registrations.</source>
        <translation>A regisztrációk megtekintéséhez és módosításához válassza ki az aktuális rendezvényt az eszköztáron.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="373"/>
        <source>{title} — {place}, {start} to {end}</source>
        <translation>{title} – {place}, {start} – {end}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="378"/>
        <source>{registered} registered: {local} local, {international} international ({countries} countries). {listed} registrations in the list, including cancelled and no-shows.</source>
        <translation>{registered} regisztrált: {local} helyi, {international} nemzetközi ({countries} ország). A listában {listed} regisztráció szerepel, a lemondottakat és a meg nem jelenteket is beleértve.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="446"/>
        <source>Register %Ln people</source>
        <translation>
            <numerusform>%Ln személy regisztrálása</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="459"/>
        <source>Change %Ln registrations</source>
        <translation>
            <numerusform>%Ln regisztráció módosítása</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="467"/>
        <source>Unregister %Ln people</source>
        <translation>
            <numerusform>%Ln személy regisztrációjának visszavonása</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="475"/>
        <source>participants {title}.xlsx</source>
        <translation>resztvevok {title}.xlsx</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="478"/>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="502"/>
        <source>Export participant list</source>
        <translation>Résztvevőlista exportálása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="479"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-munkafüzetek (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="492"/>
        <source>Exporting the participant list…</source>
        <translation>A résztvevőlista exportálása…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="496"/>
        <source>Saved %Ln participants to {path}.</source>
        <translation>
            <numerusform>%Ln résztvevő mentve ide: {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWorkbooks</name>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="62"/>
        <source>Save the event report as a &amp;workbook (.xlsx)…</source>
        <translation>A rendezvényjelentés mentése &amp;munkafüzetként (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="63"/>
        <source>Save the project &amp;summary workbook (.xlsx)…</source>
        <translation>A projekt &amp;összesítő munkafüzetének mentése (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="65"/>
        <source>Asks where to save, then writes the chosen event&apos;s report (figures per country, category and session) as an Excel workbook.</source>
        <translation>Megkérdezi, hová mentse, majd Excel-munkafüzetként elkészíti a kiválasztott rendezvény jelentését (adatok országonként, kategóriánként és programpontonként).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="68"/>
        <source>Asks where to save, then writes the figures of every event of the project, and their totals, as an Excel workbook.</source>
        <translation>Megkérdezi, hová mentse, majd Excel-munkafüzetként elkészíti a projekt összes rendezvényének adatait és azok összesítését.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="80"/>
        <source>Save workbook</source>
        <translation>Munkafüzet mentése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="81"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-munkafüzetek (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="90"/>
        <source>Choose an event first.</source>
        <translation>Először válasszon rendezvényt.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="108"/>
        <source>Writing the event report workbook…</source>
        <translation>A rendezvényjelentés munkafüzetének írása…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="118"/>
        <source>Writing the project summary workbook…</source>
        <translation>A projekt összesítő munkafüzetének írása…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="133"/>
        <source>Saved {path}.</source>
        <translation>Mentve: {path}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="142"/>
        <source>Cancelled; no workbook was written.</source>
        <translation>Megszakítva; nem készült munkafüzet.</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="147"/>
        <source>The printer could not be opened.</source>
        <translation>A nyomtató nem nyitható meg.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="384"/>
        <source>&amp;Document:</source>
        <translation>&amp;Dokumentum:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="385"/>
        <source>&amp;Event:</source>
        <translation>&amp;Rendezvény:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="386"/>
        <source>Attendance sheet (EU, to sign)</source>
        <translation>Jelenléti ív (EU, aláírásra)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="387"/>
        <source>Name badges with QR code</source>
        <translation>Névkártyák QR-kóddal</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="388"/>
        <source>Certificates of attendance</source>
        <translation>Részvételi igazolások</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="389"/>
        <source>Event report (grant)</source>
        <translation>Rendezvényjelentés (támogatáshoz)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="391"/>
        <source>Options</source>
        <translation>Beállítások</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="392"/>
        <source>&amp;Lists:</source>
        <translation>&amp;Listák:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="393"/>
        <source>One list for the whole event has a signature column per day.</source>
        <translation>A teljes rendezvényre szóló lista naponként egy aláírási oszlopot tartalmaz.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="395"/>
        <source>for the whole event</source>
        <translation>a teljes rendezvényre</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="395"/>
        <source>one per day</source>
        <translation>naponként egy</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="396"/>
        <source>one per session</source>
        <translation>programpontonként egy</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="398"/>
        <source>&amp;Blank rows for walk-ins:</source>
        <translation>Üres sorok helyszíni &amp;jelentkezőknek:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="399"/>
        <source>&amp;Orientation:</source>
        <translation>&amp;Tájolás:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="400"/>
        <source>Automatic: landscape when a list has a signature column for several days.</source>
        <translation>Automatikus: fekvő, ha a lista több nap aláírási oszlopát tartalmazza.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="402"/>
        <source>automatic</source>
        <translation>automatikus</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="402"/>
        <source>portrait</source>
        <translation>álló</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="403"/>
        <source>landscape</source>
        <translation>fekvő</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="405"/>
        <source>Legal &amp;representative:</source>
        <translation>&amp;Törvényes képviselő:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="406"/>
        <source>pre-printed in the certification</source>
        <translation>előre nyomtatva a tanúsításban</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="407"/>
        <source>One list per invited &amp;town</source>
        <translation>&amp;Meghívó településenként egy lista</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="408"/>
        <source>&amp;Local and international participants on separate lists</source>
        <translation>&amp;Helyi és nemzetközi résztvevők külön listán</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="410"/>
        <source>Prints a separate list for the participants invited by each partner town</source>
        <translation>Külön listát nyomtat az egyes partnertelepülések által meghívott résztvevőkről</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="412"/>
        <source>Prints local participants and participants from other countries on separate lists</source>
        <translation>A helyi és a más országokból érkező résztvevőket külön listára nyomtatja</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="413"/>
        <source>&amp;Badges per sheet:</source>
        <translation>&amp;Névkártyák laponként:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="414"/>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="415"/>
        <source>&amp;For:</source>
        <translation>&amp;Kinek:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="416"/>
        <source>&amp;Signed by:</source>
        <translation>&amp;Aláíró:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="417"/>
        <source>R&amp;ole of the signatory:</source>
        <translation>Az aláíró t&amp;isztsége:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="418"/>
        <source>e.g. Mayor, Project coordinator</source>
        <translation>pl. polgármester, projektkoordinátor</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="419"/>
        <source>&amp;Place:</source>
        <translation>H&amp;ely:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="420"/>
        <source>the event&apos;s town</source>
        <translation>a rendezvény települése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="421"/>
        <source>&amp;Date:</source>
        <translation>Dát&amp;um:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="422"/>
        <source>&amp;Generate</source>
        <translation>Létreh&amp;ozás</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="423"/>
        <source>P&amp;rint…</source>
        <translation>N&amp;yomtatás…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="424"/>
        <source>Open in PDF &amp;viewer</source>
        <translation>Megnyitás PDF-megjelenítő&amp;ben</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="425"/>
        <source>Sa&amp;ve as…</source>
        <translation>Mentés má&amp;sként…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="427"/>
        <source>Writes the chosen document for the chosen event as a PDF, on the paper size set in Preferences, and shows its first pages here.</source>
        <translation>A kiválasztott rendezvény kiválasztott dokumentumát PDF-ként készíti el a Beállításokban megadott papírméreten, és itt megmutatja az első oldalait.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="430"/>
        <source>Chooses a printer, then sends the generated document&apos;s pages to it.</source>
        <translation>Nyomtatót választ, majd elküldi rá az elkészült dokumentum oldalait.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="432"/>
        <source>Opens the generated PDF in the computer&apos;s PDF viewer, to see or print every page.</source>
        <translation>Megnyitja az elkészült PDF-et a számítógép PDF-megjelenítőjében, ahol minden oldal megnézhető vagy nyomtatható.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="434"/>
        <source>Saves a copy of the generated PDF where you choose (a USB stick, a shared folder).</source>
        <translation>Az elkészült PDF másolatát a választott helyre menti (pendrive, megosztott mappa).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="467"/>
        <source>Paper size: {paper} (change it in Edit ▸ Preferences).</source>
        <translation>Papírméret: {paper} (módosítása: Szerkesztés ▸ Beállítások).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="541"/>
        <source>everyone registered</source>
        <translation>minden regisztrált</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="543"/>
        <source>everyone checked in at least once</source>
        <translation>mindenki, akit legalább egyszer érkeztettek</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="557"/>
        <source>Registered participants are listed alphabetically; cancelled registrations and no-shows are left out. Labels keep the English alongside the chosen language.</source>
        <translation>A regisztrált résztvevők betűrendben szerepelnek; a lemondott regisztrációk és a meg nem jelentek kimaradnak. A feliratok a kiválasztott nyelv mellett angolul is megjelennek.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="560"/>
        <source>The QR code on each badge checks the person in at the desk for this event.</source>
        <translation>Az egyes névkártyákon lévő QR-kód a pultnál érkezteti a személyt erre a rendezvényre.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="562"/>
        <source>One page per person, with the sessions they were checked in for and their hours.</source>
        <translation>Személyenként egy oldal azokkal a programpontokkal, amelyekre érkeztették, és az óraszámmal.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="564"/>
        <source>Place and dates, participants per country (local and international), categories, sessions, the one-third check and the text for the host town&apos;s website.</source>
        <translation>Helyszín és időpont, résztvevők országonként (helyi és nemzetközi), kategóriák, programpontok, az egyharmados ellenőrzés és a rendező település honlapjára szánt szöveg.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="639"/>
        <source>Choose an event first.</source>
        <translation>Először válasszon rendezvényt.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="647"/>
        <source>Generating…</source>
        <translation>Létrehozás…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="649"/>
        <source>Generating the document…</source>
        <translation>A dokumentum létrehozása…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="670"/>
        <source>Cancelled; no document was written.</source>
        <translation>Megszakítva; nem készült dokumentum.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="707"/>
        <source>Choose a document and press Generate.</source>
        <translation>Válasszon dokumentumot, és nyomja meg a Létrehozás gombot.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/reports_view.py" line="711"/>
        <source>{name}: %Ln page(s).</source>
        <translation>
            <numerusform>{name}: %Ln oldal.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="713"/>
        <source>The first {shown} are shown here; open it in the PDF viewer to see all.</source>
        <translation>Itt az első {shown} látható; az összes megtekintéséhez nyissa meg a PDF-megjelenítőben.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="739"/>
        <source>Print {name}</source>
        <translation>Nyomtatás: {name}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="747"/>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="748"/>
        <source>Printing…</source>
        <translation>Nyomtatás…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/reports_view.py" line="758"/>
        <source>Sent %Ln page(s) to the printer.</source>
        <translation>
            <numerusform>%Ln oldal elküldve a nyomtatóra.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="764"/>
        <source>Printing cancelled.</source>
        <translation>A nyomtatás megszakítva.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="775"/>
        <source>Save the document as</source>
        <translation>A dokumentum mentése másként</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="777"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumentumok (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="783"/>
        <source>Could not save {path}: {reason}</source>
        <translation>{path} nem menthető: {reason}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="786"/>
        <source>Saved as {path}.</source>
        <translation>Mentve másként: {path}.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="579"/>
        <source>Imported</source>
        <translation>Importálva</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="580"/>
        <source>The people are registered for the event.</source>
        <translation>A személyek regisztrálva vannak a rendezvényre.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="592"/>
        <source>People created and registered: {n}</source>
        <translation>Létrehozott és regisztrált személyek: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="593"/>
        <source>People already in the database, now registered: {n}</source>
        <translation>Az adatbázisban már szereplő, most regisztrált személyek: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="595"/>
        <source>Already registered for this event: {n}</source>
        <translation>Erre a rendezvényre már regisztrált: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="597"/>
        <source>Organisations created: {n}</source>
        <translation>Létrehozott szervezetek: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="598"/>
        <source>Rows not imported: {n}</source>
        <translation>Nem importált sorok: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="602"/>
        <source>A copy of the database from before the import: {path}</source>
        <translation>Az adatbázis importálás előtti másolata: {path}</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="145"/>
        <source>New session</source>
        <translation>Új programpont</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="146"/>
        <source>Edit session</source>
        <translation>Programpont szerkesztése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="155"/>
        <source>{day} (outside the event)</source>
        <translation>{day} (a rendezvényen kívül)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="174"/>
        <source>Type part of a name</source>
        <translation>Írja be a név egy részét</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="176"/>
        <source>(none)</source>
        <translation>(nincs)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="195"/>
        <source>&amp;until</source>
        <translation>&amp;eddig:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="204"/>
        <source>&amp;Title:</source>
        <translation>&amp;Cím:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="205"/>
        <source>&amp;Day:</source>
        <translation>&amp;Nap:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="206"/>
        <source>Ti&amp;me:</source>
        <translation>&amp;Időpont:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="207"/>
        <source>&amp;Room:</source>
        <translation>&amp;Terem:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="208"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ípus:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="209"/>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Facilitátor:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="210"/>
        <source>Met&amp;hodology:</source>
        <translation>&amp;Módszertan:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="211"/>
        <source>&amp;Priorities:</source>
        <translation>&amp;Prioritások:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="257"/>
        <source>Choose the facilitator from the list that opens as you type, or leave the field empty.</source>
        <translation>Válassza ki a facilitátort a gépelés közben megnyíló listából, vagy hagyja üresen a mezőt.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="266"/>
        <source>Add session “{title}”</source>
        <translation>„{title}” programpont hozzáadása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="270"/>
        <source>Edit session “{title}”</source>
        <translation>„{title}” programpont szerkesztése</translation>
    </message>
</context>
<context>
    <name>StartInterviewDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="45"/>
        <source>New interview</source>
        <translation>Új interjú</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="53"/>
        <source>(no event)</source>
        <translation>(nincs rendezvény)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="60"/>
        <source>&amp;Registered person</source>
        <translation>Re&amp;gisztrált személy</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="61"/>
        <source>&amp;Anonymous respondent</source>
        <translation>&amp;Névtelen válaszadó</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="67"/>
        <source>Type a name to find the person</source>
        <translation>A személy kereséséhez írjon be egy nevet</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="77"/>
        <source>optional, e.g. the number on a paper form</source>
        <translation>nem kötelező, pl. a papíralapú kérdőív száma</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="92"/>
        <source>&amp;Guide:</source>
        <translation>&amp;Útmutató:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="93"/>
        <source>&amp;Event:</source>
        <translation>&amp;Rendezvény:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="95"/>
        <source>&amp;Find:</source>
        <translation>&amp;Keresés:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="98"/>
        <source>C&amp;ode:</source>
        <translation>K&amp;ód:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="99"/>
        <source>Ca&amp;tegory:</source>
        <translation>Ka&amp;tegória:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="100"/>
        <source>Co&amp;untry:</source>
        <translation>&amp;Ország:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="101"/>
        <source>A&amp;ge band:</source>
        <translation>Kor&amp;csoport:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="102"/>
        <source>&amp;Interviewer:</source>
        <translation>K&amp;érdező:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="103"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dátum:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="126"/>
        <source>Create or import an interview guide first.</source>
        <translation>Először hozzon létre vagy importáljon egy interjú-útmutatót.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="138"/>
        <source>Find the person by name and choose them in the list.</source>
        <translation>Keresse meg a személyt név szerint, és válassza ki a listában.</translation>
    </message>
</context>
<context>
    <name>SubjectAccessDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="47"/>
        <source>Everything about {name}</source>
        <translation>Minden adat erről a személyről: {name}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="49"/>
        <source>Write everything this database holds about {name} — personal data, consents, registrations, attendance, notes, interviews and audit entries — to answer a subject access request.</source>
        <translation>Minden adat kiírása, amelyet ez az adatbázis tárol erről a személyről: {name} – személyes adatok, hozzájárulások, regisztrációk, jelenlétek, jegyzetek, interjúk és naplóbejegyzések –, egy érintetti hozzáférési kérelem megválaszolásához.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="54"/>
        <source>⚠ The file contains personal data: give it only to the person it is about, protect it with a password when it travels, and delete your copy afterwards.</source>
        <translation>⚠ A fájl személyes adatokat tartalmaz: csak annak a személynek adja át, akire vonatkozik, szállításkor védje jelszóval, utána pedig törölje a saját példányát.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="58"/>
        <source>E&amp;xcel workbook (.xlsx)</source>
        <translation>E&amp;xcel-munkafüzet (.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="59"/>
        <source>P&amp;DF document</source>
        <translation>P&amp;DF-dokumentum</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="65"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Tallózás…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="70"/>
        <source>optional: encrypts the workbook</source>
        <translation>nem kötelező: titkosítja a munkafüzetet</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="86"/>
        <source>Format:</source>
        <translation>Formátum:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="87"/>
        <source>&amp;File:</source>
        <translation>&amp;Fájl:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="90"/>
        <source>&amp;Password:</source>
        <translation>&amp;Jelszó:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="91"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Ismét:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="93"/>
        <source>&amp;Write file</source>
        <translation>Fájl &amp;írása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="126"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-munkafüzetek (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="126"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumentumok (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="138"/>
        <source>Choose where to write the file.</source>
        <translation>Válassza ki, hová kerüljön a fájl.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="144"/>
        <source>The two passwords differ.</source>
        <translation>A két jelszó nem egyezik.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="159"/>
        <source>Writing…</source>
        <translation>Írás…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="167"/>
        <source>Written to {file}.</source>
        <translation>Kiírva ide: {file}.</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/overview_targets.py" line="27"/>
        <source>Project targets</source>
        <translation>A projekt célértékei</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_targets.py" line="41"/>
        <source>International &amp;events:</source>
        <translation>Nemzetközi &amp;rendezvények:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_targets.py" line="42"/>
        <source>Direct &amp;participants:</source>
        <translation>Közvetlen r&amp;észtvevők:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_targets.py" line="43"/>
        <source>&amp;Countries:</source>
        <translation>&amp;Országok:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_targets.py" line="47"/>
        <source>What the grant agreement promised. Participants count each person once, across every event.</source>
        <translation>Amit a támogatási megállapodás vállalt. A résztvevők között mindenki egyszer számít, az összes rendezvényen együtt.</translation>
    </message>
</context>
<context>
    <name>ToolkitView</name>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="38"/>
        <source>Methodology</source>
        <translation>Módszertan</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="40"/>
        <source>Duration</source>
        <translation>Időtartam</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="40"/>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="56"/>
        <source>{minutes} min</source>
        <translation>{minutes} perc</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="43"/>
        <source>Group size</source>
        <translation>Csoportlétszám</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="44"/>
        <source>Priorities</source>
        <translation>Prioritások</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="46"/>
        <source>Used</source>
        <translation>Használat</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="57"/>
        <source>group: {size}</source>
        <translation>csoport: {size}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="58"/>
        <source>from: {network}</source>
        <translation>forrás: {network}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="62"/>
        <source>Aim</source>
        <translation>Cél</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="63"/>
        <source>Summary</source>
        <translation>Összefoglaló</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="64"/>
        <source>Steps</source>
        <translation>Lépések</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="65"/>
        <source>Materials</source>
        <translation>Eszközök</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="66"/>
        <source>Tips</source>
        <translation>Tippek</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="69"/>
        <source>Where it was used</source>
        <translation>Hol használták</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="76"/>
        <source>Not used at a recorded session yet.</source>
        <translation>Még nem alkalmazták rögzített programponton.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="78"/>
        <source>Outcomes of those sessions</source>
        <translation>E programpontok eredményei</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="178"/>
        <source>%Ln methodology(ies)</source>
        <translation>
            <numerusform>%Ln módszertan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="212"/>
        <source>Added %Ln methodology(ies) to the Toolkit.</source>
        <translation>
            <numerusform>%Ln módszertan hozzáadva a Toolkithez.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="218"/>
        <source>Workbook (*.xlsx)</source>
        <translation>Munkafüzet (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="219"/>
        <source>Save the EC-NET Toolkit</source>
        <translation>Az EC-NET Toolkit mentése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="225"/>
        <source>&amp;Find:</source>
        <translation>&amp;Keresés:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="226"/>
        <source>Words in the name, aim or summary</source>
        <translation>Szavak a névben, a célban vagy az összefoglalóban</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="227"/>
        <source>Add the &amp;standard methods</source>
        <translation>&amp;Alapmódszerek hozzáadása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="229"/>
        <source>Adds the participatory methods of the EC-NET Toolkit that this database does not hold yet (methods you deleted stay deleted).</source>
        <translation>Hozzáadja az EC-NET Toolkit azon részvételi módszereit, amelyek még nincsenek ebben az adatbázisban (a törölt módszerek törölve maradnak).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="231"/>
        <source>Save as P&amp;DF…</source>
        <translation>Mentés &amp;PDF-ként…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="232"/>
        <source>Save the toolkit as a PDF to print or share</source>
        <translation>A Toolkit mentése PDF-ként nyomtatáshoz vagy megosztáshoz</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="233"/>
        <source>Save as &amp;workbook…</source>
        <translation>Mentés &amp;munkafüzetként…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="234"/>
        <source>Save the toolkit as an Excel workbook</source>
        <translation>A Toolkit mentése Excel-munkafüzetként</translation>
    </message>
</context>
<context>
    <name>WalkinDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="129"/>
        <source>Walk-in</source>
        <translation>Helyszíni jelentkező</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="137"/>
        <source>Optional; a new name is created</source>
        <translation>Nem kötelező; új név esetén létrejön</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="144"/>
        <source>Agrees to the processing of their personal data (consent text {version})</source>
        <translation>Hozzájárul személyes adatai kezeléséhez (hozzájárulási szöveg: {version})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="154"/>
        <source>Check in the selected person &amp;instead</source>
        <translation>&amp;Helyette a kijelölt személy érkeztetése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="156"/>
        <source>Do not add a new person: check in the selected existing person</source>
        <translation>Ne legyen új személy felvéve: a kijelölt meglévő személy érkeztetése</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="165"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Utónév:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="166"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Vezetéknév:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="167"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Ország:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="168"/>
        <source>O&amp;rganisation:</source>
        <translation>&amp;Szervezet:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="170"/>
        <source>C&amp;ategory:</source>
        <translation>&amp;Kategória:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="177"/>
        <source>&amp;Register and check in</source>
        <translation>&amp;Regisztrálás és érkeztetés</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="184"/>
        <source>Register a new person for {event} and check them in.</source>
        <translation>Új személy regisztrálása erre a rendezvényre és érkeztetése: {event}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="313"/>
        <source>Walk-in “{name}”</source>
        <translation>Helyszíni jelentkező: „{name}”</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../ecnet_desktop/services/audit.py" line="35"/>
        <source>export</source>
        <translation>exportálás</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/audit.py" line="36"/>
        <source>import</source>
        <translation>importálás</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/audit.py" line="37"/>
        <source>erasure</source>
        <translation>adattörlés</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/audit.py" line="38"/>
        <source>subject access export</source>
        <translation>exportálás hozzáférési kérelemre</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/audit.py" line="39"/>
        <source>research export</source>
        <translation>kutatási exportálás</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/audit.py" line="40"/>
        <source>backups scrubbed</source>
        <translation>biztonsági mentések megtisztítva</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/audit.py" line="41"/>
        <source>consent</source>
        <translation>hozzájárulás</translation>
    </message>
</context>
<context>
    <name>checkin</name>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="143"/>
        <source>{name} is checked in.</source>
        <translation>{name} érkeztetve.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="144"/>
        <source>{name} was already checked in.</source>
        <translation>{name} már korábban érkeztetve lett.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="145"/>
        <source>This is not an EC-NET badge code.</source>
        <translation>Ez nem EC-NET névkártyakód.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="146"/>
        <source>This badge code cannot be read (damaged or mistyped). Search by name instead.</source>
        <translation>Ez a névkártyakód nem olvasható (sérült vagy elgépelt). Keressen inkább név szerint.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="148"/>
        <source>This badge belongs to nobody in this database. Search by name, or register the person as a walk-in.</source>
        <translation>Ez a névkártya senkihez sem tartozik ebben az adatbázisban. Keressen név szerint, vagy regisztrálja a személyt helyszíni jelentkezőként.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="151"/>
        <source>This badge is for another event: “{title}”. Search by name to check the person in here.</source>
        <translation>Ez a névkártya egy másik rendezvényhez tartozik: „{title}”. Az itteni érkeztetéshez keressen név szerint.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="154"/>
        <source>This badge is for an event that is not in this database. Search by name to check the person in here.</source>
        <translation>Ez a névkártya olyan rendezvényhez tartozik, amely nincs ebben az adatbázisban. Az itteni érkeztetéshez keressen név szerint.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="157"/>
        <source>The session “{title}” is not part of this event.</source>
        <translation>A(z) „{title}” programpont nem része ennek a rendezvénynek.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../ecnet_desktop/cli.py" line="218"/>
        <location filename="../ecnet_desktop/cli_common.py" line="20"/>
        <source>Interrupted; nothing was changed.</source>
        <translation>Megszakítva; semmi sem változott.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_compendium.py" line="25"/>
        <source>Wrote {path} ({rows} rows).</source>
        <translation>Elkészült: {path} ({rows} sor).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_compendium.py" line="31"/>
        <location filename="../ecnet_desktop/cli_print.py" line="70"/>
        <source>Wrote {path} (1 page).</source>
        <translation>Elkészült: {path} (1 oldal).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_compendium.py" line="32"/>
        <location filename="../ecnet_desktop/cli_print.py" line="71"/>
        <source>Wrote {path} ({pages} pages).</source>
        <translation>Elkészült: {path} ({pages} oldal).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_erase.py" line="45"/>
        <source>Erasure cannot be undone: add --yes to erase without a question.</source>
        <translation>Az adattörlés nem vonható vissza: a kérdés nélküli törléshez adja meg a --yes kapcsolót.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_erase.py" line="47"/>
        <source>Erase every personal detail of {name} ({id})? This cannot be undone. [y/N] </source>
        <translation>Törli {name} ({id}) minden személyes adatát? Ez nem vonható vissza. [y/N] </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_erase.py" line="51"/>
        <source>Nothing was erased.</source>
        <translation>Semmi sem törlődött.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_exchange.py" line="65"/>
        <source>The folder {folder} does not exist.</source>
        <translation>{folder} mappa nem létezik.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_exchange.py" line="67"/>
        <source>{path} does not exist yet: the preview shows what importing into a new, empty database would do; nothing was created.</source>
        <translation>{path} még nem létezik: az előnézet azt mutatja, mi történne egy új, üres adatbázisba való importáláskor; semmi sem jött létre.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_common.py" line="19"/>
        <source>Interrupted; no file was written.</source>
        <translation>Megszakítva; nem készült fájl.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_print.py" line="68"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} nem írható: {reason}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_print.py" line="84"/>
        <source>--event is required for attendance, badges, certificates and report.</source>
        <translation>A --event kötelező a jelenléti ívhez (attendance), a névkártyákhoz (badges), az igazolásokhoz (certificates) és a jelentéshez (report).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_print.py" line="87"/>
        <source>--person works with badges and certificates; an attendance sheet lists everyone registered.</source>
        <translation>A --person a névkártyákkal és az igazolásokkal működik; a jelenléti ív minden regisztrált személyt felsorol.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="37"/>
        <source>No valid row to import in {file}; nothing was changed.</source>
        <translation>Nincs importálható érvényes sor itt: {file}; semmi sem változott.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="41"/>
        <source>Dry run: nothing was changed.</source>
        <translation>Próbafuttatás: semmi sem változott.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="44"/>
        <source>Imported. People created: {created}; people already in the database now registered: {existing}; already registered for this event: {already}; organisations created: {orgs}.</source>
        <translation>Importálva. Létrehozott személyek: {created}; az adatbázisban már szereplő, most regisztrált személyek: {existing}; erre a rendezvényre már regisztrált: {already}; létrehozott szervezetek: {orgs}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="51"/>
        <source>Backup taken before the import: {path}</source>
        <translation>Az importálás előtt készült biztonsági mentés: {path}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="60"/>
        <source>{file}, sheet “{sheet}”, header on row {row}, for the event “{event}”:</source>
        <translation>{file}, „{sheet}” munkalap, fejléc a(z) {row}. sorban, „{event}” rendezvényhez:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="65"/>
        <source>{file} ({encoding}, separated by {delimiter}), header on row {row}, for the event “{event}”:</source>
        <translation>{file} ({encoding}, elválasztó: {delimiter}), fejléc a(z) {row}. sorban, „{event}” rendezvényhez:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="71"/>
        <source>  New people: {new}; people already in the database: {existing}; rows repeated in the file: {repeated}; rows rejected: {rejected}.</source>
        <translation>  Új személyek: {new}; az adatbázisban már szereplő személyek: {existing}; a fájlban ismétlődő sorok: {repeated}; elutasított sorok: {rejected}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="81"/>
        <source>  Row {row}: {name} matches {existing} in the database ({reason}), already registered for this event.</source>
        <translation>  {row}. sor: {name} megfelel ennek az adatbázisban: {existing} ({reason}); már regisztrált erre a rendezvényre.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="85"/>
        <source>  Row {row}: {name} matches {existing} in the database ({reason}): that person is registered.</source>
        <translation>  {row}. sor: {name} megfelel ennek az adatbázisban: {existing} ({reason}); ez a személy lesz regisztrálva.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="89"/>
        <source>  Row {row}: {name} looks like {existing} ({reason}), but their names or e-mails differ: a new person is created.</source>
        <translation>  {row}. sor: {name} hasonlít erre: {existing} ({reason}), de a nevek vagy az e-mail-címek eltérnek: új személy jön létre.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="95"/>
        <source>  Row {row} repeats row {first} ({name}): skipped.</source>
        <translation>  A(z) {row}. sor ismétli a(z) {first}. sort ({name}): kihagyva.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="101"/>
        <source>  Unknown columns, not imported: {headers}.</source>
        <translation>  Ismeretlen, nem importált oszlopok: {headers}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_report.py" line="21"/>
        <source>The event report is printed as PDF: give --out a name ending in .pdf (the workbook comes from `ecnet-desktop summary --event ID --out FILE.xlsx`).</source>
        <translation>A rendezvényjelentés PDF-ként készül: a --out kapcsolónak .pdf végű nevet adjon meg (a munkafüzet az `ecnet-desktop summary --event ID --out FILE.xlsx` paranccsal készül).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_report.py" line="24"/>
        <source>The summary is a workbook: give --out a name ending in .xlsx.</source>
        <translation>Az összesítő munkafüzet: a --out kapcsolónak .xlsx végű nevet adjon meg.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_report.py" line="60"/>
        <source>Wrote {path}.</source>
        <translation>Elkészült: {path}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_research.py" line="28"/>
        <source>Wrote {path}: {n} interviews from {guides} guides, pseudonymised.</source>
        <translation>Elkészült: {path}: {n} interjú {guides} útmutatóból, álnevesítve.</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <location filename="../ecnet_desktop/services/duplicates.py" line="19"/>
        <source>same e-mail</source>
        <translation>azonos e-mail-cím</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/duplicates.py" line="20"/>
        <source>similar name</source>
        <translation>hasonló név</translation>
    </message>
</context>
<context>
    <name>enum</name>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="128"/>
        <source>international event</source>
        <translation>nemzetközi rendezvény</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="129"/>
        <source>local working group</source>
        <translation>helyi munkacsoport</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="130"/>
        <location filename="../ecnet_desktop/domain/enums.py" line="136"/>
        <location filename="../ecnet_desktop/domain/enums.py" line="140"/>
        <location filename="../ecnet_desktop/domain/enums.py" line="145"/>
        <location filename="../ecnet_desktop/domain/enums.py" line="148"/>
        <source>other</source>
        <translation>egyéb</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="131"/>
        <source>plenary</source>
        <translation>plenáris ülés</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="132"/>
        <source>workshop</source>
        <translation>műhely</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="133"/>
        <source>study visit</source>
        <translation>tanulmányút</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="134"/>
        <source>panel debate</source>
        <translation>panelbeszélgetés</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="135"/>
        <source>cultural programme</source>
        <translation>kulturális program</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="137"/>
        <source>municipality</source>
        <translation>önkormányzat</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="138"/>
        <source>civil-society organisation</source>
        <translation>civil szervezet</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="139"/>
        <source>school</source>
        <translation>iskola</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="141"/>
        <source>policy maker</source>
        <translation>döntéshozó</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="142"/>
        <source>public officer</source>
        <translation>köztisztviselő</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="143"/>
        <source>activist</source>
        <translation>aktivista</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="144"/>
        <source>citizen</source>
        <translation>állampolgár</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="146"/>
        <source>female</source>
        <translation>nő</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="147"/>
        <source>male</source>
        <translation>férfi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="149"/>
        <source>prefers not to say</source>
        <translation>nem kívánja megadni</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="150"/>
        <source>participant</source>
        <translation>résztvevő</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="151"/>
        <source>speaker</source>
        <translation>előadó</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="152"/>
        <source>facilitator</source>
        <translation>facilitátor</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="153"/>
        <source>staff</source>
        <translation>személyzet</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="154"/>
        <source>interpreter</source>
        <translation>tolmács</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="155"/>
        <source>registered</source>
        <translation>regisztrált</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="156"/>
        <source>cancelled</source>
        <translation>lemondva</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="157"/>
        <source>no-show</source>
        <translation>nem jelent meg</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="158"/>
        <source>desk</source>
        <translation>pult</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="159"/>
        <source>badge scan</source>
        <translation>névkártya-beolvasás</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="160"/>
        <source>paper sheet</source>
        <translation>papíralapú ív</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="161"/>
        <source>minutes</source>
        <translation>jegyzőkönyv</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="162"/>
        <source>observation</source>
        <translation>megfigyelés</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="163"/>
        <source>outcome</source>
        <translation>eredmény</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="164"/>
        <source>recommendation</source>
        <translation>ajánlás</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="165"/>
        <source>quote</source>
        <translation>idézet</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="166"/>
        <source>Euroscepticism</source>
        <translation>Euroszkepticizmus</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="167"/>
        <source>Solidarity</source>
        <translation>Szolidaritás</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="168"/>
        <source>Active citizenship</source>
        <translation>Aktív polgárság</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="169"/>
        <source>Intercultural dialogue</source>
        <translation>Kultúrák közötti párbeszéd</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="170"/>
        <source>open text</source>
        <translation>szabad szöveg</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="171"/>
        <source>Likert 1–5</source>
        <translation>Likert 1–5</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="172"/>
        <source>single choice</source>
        <translation>egyszeres választás</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="173"/>
        <source>multiple choice</source>
        <translation>többszörös választás</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="174"/>
        <source>number</source>
        <translation>szám</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="175"/>
        <source>yes/no</source>
        <translation>igen/nem</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="176"/>
        <source>draft</source>
        <translation>piszkozat</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="177"/>
        <source>completed</source>
        <translation>befejezett</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="178"/>
        <source>local</source>
        <translation>helyi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="179"/>
        <source>national</source>
        <translation>országos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="180"/>
        <source>European programme</source>
        <translation>európai program</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="181"/>
        <source>data processing</source>
        <translation>adatkezelés</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="182"/>
        <source>photos</source>
        <translation>fényképek</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="183"/>
        <source>appearing on lists</source>
        <translation>megjelenés listákon</translation>
    </message>
</context>
<context>
    <name>event report</name>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="27"/>
        <source>Participation: The event involved {count} participants, including {list}.</source>
        <translation>Részvétel: A rendezvényen {count} résztvevő vett részt, köztük: {list}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="29"/>
        <source>Participation: No participants have been recorded yet.</source>
        <translation>Részvétel: Még nincs rögzített résztvevő.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="31"/>
        <source>{count} from {country}</source>
        <translation>{country}: {count} fő</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="32"/>
        <source>{count} from other countries</source>
        <translation>más országok: {count} fő</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="33"/>
        <source>{items} and {last}</source>
        <translation>{items} és {last}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="34"/>
        <source>Place/Dates: The event took place in {place} from {start} to {end}.</source>
        <translation>Helyszín/időpont: A rendezvényre {place} helyszínen került sor, {start} és {end} között.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="36"/>
        <source>Place/Dates: The event took place in {place} on {date}.</source>
        <translation>Helyszín/időpont: A rendezvényre {place} helyszínen került sor, {date} napon.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="38"/>
        <source>Short description: {text}</source>
        <translation>Rövid leírás: {text}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="39"/>
        <source>The event “{title}” was part of the project EC-NET – European Citizenship Network of Towns.</source>
        <translation>A(z) „{title}” rendezvény az EC-NET – European Citizenship Network of Towns projekt része volt.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="42"/>
        <source>{day}: {activities}.</source>
        <translation>{day}: {activities}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="43"/>
        <source>The project was funded by the European Union within the “Europe for Citizens” programme.</source>
        <translation>A projektet az Európai Unió finanszírozta az „Európa a polgárokért” program keretében.</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="29"/>
        <source>EC-NET Recommendations</source>
        <translation>EC-NET Ajánlások</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="30"/>
        <source>EC-NET Toolkit</source>
        <translation>EC-NET Toolkit</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="31"/>
        <source>Priority</source>
        <translation>Prioritás</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="32"/>
        <source>No.</source>
        <translation>Sorsz.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="33"/>
        <source>Title</source>
        <translation>Cím</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="34"/>
        <source>Level</source>
        <translation>Szint</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="35"/>
        <source>Addressed to</source>
        <translation>Címzett</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="36"/>
        <source>Recommendation</source>
        <translation>Ajánlás</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="37"/>
        <source>All priorities</source>
        <translation>Minden prioritás</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="38"/>
        <source>Event</source>
        <translation>Rendezvény</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="39"/>
        <source>Town</source>
        <translation>Település</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="40"/>
        <source>Country</source>
        <translation>Ország</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="41"/>
        <source>Dates</source>
        <translation>Időpont</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="42"/>
        <source>Session</source>
        <translation>Programpont</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="43"/>
        <source>See also</source>
        <translation>Lásd még</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="44"/>
        <source>Methodology</source>
        <translation>Módszertan</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="45"/>
        <source>Aim</source>
        <translation>Cél</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="46"/>
        <source>Summary</source>
        <translation>Összefoglaló</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="47"/>
        <source>Steps</source>
        <translation>Lépések</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="48"/>
        <source>Duration (minutes)</source>
        <translation>Időtartam (perc)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="49"/>
        <source>Group size</source>
        <translation>Csoportlétszám</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="50"/>
        <source>Materials</source>
        <translation>Eszközök</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="51"/>
        <source>Tips</source>
        <translation>Tippek</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="52"/>
        <source>Source network</source>
        <translation>Forráshálózat</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="53"/>
        <source>Used at (event — session, date)</source>
        <translation>Alkalmazva (rendezvény – programpont, dátum)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="54"/>
        <source>Other topics</source>
        <translation>Egyéb témák</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="55"/>
        <source>whole event</source>
        <translation>teljes rendezvény</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/safe_xlsx.py" line="75"/>
        <source>A text of {length} characters does not fit in a workbook cell (at most {limit}); shorten it and export again. It starts: {start}</source>
        <translation>Egy {length} karakteres szöveg nem fér el egy munkafüzet-cellában (legfeljebb {limit}); rövidítse le, és exportáljon újra. A szöveg eleje: {start}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/safe_xlsx.py" line="145"/>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} nem írható: {reason}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="64"/>
        <source>Devices</source>
        <translation>Eszközök</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="65"/>
        <source>Organisations</source>
        <translation>Szervezetek</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="66"/>
        <source>Consent texts</source>
        <translation>Hozzájárulási szövegek</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="67"/>
        <source>Methodologies</source>
        <translation>Módszertanok</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="68"/>
        <source>Events</source>
        <translation>Rendezvények</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="69"/>
        <source>People</source>
        <translation>Személyek</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="70"/>
        <source>Sessions</source>
        <translation>Programpontok</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="71"/>
        <source>Registrations</source>
        <translation>Regisztrációk</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="72"/>
        <source>Attendance</source>
        <translation>Jelenlét</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="73"/>
        <source>Notes</source>
        <translation>Jegyzetek</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="74"/>
        <source>Interview guides</source>
        <translation>Interjú-útmutatók</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="75"/>
        <source>Questions</source>
        <translation>Kérdések</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="76"/>
        <source>Interviews</source>
        <translation>Interjúk</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="77"/>
        <source>Answers</source>
        <translation>Válaszok</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="80"/>
        <source>About</source>
        <translation>Névjegy</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="84"/>
        <source>format</source>
        <translation>formátum</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="85"/>
        <source>format version</source>
        <translation>formátumverzió</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="86"/>
        <source>app version</source>
        <translation>alkalmazásverzió</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="87"/>
        <source>device id</source>
        <translation>eszközazonosító</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="88"/>
        <source>device name</source>
        <translation>eszköz neve</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="89"/>
        <source>exported at (UTC)</source>
        <translation>exportálva (UTC)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="90"/>
        <source>scope</source>
        <translation>hatókör</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="91"/>
        <source>checksum</source>
        <translation>ellenőrzőösszeg</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="93"/>
        <source>rows: {sheet}</source>
        <translation>sorok: {sheet}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="94"/>
        <source>whole database</source>
        <translation>teljes adatbázis</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="95"/>
        <source>event {id}</source>
        <translation>esemény: {id}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_read.py" line="84"/>
        <source>Sheet {sheet}, row {row}, column {column}: {value} — {rule}</source>
        <translation>{sheet} munkalap, {row}. sor, {column} oszlop: {value} – {rule}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_read.py" line="357"/>
        <source>unknown column; its cells were not read</source>
        <translation>ismeretlen oszlop: a cellái nem lettek beolvasva</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_read.py" line="412"/>
        <source>a new row needs every column of the sheet</source>
        <translation>egy új sorban a munkalap minden oszlopát ki kell tölteni</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_read.py" line="498"/>
        <source>expected one of: {options}</source>
        <translation>a várt értékek egyike: {options}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_read.py" line="505"/>
        <source>at most {n} characters</source>
        <translation>legfeljebb {n} karakter</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/sync_apply.py" line="438"/>
        <source>The file holds clocks far in the future ({clock}); check the date of the laptop that wrote it.</source>
        <translation>A fájl a távoli jövőbe mutató órákat tartalmaz ({clock}); ellenőrizze az azt író laptop dátumát.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/sync_apply.py" line="662"/>
        <source>A person cannot be merged into themselves.</source>
        <translation>Egy személy nem vonható össze önmagával.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/sync_apply.py" line="686"/>
        <source>No conflict {id}.</source>
        <translation>Nincs {id} azonosítójú ütközés.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/sync_apply.py" line="769"/>
        <source>The file refers to records that are neither in it nor in this database ({reason}); nothing was imported.</source>
        <translation>A fájl olyan rekordokra hivatkozik, amelyek sem benne, sem ebben az adatbázisban nem szerepelnek ({reason}); semmi sem került importálásra.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/exchange/importer.py" line="118"/>
        <source>{file} has %Ln rejected cells; nothing was imported:
{report}</source>
        <translation>
            <numerusform>A(z) {file} fájlban %Ln elutasított cella van; semmi sem lett importálva:
{report}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>field</name>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="9"/>
        <source>id</source>
        <translation>azonosító</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="10"/>
        <source>kind</source>
        <translation>típus</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="11"/>
        <source>title</source>
        <translation>cím</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="12"/>
        <source>host town</source>
        <translation>rendező település</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="13"/>
        <source>country</source>
        <translation>ország</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="14"/>
        <source>venue</source>
        <translation>helyszín</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="15"/>
        <source>start date</source>
        <translation>kezdő dátum</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="16"/>
        <source>end date</source>
        <translation>záró dátum</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="17"/>
        <source>priorities</source>
        <translation>prioritások</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="18"/>
        <source>host organisation</source>
        <translation>rendező szervezet</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="19"/>
        <source>description</source>
        <translation>leírás</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="20"/>
        <source>event</source>
        <translation>rendezvény</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="21"/>
        <source>session</source>
        <translation>programpont</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="22"/>
        <source>start</source>
        <translation>kezdés</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="23"/>
        <source>end</source>
        <translation>befejezés</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="24"/>
        <source>room</source>
        <translation>terem</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="25"/>
        <source>methodology</source>
        <translation>módszertan</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="26"/>
        <source>facilitator</source>
        <translation>facilitátor</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="27"/>
        <source>given name</source>
        <translation>utónév</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="28"/>
        <source>family name</source>
        <translation>vezetéknév</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="29"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="30"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="31"/>
        <source>town</source>
        <translation>település</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="32"/>
        <location filename="../ecnet_desktop/domain/fields.py" line="33"/>
        <source>organisation</source>
        <translation>szervezet</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="34"/>
        <source>category</source>
        <translation>kategória</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="35"/>
        <source>gender</source>
        <translation>nem</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="36"/>
        <source>birth year</source>
        <translation>születési év</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="37"/>
        <source>name</source>
        <translation>név</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="38"/>
        <source>type</source>
        <translation>típus</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="39"/>
        <source>role</source>
        <translation>szerep</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="40"/>
        <source>status</source>
        <translation>állapot</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="41"/>
        <source>invited by town</source>
        <translation>meghívó település</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="42"/>
        <source>text</source>
        <translation>szöveg</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="43"/>
        <source>language</source>
        <translation>nyelv</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="44"/>
        <source>author</source>
        <translation>szerző</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="45"/>
        <source>person</source>
        <translation>személy</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="46"/>
        <source>method</source>
        <translation>módszer</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="47"/>
        <source>sessions</source>
        <translation>programpontok</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="48"/>
        <source>days</source>
        <translation>napok</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="100"/>
        <source>deleted</source>
        <translation>törölve</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="101"/>
        <source>version</source>
        <translation>verzió</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="102"/>
        <source>summary</source>
        <translation>összefoglaló</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="103"/>
        <source>steps</source>
        <translation>lépések</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="104"/>
        <source>duration minutes</source>
        <translation>időtartam percben</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="105"/>
        <source>group size</source>
        <translation>csoportméret</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="106"/>
        <source>materials</source>
        <translation>eszközök</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="107"/>
        <source>tips</source>
        <translation>tippek</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="108"/>
        <source>source network</source>
        <translation>forráshálózat</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="109"/>
        <source>aim</source>
        <translation>cél</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="110"/>
        <source>consent processing at</source>
        <translation>adatkezelési hozzájárulás: időpont</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="111"/>
        <source>consent processing version</source>
        <translation>adatkezelési hozzájárulás: szövegverzió</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="112"/>
        <source>consent processing by</source>
        <translation>adatkezelési hozzájárulás: rögzítette</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="113"/>
        <source>consent photos at</source>
        <translation>fényképes hozzájárulás: időpont</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="114"/>
        <source>consent photos version</source>
        <translation>fényképes hozzájárulás: szövegverzió</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="115"/>
        <source>consent photos by</source>
        <translation>fényképes hozzájárulás: rögzítette</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="116"/>
        <source>consent lists at</source>
        <translation>listás hozzájárulás: időpont</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="117"/>
        <source>consent lists version</source>
        <translation>listás hozzájárulás: szövegverzió</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="118"/>
        <source>consent lists by</source>
        <translation>listás hozzájárulás: rögzítette</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="119"/>
        <source>erased</source>
        <translation>törölt (GDPR)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="120"/>
        <source>merged into id</source>
        <translation>összevonva ebbe (id)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="121"/>
        <source>present</source>
        <translation>jelen</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="122"/>
        <source>checked at</source>
        <translation>regisztrálva</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="123"/>
        <source>recorded by device</source>
        <translation>rögzítő eszköz</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="124"/>
        <source>publishable</source>
        <translation>közzétehető</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="125"/>
        <source>level</source>
        <translation>szint</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="126"/>
        <source>addressee</source>
        <translation>címzett</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="127"/>
        <source>related</source>
        <translation>kapcsolódó</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="128"/>
        <source>languages</source>
        <translation>nyelvek</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="129"/>
        <source>guide id</source>
        <translation>útmutató (id)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="130"/>
        <source>position</source>
        <translation>sorszám</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="131"/>
        <source>section</source>
        <translation>szakasz</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="132"/>
        <source>required</source>
        <translation>kötelező</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="133"/>
        <source>choices</source>
        <translation>választási lehetőségek</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="134"/>
        <source>respondent code</source>
        <translation>válaszadó kódja</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="135"/>
        <source>respondent category</source>
        <translation>válaszadó kategóriája</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="136"/>
        <source>respondent country</source>
        <translation>válaszadó országa</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="137"/>
        <source>respondent age band</source>
        <translation>válaszadó korcsoportja</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="138"/>
        <source>interviewer</source>
        <translation>kérdező</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="139"/>
        <source>date</source>
        <translation>dátum</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="140"/>
        <source>consent</source>
        <translation>hozzájárulás</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="141"/>
        <source>interview id</source>
        <translation>interjú (id)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="142"/>
        <source>question id</source>
        <translation>kérdés (id)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="143"/>
        <source>value</source>
        <translation>érték</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="144"/>
        <source>tags</source>
        <translation>címkék</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="145"/>
        <source>codes</source>
        <translation>kódok</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="29"/>
        <source>date of birth</source>
        <translation>születési dátum</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="30"/>
        <source>consent: data processing</source>
        <translation>hozzájárulás: adatkezelés</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="31"/>
        <source>consent: photos</source>
        <translation>hozzájárulás: fényképek</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="32"/>
        <source>consent: appearing on lists</source>
        <translation>hozzájárulás: megjelenés listákon</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="33"/>
        <source>time of the form (not imported)</source>
        <translation>az űrlap kitöltésének ideje (nem importálandó)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="34"/>
        <source>do not import</source>
        <translation>nem importálandó</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="35"/>
        <source>unknown: not imported</source>
        <translation>ismeretlen: nem importálandó</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="409"/>
        <source>Columns “{first}” and “{second}” both hold the {field}; only “{first}” is imported.</source>
        <translation>A(z) „{first}” és a(z) „{second}” oszlop is ezt tartalmazza: {field}; csak a(z) „{first}” oszlop kerül importálásra.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="417"/>
        <source>No column holds the given or the family name; map one of the columns ({headers}) to a name.</source>
        <translation>Egyik oszlop sem tartalmaz utónevet vagy vezetéknevet; rendelje hozzá valamelyik oszlopot ({headers}) egy névhez.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="421"/>
        <source>No column holds the category: new people are recorded as “{value}”.</source>
        <translation>Egyik oszlop sem tartalmaz kategóriát: az új személyek ezzel a kategóriával kerülnek rögzítésre: „{value}”.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="127"/>
        <source>Row {row}, column “{column}”: the text is too long ({length} characters; at most {limit}).</source>
        <translation>{row}. sor, „{column}” oszlop: a szöveg túl hosszú ({length} karakter; legfeljebb {limit}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="132"/>
        <source>Row {row}: there is neither a given nor a family name.</source>
        <translation>{row}. sor: nincs sem utónév, sem vezetéknév.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="136"/>
        <source>Row {row}, column “{column}”: “{value}” is not an e-mail address (expected e.g. name@example.org).</source>
        <translation>{row}. sor, „{column}” oszlop: „{value}” nem e-mail-cím (várt formátum pl. nev@example.org).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="141"/>
        <source>Row {row}, column “{column}”: “{value}” is not a phone number (expected digits, spaces and + ( ) . / -).</source>
        <translation>{row}. sor, „{column}” oszlop: „{value}” nem telefonszám (várt karakterek: számjegyek, szóközök és + ( ) . / -).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="146"/>
        <source>Row {row}, column “{column}”: “{value}” is not a known country (expected an ISO code such as HR, or the country&apos;s name).</source>
        <translation>{row}. sor, „{column}” oszlop: „{value}” nem ismert ország (várt érték: ISO-kód, például HR, vagy az ország neve).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="152"/>
        <source>Row {row}, column “{column}”: “{value}” is not a category (expected policy maker, public officer, activist, citizen or other).</source>
        <translation>{row}. sor, „{column}” oszlop: „{value}” nem kategória (várt érték: policy maker, public officer, activist, citizen vagy other).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="158"/>
        <source>Row {row}, column “{column}”: “{value}” is not a role (expected participant, speaker, facilitator, staff or interpreter).</source>
        <translation>{row}. sor, „{column}” oszlop: „{value}” nem szerep (várt érték: participant, speaker, facilitator, staff vagy interpreter).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="163"/>
        <source>Row {row}, column “{column}”: “{value}” is not a gender (expected female, male, other or prefers not to say).</source>
        <translation>{row}. sor, „{column}” oszlop: „{value}” nem érvényes nemi megjelölés (várt érték: female, male, other vagy prefers not to say).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="173"/>
        <source>Row {row}, column “{column}”: “{value}” is not a date of birth (expected e.g. 31.12.1980, 1980-12-31 or a spreadsheet date).</source>
        <translation>{row}. sor, „{column}” oszlop: „{value}” nem születési dátum (várt formátum pl. 31.12.1980, 1980-12-31 vagy táblázatkezelős dátum).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="179"/>
        <source>Row {row}, column “{column}”: “{value}” is not a year of birth between 1900 and {last}.</source>
        <translation>{row}. sor, „{column}” oszlop: „{value}” nem 1900 és {last} közötti születési év.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="189"/>
        <source>Row {row}, column “{column}”: “{value}” is neither yes nor no.</source>
        <translation>{row}. sor, „{column}” oszlop: „{value}” nem „igen” és nem is „nem”.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="386"/>
        <source>The header is on row {row}; the rows above it were skipped.</source>
        <translation>A fejléc a(z) {row}. sorban van; a fölötte lévő sorok kimaradtak.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="390"/>
        <source>Blank or totals rows skipped: {rows}.</source>
        <translation>Kihagyott üres vagy összesítő sorok: {rows}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="129"/>
        <source>The file is not a text (CSV) file; save it as CSV or XLSX.</source>
        <translation>A fájl nem szöveges (CSV) fájl; mentse CSV- vagy XLSX-formátumban.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="187"/>
        <source>Row {row} cannot be read: {reason}.</source>
        <translation>A(z) {row}. sor nem olvasható: {reason}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="194"/>
        <source>The file has more than {limit} rows; split it into smaller files.</source>
        <translation>A fájl több mint {limit} sort tartalmaz; ossza fel kisebb fájlokra.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="198"/>
        <source>The file has more than {limit} columns; is it the right file?</source>
        <translation>A fájl több mint {limit} oszlopot tartalmaz; biztosan ez a megfelelő fájl?</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="226"/>
        <location filename="../ecnet_desktop/services/tabular.py" line="249"/>
        <source>{file} is not a readable XLSX workbook.</source>
        <translation>{file} nem olvasható XLSX-munkafüzet.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="229"/>
        <source>{file} unpacks to more than {limit} MB; split it into smaller files.</source>
        <translation>{file} kicsomagolva nagyobb, mint {limit} MB; ossza fel kisebb fájlokra.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="261"/>
        <source>{file} is not a readable XLSX workbook ({reason}).</source>
        <translation>{file} nem olvasható XLSX-munkafüzet ({reason}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="274"/>
        <source>{file} has no sheet named “{sheet}” (sheets: {sheets}).</source>
        <translation>{file} fájlban nincs „{sheet}” nevű munkalap (munkalapok: {sheets}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="341"/>
        <source>No header row found: the first rows should name the columns.</source>
        <translation>Nem található fejlécsor: az első soroknak kell megnevezniük az oszlopokat.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="357"/>
        <source>There is no file at {path}.</source>
        <translation>Nincs fájl itt: {path}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="360"/>
        <source>{file} is larger than {limit} MB; split it into smaller files.</source>
        <translation>{file} nagyobb, mint {limit} MB; ossza fel kisebb fájlokra.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="365"/>
        <source>{file} is an old .xls or a password-protected workbook; save it as XLSX or CSV without a password.</source>
        <translation>{file} régi .xls vagy jelszóval védett munkafüzet; mentse XLSX- vagy CSV-formátumban, jelszó nélkül.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="375"/>
        <source>{file} holds no rows.</source>
        <translation>{file} nem tartalmaz sorokat.</translation>
    </message>
</context>
<context>
    <name>interviews</name>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="68"/>
        <source>&apos;{value}&apos; is not a Likert answer: give a whole number from 1 to 5.</source>
        <translation>&apos;{value}&apos; nem Likert-válasz: adjon meg egy egész számot 1 és 5 között.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="79"/>
        <source>&apos;{value}&apos; is not yes or no.</source>
        <translation>&apos;{value}&apos; nem „igen” és nem is „nem”.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="84"/>
        <location filename="../ecnet_desktop/services/interviews.py" line="92"/>
        <source>&apos;{value}&apos; is not one of the choices: {allowed}.</source>
        <translation>&apos;{value}&apos; nem szerepel a választási lehetőségek között: {allowed}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="103"/>
        <location filename="../ecnet_desktop/services/interviews.py" line="105"/>
        <source>&apos;{value}&apos; is not a number.</source>
        <translation>&apos;{value}&apos; nem szám.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="115"/>
        <source>A question needs its text in at least one language.</source>
        <translation>A kérdés szövegét legalább egy nyelven meg kell adni.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="140"/>
        <source>Each choice needs its own value (&apos;{value}&apos;).</source>
        <translation>Minden választási lehetőségnek saját értékre van szüksége (&apos;{value}&apos;).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="146"/>
        <source>A choice question needs at least two choices.</source>
        <translation>A választásos kérdéshez legalább két választási lehetőség szükséges.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="156"/>
        <source>The name &apos;{value}&apos; must start with a letter and hold only letters, digits and _ . - (at most 64).</source>
        <translation>A(z) &apos;{value}&apos; névnek betűvel kell kezdődnie, és csak betűket, számjegyeket, valamint _ . - karaktereket tartalmazhat (legfeljebb 64-et).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="174"/>
        <source>&apos;{value}&apos; is not a language code such as en or it.</source>
        <translation>&apos;{value}&apos; nem nyelvkód (például en vagy it).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/services/interviews.py" line="224"/>
        <source>This guide was used in %Ln interviews; it cannot be deleted.</source>
        <translation>
            <numerusform>Ezt az útmutatót %Ln interjúban használták; nem törölhető.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="352"/>
        <source>This person&apos;s data was erased; interview them as an anonymous respondent.</source>
        <translation>Ennek a személynek az adatai törölve lettek; névtelen válaszadóként készítsen vele interjút.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="362"/>
        <source>&apos;{value}&apos; is not an age band: {allowed}.</source>
        <translation>&apos;{value}&apos; nem korcsoport: {allowed}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="406"/>
        <location filename="../ecnet_desktop/services/interviews.py" line="440"/>
        <source>Record the respondent&apos;s consent before any answer.</source>
        <translation>Bármely válasz előtt rögzítse a válaszadó hozzájárulását.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="412"/>
        <source>The question {id} is not in this guide.</source>
        <translation>A(z) {id} kérdés nem szerepel ebben az útmutatóban.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="445"/>
        <source>Question {number} is required: {question}</source>
        <translation>A(z) {number}. kérdés kötelező: {question}</translation>
    </message>
</context>
<context>
    <name>participant list</name>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="28"/>
        <source>No.</source>
        <translation>Sorsz.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="32"/>
        <source>local / international</source>
        <translation>helyi / nemzetközi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="33"/>
        <source>on published lists</source>
        <translation>nyilvános listákon</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="35"/>
        <source>local</source>
        <translation>helyi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="36"/>
        <source>international</source>
        <translation>nemzetközi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="37"/>
        <source>yes</source>
        <translation>igen</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="38"/>
        <source>no</source>
        <translation>nem</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="39"/>
        <source>Participant list: {title}</source>
        <translation>Résztvevőlista: {title}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="40"/>
        <source>Place: {place}</source>
        <translation>Helyszín: {place}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="41"/>
        <source>Dates: {start} to {end}</source>
        <translation>Időpont: {start} – {end}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="42"/>
        <source>{registered} registered ({local} local, {international} international); {listed} rows including cancelled and no-shows. Exported {today}.</source>
        <translation>{registered} regisztrált ({local} helyi, {international} nemzetközi); {listed} sor a lemondottakkal és a meg nem jelentekkel együtt. Exportálva: {today}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="45"/>
        <source>Participants</source>
        <translation>Résztvevők</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="79"/>
        <source>Attendance sheet</source>
        <translation>Jelenléti ív</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="80"/>
        <source>No.</source>
        <translation>Sorsz.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="81"/>
        <source>Family name</source>
        <translation>Vezetéknév</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="82"/>
        <source>Given name</source>
        <translation>Utónév</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="83"/>
        <source>Organisation</source>
        <translation>Szervezet</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="84"/>
        <source>Town</source>
        <translation>Település</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="85"/>
        <source>Country</source>
        <translation>Ország</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="86"/>
        <source>E-mail or phone</source>
        <translation>E-mail vagy telefon</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="87"/>
        <location filename="../ecnet_desktop/printing/certificates.py" line="75"/>
        <source>Signature</source>
        <translation>Aláírás</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="88"/>
        <source>Venue</source>
        <translation>Helyszín</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="89"/>
        <source>Dates</source>
        <translation>Időpont</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="90"/>
        <source>List {n} of {total}</source>
        <translation>{n}/{total}. lista</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="91"/>
        <source>Day {n}: {date}</source>
        <translation>{n}. nap: {date}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="92"/>
        <source>Days {first}–{last}</source>
        <translation>{first}–{last}. nap</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="93"/>
        <source>Invited by {town}</source>
        <translation>Meghívó település: {town}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="94"/>
        <source>Not invited by a partner town</source>
        <translation>Nem partnertelepülés meghívottja</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="95"/>
        <source>Local participants ({country})</source>
        <translation>Helyi résztvevők ({country})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="96"/>
        <source>Local participants</source>
        <translation>Helyi résztvevők</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="97"/>
        <source>International participants</source>
        <translation>Nemzetközi résztvevők</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="98"/>
        <source>Certification by the legal representative</source>
        <translation>A törvényes képviselő igazolása</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="99"/>
        <source>I, the undersigned legal representative of {organisation}, certify that the persons who signed this list took part in the event above.</source>
        <translation>Alulírott, {organisation} törvényes képviselője igazolom, hogy az ezen a listán aláíró személyek részt vettek a fent megnevezett rendezvényen.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="103"/>
        <source>the organising body</source>
        <translation>a szervező intézmény</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="104"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="105"/>
        <source>Place</source>
        <translation>Hely</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="106"/>
        <location filename="../ecnet_desktop/printing/certificates.py" line="68"/>
        <source>Date</source>
        <translation>Dátum</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="107"/>
        <location filename="../ecnet_desktop/printing/certificates.py" line="76"/>
        <source>Stamp</source>
        <translation>Bélyegző</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="108"/>
        <source>Data protection: {organiser} collects these data only to document participation in the EC-NET project to the European Commission (Europe for Citizens programme) and keeps them as long as the grant rules require. E-mail addresses and phone numbers are printed only for people who agreed to appear on lists. You may ask the organiser to see, correct or erase your data.</source>
        <translation>Adatvédelem: {organiser} ezeket az adatokat kizárólag az EC-NET projektben való részvétel Európai Bizottság felé történő igazolása céljából gyűjti („Európa a polgárokért” program), és a támogatási szabályok által előírt ideig őrzi meg. E-mail-címek és telefonszámok csak azoknál a személyeknél kerülnek nyomtatásra, akik hozzájárultak a listákon való megjelenéshez. Kérheti a szervezőtől adatai megtekintését, helyesbítését vagy törlését.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="115"/>
        <source>The event “{event}” has no sessions yet: print the attendance sheet per day or for the whole event instead.</source>
        <translation>A(z) „{event}” rendezvénynek még nincsenek programpontjai: nyomtassa a jelenléti ívet inkább naponként vagy a teljes rendezvényre.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="119"/>
        <source>Unknown choice “{per}”: print per event, day or session.</source>
        <translation>Ismeretlen választás: „{per}”; nyomtatás rendezvényenként, naponként vagy programpontonként lehetséges.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="120"/>
        <source>The number of blank rows must be between 0 and {most}.</source>
        <translation>Az üres sorok számának 0 és {most} között kell lennie.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="47"/>
        <source>Badges</source>
        <translation>Névkártyák</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="48"/>
        <source>Nobody is registered for “{event}” yet: there are no badges to print.</source>
        <translation>Még senki sem regisztrált erre: „{event}”; nincs nyomtatandó névkártya.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="49"/>
        <source>That person is not registered for “{event}”.</source>
        <translation>Ez a személy nem regisztrált erre: „{event}”.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="50"/>
        <source>Unknown badge layout “{layout}”: choose 2x4, 2x5 or 3x3.</source>
        <translation>Ismeretlen névkártya-elrendezés: „{layout}”; válasszon a 2x4, 2x5 és 3x3 közül.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="52"/>
        <source>Participant</source>
        <translation>Résztvevő</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="53"/>
        <source>Speaker</source>
        <translation>Előadó</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="54"/>
        <source>Facilitator</source>
        <translation>Facilitátor</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="55"/>
        <source>Staff</source>
        <translation>Személyzet</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="56"/>
        <source>Interpreter</source>
        <translation>Tolmács</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="62"/>
        <source>Certificate of attendance</source>
        <translation>Részvételi igazolás</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="63"/>
        <source>This is to certify that</source>
        <translation>Ezennel igazoljuk, hogy</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="64"/>
        <source>took part in the event</source>
        <translation>részt vett a(z)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="65"/>
        <source>held at {place} from {start} to {end}.</source>
        <translation>rendezvényen, amelynek helyszíne: {place}, időpontja: {start} – {end}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="66"/>
        <source>held at {place} on {date}.</source>
        <translation>rendezvényen, amelynek helyszíne: {place}, időpontja: {date}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="67"/>
        <source>Sessions attended</source>
        <translation>Látogatott programpontok</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="69"/>
        <source>Time</source>
        <translation>Időpont</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="70"/>
        <source>Session</source>
        <translation>Programpont</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="71"/>
        <source>Hours</source>
        <translation>Óra</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="72"/>
        <source>Total</source>
        <translation>Összesen</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="73"/>
        <source>Present at the event; no session check-ins were recorded.</source>
        <translation>Jelen volt a rendezvényen; programpontokra történő érkeztetést nem rögzítettek.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="74"/>
        <source>{place}, {date}</source>
        <translation>{place}, {date}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="77"/>
        <source>For {organiser}</source>
        <translation>{organiser} nevében</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="78"/>
        <source>Nobody was checked in at “{event}” yet: certificates go to people present at least once.</source>
        <translation>Még senkit sem érkeztettek ide: „{event}”; igazolást azok kapnak, akik legalább egyszer jelen voltak.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="81"/>
        <source>That person was neither checked in nor registered at “{event}”.</source>
        <translation>Ez a személy sem érkeztetve, sem regisztrálva nem volt ide: „{event}”.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="82"/>
        <source>Certificates of attendance</source>
        <translation>Részvételi igazolások</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/common.py" line="48"/>
        <source>Unknown paper size “{paper}”: choose A4 or Letter.</source>
        <translation>Ismeretlen papírméret: „{paper}”. Válassza az A4 vagy a Letter méretet.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/common.py" line="279"/>
        <source>Page {page} of {pages}</source>
        <translation>{page}/{pages}. oldal</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/common.py" line="280"/>
        <source>Preparing page {page}…</source>
        <translation>A(z) {page}. oldal előkészítése…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/common.py" line="281"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/common.py" line="282"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="60"/>
        <source>EC-NET Toolkit</source>
        <translation>EC-NET Toolkit</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="61"/>
        <source>Participatory methods tested at the events of the network, grouped by the programme priority they serve, each with the sessions where it was used.</source>
        <translation>A hálózat rendezvényein kipróbált részvételi módszerek, az általuk szolgált programprioritás szerint csoportosítva, mindegyiknél feltüntetve a programpontokat, ahol alkalmazták.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="64"/>
        <source>EC-NET Recommendations</source>
        <translation>EC-NET Ajánlások</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="65"/>
        <source>Recommendations agreed at the events of the network and marked for publication, grouped by programme priority, each traced to the event and session where it was made.</source>
        <translation>A hálózat rendezvényein elfogadott és közzétételre jelölt ajánlások programprioritás szerint csoportosítva, mindegyiknél feltüntetve a rendezvényt és a programpontot, ahol megszületett.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="69"/>
        <source>Other topics</source>
        <translation>Egyéb témák</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="70"/>
        <source>Nothing to list yet.</source>
        <translation>Még nincs mit felsorolni.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="71"/>
        <source>Aim</source>
        <translation>Cél</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="72"/>
        <source>Steps</source>
        <translation>Lépések</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="73"/>
        <source>Materials</source>
        <translation>Eszközök</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="74"/>
        <source>Tips</source>
        <translation>Tippek</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="75"/>
        <source>Duration: {duration} · Group size: {size} · Source network: {network}</source>
        <translation>Időtartam: {duration} · Csoportlétszám: {size} · Forráshálózat: {network}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="77"/>
        <source>{minutes} min</source>
        <translation>{minutes} perc</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="78"/>
        <source>Used at</source>
        <translation>Alkalmazva</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="79"/>
        <source>Not used at a recorded session yet.</source>
        <translation>Még nem alkalmazták rögzített programponton.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="80"/>
        <source>Outcomes</source>
        <translation>Eredmények</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="81"/>
        <source>Level: {level} · Addressed to: {addressee}</source>
        <translation>Szint: {level} · Címzett: {addressee}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="82"/>
        <source>Level: {level}</source>
        <translation>Szint: {level}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="83"/>
        <source>Made at</source>
        <translation>Megfogalmazva</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="84"/>
        <source>See also: {items}</source>
        <translation>Lásd még: {items}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="85"/>
        <source>{number} {title} — described under {priority}</source>
        <translation>{number} {title} – lásd: {priority}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="86"/>
        <source>whole event</source>
        <translation>teljes rendezvény</translation>
    </message>
</context>
<context>
    <name>research</name>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="45"/>
        <source>Pseudonym of the respondent: the same person has the same pseudonym in every export from this database; it cannot be turned back into a name.</source>
        <translation>A válaszadó álneve: ugyanaz a személy ugyanazt az álnevet kapja az adatbázis minden exportjában; az álnévből a név nem állítható vissza.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="48"/>
        <source>Pseudonym of the interview.</source>
        <translation>Az interjú álneve.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="49"/>
        <source>draft or completed</source>
        <translation>piszkozat vagy befejezett</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="50"/>
        <source>Year of the interview.</source>
        <translation>Az interjú éve.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="51"/>
        <source>The event the interview belongs to (title).</source>
        <translation>A rendezvény (címe), amelyhez az interjú tartozik.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="53"/>
        <source>Respondent category.</source>
        <translation>A válaszadó kategóriája.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="54"/>
        <source>Respondent country (ISO 3166 code).</source>
        <translation>A válaszadó országa (ISO 3166 kód).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="55"/>
        <source>Respondent age band at the interview date.</source>
        <translation>A válaszadó korcsoportja az interjú napján.</translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <location filename="../ecnet_desktop/services/restore.py" line="69"/>
        <source>The backup {backup} is damaged too ({problem}); nothing was changed.</source>
        <translation>A(z) {backup} biztonsági mentés is sérült ({problem}); semmi sem változott.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/restore.py" line="80"/>
        <source>Copying the backup failed ({problem}); nothing was changed.</source>
        <translation>A biztonsági mentés másolása nem sikerült ({problem}); semmi sem változott.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/restore.py" line="94"/>
        <source>Could not restore {backup} to {path}: {reason}</source>
        <translation>{backup} nem állítható vissza ide: {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="133"/>
        <source>Overview</source>
        <translation>Áttekintés</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="134"/>
        <source>Events</source>
        <translation>Rendezvények</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="135"/>
        <source>People</source>
        <translation>Személyek</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="136"/>
        <source>Check-in</source>
        <translation>Érkeztetés</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="137"/>
        <source>Notes</source>
        <translation>Jegyzetek</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="138"/>
        <source>Interviews</source>
        <translation>Interjúk</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="139"/>
        <source>Exchange</source>
        <translation>Adatcsere</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="140"/>
        <source>Reports</source>
        <translation>Jelentések</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <location filename="../ecnet_desktop/services/consent.py" line="26"/>
        <source>{name} has no recorded consent to the processing of their personal data; record it (Edit person, Consents) before checking them in.</source>
        <translation>{name} esetében nincs rögzített hozzájárulás a személyes adatok kezeléséhez; érkeztetés előtt rögzítse (Személy szerkesztése, Hozzájárulások).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/consent.py" line="29"/>
        <source>Nobody is checked in without a recorded consent to the processing of their personal data.</source>
        <translation>Senki sem érkeztethető a személyes adatok kezeléséhez adott rögzített hozzájárulás nélkül.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/project_settings.py" line="58"/>
        <source>A target cannot be negative.</source>
        <translation>A célérték nem lehet negatív.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/project_settings.py" line="68"/>
        <source>The retention period must be between 1 and 50 years.</source>
        <translation>A megőrzési időnek 1 és 50 év között kell lennie.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="21"/>
        <location filename="../ecnet_desktop/services/sync_apply.py" line="334"/>
        <source>No event with id {id}.</source>
        <translation>Nincs {id} azonosítójú rendezvény.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="22"/>
        <source>No person with id {id}.</source>
        <translation>Nincs {id} azonosítójú személy.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="23"/>
        <location filename="../ecnet_desktop/services/base.py" line="24"/>
        <source>No organisation with id {id}.</source>
        <translation>Nincs {id} azonosítójú szervezet.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="25"/>
        <source>No facilitator with id {id}.</source>
        <translation>Nincs {id} azonosítójú facilitátor.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="26"/>
        <source>No session with id {id}.</source>
        <translation>Nincs {id} azonosítójú programpont.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="27"/>
        <source>No methodology with id {id}.</source>
        <translation>Nincs {id} azonosítójú módszertan.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="28"/>
        <source>No interview guide with id {id}.</source>
        <translation>Nincs {id} azonosítójú interjú-útmutató.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="29"/>
        <source>No interview with id {id}.</source>
        <translation>Nincs {id} azonosítójú interjú.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="30"/>
        <source>No question with id {id}.</source>
        <translation>Nincs {id} azonosítójú kérdés.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="31"/>
        <source>No note with id {id}.</source>
        <translation>Nincs {id} azonosítójú jegyzet.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="33"/>
        <source>No record with id {id}.</source>
        <translation>Nincs {id} azonosítójú rekord.</translation>
    </message>
</context>
<context>
    <name>statistics</name>
    <message>
        <location filename="../ecnet_desktop/services/statistics.py" line="79"/>
        <source>under 18</source>
        <translation>18 év alatt</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/statistics.py" line="80"/>
        <source>18–30</source>
        <translation>18–30</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/statistics.py" line="81"/>
        <source>31–50</source>
        <translation>31–50</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/statistics.py" line="82"/>
        <source>51–65</source>
        <translation>51–65</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/statistics.py" line="83"/>
        <source>over 65</source>
        <translation>65 év felett</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/statistics.py" line="84"/>
        <source>unknown</source>
        <translation>ismeretlen</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/statistics.py" line="88"/>
        <source>participants</source>
        <translation>résztvevők</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/statistics.py" line="89"/>
        <source>staff</source>
        <translation>személyzet</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/statistics.py" line="90"/>
        <source>interpreters</source>
        <translation>tolmácsok</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <location filename="../ecnet_desktop/store/database.py" line="169"/>
        <source>There is no database at {path}.</source>
        <translation>Nincs adatbázis itt: {path}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/database.py" line="176"/>
        <source>The folder {folder} does not exist.</source>
        <translation>{folder} mappa nem létezik.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/database.py" line="183"/>
        <source>{path} is not an EC-NET Desktop database.</source>
        <translation>{path} nem EC-NET Desktop-adatbázis.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/database.py" line="194"/>
        <source>Cannot open the database {url}: {reason}</source>
        <translation>Az adatbázis nem nyitható meg ({url}): {reason}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/integrity.py" line="125"/>
        <source>The database {path} is damaged ({problem}). The latest good backup is {backup}.</source>
        <translation>A(z) {path} adatbázis sérült ({problem}). A legutóbbi ép biztonsági mentés: {backup}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/integrity.py" line="128"/>
        <source>The database {path} is damaged ({problem}) and there is no good backup of it.</source>
        <translation>A(z) {path} adatbázis sérült ({problem}), és nincs róla ép biztonsági mentés.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/integrity.py" line="149"/>
        <source>The database {path} is read-only: nothing can be saved. Copy it to a folder you can write to (not a read-only USB stick or CD) and open the copy.</source>
        <translation>A(z) {path} adatbázis csak olvasható: semmi sem menthető. Másolja egy írható mappába (ne írásvédett USB-kulcsra vagy CD-re), és nyissa meg a másolatot.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/integrity.py" line="154"/>
        <source>The disk holding {path} is full: the last change was not saved. Free some space and try again.</source>
        <translation>A(z) {path} fájlt tartalmazó lemez megtelt: az utolsó módosítás nem lett mentve. Szabadítson fel helyet, és próbálja újra.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/integrity.py" line="158"/>
        <source>The database {path} is in use by another program that did not let go of it; the change was not saved. Try again in a moment.</source>
        <translation>A(z) {path} adatbázist egy másik program használja, és nem engedi el; a módosítás nem lett mentve. Próbálja újra egy kis idő múlva.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/migrate.py" line="125"/>
        <source>This database was not created by EC-NET Desktop; it is left untouched.</source>
        <translation>Ezt az adatbázist nem az EC-NET Desktop hozta létre; érintetlen marad.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/migrate.py" line="131"/>
        <source>This database was written by a newer version of EC-NET Desktop (schema {revision}). Install the newer version to open it; it has not been changed.</source>
        <translation>Ezt az adatbázist az EC-NET Desktop egy újabb verziója írta (séma: {revision}). A megnyitásához telepítse az újabb verziót; az adatbázis nem változott.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/backup.py" line="51"/>
        <source>Could not back up the database to {folder} ({reason}), so nothing was changed. Free some disk space or make the folder writable, then try again.</source>
        <translation>Nem sikerült biztonsági mentést készíteni az adatbázisról ide: {folder} ({reason}), ezért semmi sem változott. Szabadítson fel lemezterületet, vagy tegye írhatóvá a mappát, majd próbálja újra.</translation>
    </message>
</context>
<context>
    <name>subject access</name>
    <message>
        <location filename="../ecnet_desktop/exchange/subject_access_xlsx.py" line="24"/>
        <source>About</source>
        <translation>Névjegy</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/subject_access_xlsx.py" line="25"/>
        <source>Written on {date} by {device}.</source>
        <translation>Készült: {date}, eszköz: {device}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/subject_access_xlsx.py" line="26"/>
        <location filename="../ecnet_desktop/printing/subject_access_pdf.py" line="46"/>
        <source>(nothing held)</source>
        <translation>(nincs tárolt adat)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/subject_access_pdf.py" line="45"/>
        <source>Contains personal data — confidential</source>
        <translation>Személyes adatokat tartalmaz – bizalmas</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="31"/>
        <location filename="../ecnet_desktop/domain/validation.py" line="84"/>
        <source>{field} is required.</source>
        <translation>{field} megadása kötelező.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="46"/>
        <source>{field} contains a character that cannot be saved (U+{code}); remove it.</source>
        <translation>{field} menthetetlen karaktert tartalmaz (U+{code}); távolítsa el.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="54"/>
        <source>{field} is too long ({length} characters; at most {limit}).</source>
        <translation>{field} túl hosszú ({length} karakter; legfeljebb {limit}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="71"/>
        <source>{field}: &apos;{value}&apos; is not one of: {allowed}.</source>
        <translation>{field}: &apos;{value}&apos; nem ezek egyike: {allowed}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="92"/>
        <source>{field}: &apos;{value}&apos; is not a known country or ISO code.</source>
        <translation>{field}: &apos;{value}&apos; nem ismert ország vagy ISO-kód.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="105"/>
        <source>{field}: &apos;{value}&apos; is not an e-mail address.</source>
        <translation>{field}: &apos;{value}&apos; nem e-mail-cím.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="116"/>
        <source>{field}: &apos;{value}&apos; is not a phone number.</source>
        <translation>{field}: &apos;{value}&apos; nem telefonszám.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="126"/>
        <source>{field} ({end}) is before the start ({start}).</source>
        <translation>{field} ({end}) korábbi, mint a kezdés ({start}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="141"/>
        <source>{field}: &apos;{value}&apos; is not a date (YYYY-MM-DD).</source>
        <translation>{field}: &apos;{value}&apos; nem dátum (ÉÉÉÉ-HH-NN).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="154"/>
        <source>{field}: &apos;{value}&apos; is not a date and time.</source>
        <translation>{field}: &apos;{value}&apos; nem dátum és időpont.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="170"/>
        <source>{field}: &apos;{value}&apos; is not a year between 1900 and {last}.</source>
        <translation>{field}: &apos;{value}&apos; nem 1900 és {last} közötti év.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="191"/>
        <source>{field}: &apos;{value}&apos; is not a programme priority.</source>
        <translation>{field}: &apos;{value}&apos; nem programprioritás.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/consent.py" line="138"/>
        <source>Choose the kind of consent.</source>
        <translation>Válassza ki a hozzájárulás fajtáját.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/consent.py" line="142"/>
        <source>A consent text needs a version, e.g. 2021-1.</source>
        <translation>A hozzájárulási szövegnek verzióra van szüksége, pl. 2021-1.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/consent.py" line="146"/>
        <source>Write the text people are shown.</source>
        <translation>Írja meg a szöveget, amelyet az érintettek látnak.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/consent.py" line="159"/>
        <source>There is already a text of this kind with version {version} in this language.</source>
        <translation>Ezen a nyelven már van ilyen fajtájú szöveg {version} verzióval.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/consent.py" line="170"/>
        <source>Say who recorded the consent.</source>
        <translation>Adja meg, ki rögzítette a hozzájárulást.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/events.py" line="67"/>
        <source>The session must end after it starts.</source>
        <translation>A programpontnak a kezdése után kell véget érnie.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/events.py" line="75"/>
        <source>The session ({start}) falls outside the event&apos;s dates ({first} to {last}).</source>
        <translation>A programpont ({start}) a rendezvény időpontján ({first} – {last}) kívül esik.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/events.py" line="164"/>
        <source>The session “{title}” ({start}) would fall outside the new dates; move or delete it first.</source>
        <translation>A(z) „{title}” programpont ({start}) az új időponton kívül esne; előbb helyezze át vagy törölje.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/methodologies.py" line="54"/>
        <source>The duration &apos;{value}&apos; is not a number of minutes between 1 and 1440.</source>
        <translation>A(z) &apos;{value}&apos; időtartam nem 1 és 1440 közötti percszám.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/notes.py" line="92"/>
        <source>A note needs some text.</source>
        <translation>A jegyzetnek szöveget kell tartalmaznia.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/notes.py" line="97"/>
        <location filename="../ecnet_desktop/services/notes.py" line="247"/>
        <source>A note can be linked to at most {most} others.</source>
        <translation>Egy jegyzet legfeljebb {most} másik jegyzethez kapcsolható.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/notes.py" line="239"/>
        <source>A note cannot be linked to itself.</source>
        <translation>Egy jegyzet nem kapcsolható önmagához.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/notes.py" line="300"/>
        <source>A note belongs to an event or a session.</source>
        <translation>A jegyzet egy rendezvényhez vagy egy programponthoz tartozik.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/people.py" line="49"/>
        <source>A person needs a given or a family name.</source>
        <translation>A személynek utónévre vagy vezetéknévre van szüksége.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/people.py" line="99"/>
        <source>This person&apos;s data was erased; the record cannot be edited.</source>
        <translation>A személy adatait törölték; a rekord nem szerkeszthető.</translation>
    </message>
</context>
<context>
    <name>xlsform</name>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="59"/>
        <source>Sheet {sheet}, row {row}, column {column}: &apos;{value}&apos; — {expected}</source>
        <translation>{sheet} munkalap, {row}. sor, {column} oszlop: &apos;{value}&apos; – {expected}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="70"/>
        <source>{file} was not imported: %Ln problems.
{details}</source>
        <translation>
            <numerusform>A(z) {file} fájl nem lett importálva: %Ln hiba.
{details}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="145"/>
        <source>{file} is damaged ({reason}).</source>
        <translation>{file} sérült ({reason}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="154"/>
        <source>{file} has no &apos;survey&apos; sheet: it is not an XLSForm guide.</source>
        <translation>{file} fájlban nincs &apos;survey&apos; munkalap: nem XLSForm-útmutató.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="177"/>
        <source>a column headed &apos;{column}&apos; in the first row</source>
        <translation>egy &apos;{column}&apos; fejlécű oszlop az első sorban</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="180"/>
        <source>at least one column headed label or label::&lt;language&gt;, e.g. label::en</source>
        <translation>legalább egy label vagy label::&lt;language&gt; fejlécű oszlop, pl. label::en</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="193"/>
        <source>at least one question</source>
        <translation>legalább egy kérdés</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="209"/>
        <source>the name of the list this choice belongs to</source>
        <translation>annak a listának a neve, amelyhez ez a választási lehetőség tartozik</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="213"/>
        <source>the value of the choice (a short code)</source>
        <translation>a választási lehetőség értéke (rövid kód)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="218"/>
        <source>a value not used before in the list {list}</source>
        <translation>a(z) {list} listában még nem használt érték</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="235"/>
        <source>a list named {list} in the choices sheet</source>
        <translation>egy {list} nevű lista a choices munkalapon</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="246"/>
        <source>one of: text, integer, decimal, select_one &lt;list&gt;, select_multiple &lt;list&gt;, begin_group, end_group</source>
        <translation>a következők egyike: text, integer, decimal, select_one &lt;list&gt;, select_multiple &lt;list&gt;, begin_group, end_group</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="262"/>
        <source>begin_group (repeats are not supported)</source>
        <translation>begin_group (az ismétlések nem támogatottak)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="268"/>
        <source>a begin_group above this end_group</source>
        <translation>egy begin_group valahol ezen end_group fölött</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="282"/>
        <source>a name starting with a letter, of letters, digits and _ . - (at most 64)</source>
        <translation>betűvel kezdődő név, amely betűkből, számjegyekből és _ . - karakterekből áll (legfeljebb 64)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="286"/>
        <source>a name not used by another question</source>
        <translation>más kérdés által nem használt név</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="290"/>
        <source>the question&apos;s text in at least one label column</source>
        <translation>a kérdés szövege legalább egy label oszlopban</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="294"/>
        <source>yes or no (empty: no)</source>
        <translation>igen vagy nem (üres: nem)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="297"/>
        <source>at most {n} questions in a guide</source>
        <translation>legfeljebb {n} kérdés egy útmutatóban</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="313"/>
        <source>an end_group closing the group {group}</source>
        <translation>egy end_group, amely lezárja a(z) {group} csoportot</translation>
    </message>
</context>
</TS>
