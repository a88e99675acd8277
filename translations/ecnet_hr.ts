<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hr_HR">
<context>
    <name>AnalysisTab</name>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="91"/>
        <source>&amp;Guide:</source>
        <translation>&amp;Vodič:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="91"/>
        <source>&amp;Question:</source>
        <translation>&amp;Pitanje:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="92"/>
        <source>Co&amp;mpare by:</source>
        <translation>Uspo&amp;redi po:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="92"/>
        <source>Ca&amp;tegory:</source>
        <translation>Ka&amp;tegorija:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="93"/>
        <source>C&amp;ountry:</source>
        <translation>Dr&amp;žava:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="93"/>
        <source>&amp;Event:</source>
        <translation>&amp;Događaj:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="94"/>
        <source>&amp;Year:</source>
        <translation>&amp;Godina:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="110"/>
        <source>nothing</source>
        <translation>ničemu</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="110"/>
        <source>category</source>
        <translation>kategoriji</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="111"/>
        <source>country</source>
        <translation>državi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="111"/>
        <source>event</source>
        <translation>događaju</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="112"/>
        <source>year</source>
        <translation>godini</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="146"/>
        <source>Interviews per event</source>
        <translation>Intervjui po događaju</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="165"/>
        <source>Answer</source>
        <translation>Odgovor</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="166"/>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="167"/>
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="169"/>
        <source>Priorities</source>
        <translation>Prioriteti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="171"/>
        <source>Codes</source>
        <translation>Kodovi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="176"/>
        <source>Event</source>
        <translation>Događaj</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="177"/>
        <source>Completed</source>
        <translation>Dovršeni</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="179"/>
        <source>Drafts</source>
        <translation>Skice</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="199"/>
        <source>free codes, comma-separated</source>
        <translation>slobodni kodovi, odvojeni zarezima</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="200"/>
        <source>Co&amp;des:</source>
        <translation>&amp;Kodovi:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="202"/>
        <source>Save codin&amp;g</source>
        <translation>Spremi kodira&amp;nje</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="204"/>
        <source>Save the ticked priorities and codes for the selected answer (Enter in the codes box)</source>
        <translation>Spremi označene prioritete i kodove za odabrani odgovor (Enter u polju za kodove)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="244"/>
        <source>Loading…</source>
        <translation>Učitavanje…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="267"/>
        <source>all</source>
        <translation>sve</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="305"/>
        <source>Counting…</source>
        <translation>Brojanje…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="314"/>
        <source>No question chosen</source>
        <translation>Nije odabrano pitanje</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="346"/>
        <source>%Ln respondents answered.</source>
        <translation>
            <numerusform>Odgovorio je %Ln ispitanik.</numerusform>
            <numerusform>Odgovorila su %Ln ispitanika.</numerusform>
            <numerusform>Odgovorilo je %Ln ispitanika.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="176"/>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="336"/>
        <source>(no event)</source>
        <translation>(bez događaja)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="322"/>
        <source>%Ln open answers</source>
        <translation>
            <numerusform>%Ln otvoreni odgovor</numerusform>
            <numerusform>%Ln otvorena odgovora</numerusform>
            <numerusform>%Ln otvorenih odgovora</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="337"/>
        <source>all respondents</source>
        <translation>svi ispitanici</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="341"/>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="341"/>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="348"/>
        <source>Mean: {mean}</source>
        <translation>Prosjek: {mean}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="379"/>
        <source>Code an open answer</source>
        <translation>Kodirajte otvoreni odgovor</translation>
    </message>
</context>
<context>
    <name>AttendanceMatrixView</name>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="382"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtar:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="383"/>
        <source>Any part of a name, organisation or town</source>
        <translation>Bilo koji dio imena, organizacije ili grada</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="385"/>
        <source>Marking a signed paper sheet: arrows move, Space ticks or unticks (every selected box at once; Shift+arrows select), Ctrl+Z undoes. Ticks made here are recorded as “paper sheet”.</source>
        <translation>Označavanje potpisanog papirnatog popisa: strelice pomiču, razmaknica označava ili poništava oznaku (svih odabranih polja odjednom; Shift+strelice odabiru), Ctrl+Z poništava. Oznake napravljene ovdje bilježe se kao „papirnati popis“.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="428"/>
        <source>No event chosen</source>
        <translation>Nije odabran događaj</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="429"/>
        <source>Nobody registered or present yet</source>
        <translation>Još nitko nije registriran ni prisutan</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="431"/>
        <source>{people} people · {sessions} sessions · {ticks} present in all</source>
        <translation>Osoba: {people} · sesija: {sessions} · ukupno prisutnih: {ticks}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="465"/>
        <source>Tick %Ln attendances</source>
        <translation>
            <numerusform>Označi %Ln prisutnost</numerusform>
            <numerusform>Označi %Ln prisutnosti</numerusform>
            <numerusform>Označi %Ln prisutnosti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="466"/>
        <source>Untick %Ln attendances</source>
        <translation>
            <numerusform>Poništi oznaku %Ln prisutnosti</numerusform>
            <numerusform>Poništi oznake %Ln prisutnosti</numerusform>
            <numerusform>Poništi oznake %Ln prisutnosti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="467"/>
        <source>Change %Ln attendances</source>
        <translation>
            <numerusform>Promijeni %Ln prisutnost</numerusform>
            <numerusform>Promijeni %Ln prisutnosti</numerusform>
            <numerusform>Promijeni %Ln prisutnosti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckinDesk</name>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="188"/>
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="189"/>
        <source>unknown</source>
        <translation>nepoznato</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="190"/>
        <source>Present</source>
        <translation>Prisutni</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="411"/>
        <source>&amp;Session:</source>
        <translation>&amp;Sesija:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="412"/>
        <source>&amp;Walk-in…</source>
        <translation>&amp;Nenajavljeni sudionik…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="413"/>
        <source>Register someone who is not in the list and check them in (Ctrl+N)</source>
        <translation>Registrirajte osobu koje nema na popisu i evidentirajte njezin dolazak (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="416"/>
        <source>Type a name, organisation or town — or scan a badge</source>
        <translation>Upišite ime, organizaciju ili grad — ili skenirajte akreditaciju</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="417"/>
        <source>This session</source>
        <translation>Ova sesija</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="419"/>
        <source>Enter: check in the highlighted person   ·   ↑ ↓: choose   ·   Ctrl+Z: undo the last check-in   ·   Ctrl+N: walk-in   ·   Esc: clear</source>
        <translation>Enter: evidentiraj dolazak označene osobe   ·   ↑ ↓: odabir   ·   Ctrl+Z: poništi posljednju evidenciju dolaska   ·   Ctrl+N: nenajavljeni sudionik   ·   Esc: očisti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="485"/>
        <source>No event chosen</source>
        <translation>Nije odabran događaj</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="487"/>
        <source>Choose the current event in the toolbar to check people in.</source>
        <translation>Odaberite trenutačni događaj na alatnoj traci da biste evidentirali dolaske.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="491"/>
        <source>{title} — {place}</source>
        <translation>{title} — {place}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="494"/>
        <source>This event has no sessions yet.</source>
        <translation>Ovaj događaj još nema sesija.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="495"/>
        <source>Add its programme in the Events section.</source>
        <translation>Dodajte njegov program u odjeljku Događaji.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="657"/>
        <source>Nobody found for “{text}”.</source>
        <translation>Nitko nije pronađen za „{text}“.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="658"/>
        <source>Check the spelling, or press Ctrl+N to register a walk-in.</source>
        <translation>Provjerite pravopis ili pritisnite Ctrl+N da biste registrirali nenajavljenog sudionika.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="688"/>
        <source>Badge not accepted</source>
        <translation>Akreditacija nije prihvaćena</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="716"/>
        <source>Check in {name}</source>
        <translation>Evidentiraj dolazak: {name}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="724"/>
        <source>{name} is already checked in</source>
        <translation>Dolazak osobe {name} već je evidentiran</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="725"/>
        <source>{where} — since {time}</source>
        <translation>{where} — od {time}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="727"/>
        <source>since {time}</source>
        <translation>od {time}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="732"/>
        <source>{where} — now registered for this event</source>
        <translation>{where} — sada registriran za ovaj događaj</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="733"/>
        <source>now registered for this event</source>
        <translation>sada registriran za ovaj događaj</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="741"/>
        <source>Check-in of {name} undone</source>
        <translation>Evidencija dolaska osobe {name} poništena</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="742"/>
        <source>Press Ctrl+Shift+Z to check them in again.</source>
        <translation>Pritisnite Ctrl+Shift+Z da biste ponovno evidentirali dolazak.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="754"/>
        <source>Type a name, organisation or town, or scan a badge. Enter checks in.</source>
        <translation>Upišite ime, organizaciju ili grad ili skenirajte akreditaciju. Enter evidentira dolazak.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="818"/>
        <source>present / registered</source>
        <translation>prisutni / registrirani</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="821"/>
        <source>Local: {count}</source>
        <translation>Lokalni: {count}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="823"/>
        <source>International: {count} ({share} %)</source>
        <translation>Međunarodni: {count} ({share} %)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="827"/>
        <source>⚠ International participants are below one third of those present ({international} of {present}). The grant counts this event as international only with at least one third from abroad.</source>
        <translation>⚠ Međunarodnih sudionika manje je od trećine prisutnih ({international} od {present}). Prema pravilima bespovratnih sredstava događaj se smatra međunarodnim samo ako je barem trećina sudionika iz inozemstva.</translation>
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
        <translation>&amp;Matrica prisutnosti</translation>
    </message>
</context>
<context>
    <name>Compendium</name>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_printing.py" line="40"/>
        <source>Saved {path}.</source>
        <translation>Spremljeno: {path}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_printing.py" line="47"/>
        <source>Writing {path}…</source>
        <translation>Zapisivanje datoteke {path}…</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="170"/>
        <source>No open conflicts. When two laptops change the same field, both values show here.</source>
        <translation>Nema otvorenih sukoba. Kada dva prijenosna računala promijene isto polje, ovdje se prikazuju obje vrijednosti.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="173"/>
        <source>&amp;Restore this value</source>
        <translation>&amp;Vrati ovu vrijednost</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="175"/>
        <source>Put the losing value back, as a new edit made on this laptop</source>
        <translation>Vrati odbačenu vrijednost kao novu izmjenu napravljenu na ovom računalu</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="182"/>
        <source>When two laptops changed the same field, one value wins everywhere; the other is kept here so you can put it back.</source>
        <translation>Kada su dva računala promijenila isto polje, jedna vrijednost prevladava posvuda; druga se čuva ovdje kako biste je mogli vratiti.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="195"/>
        <source>Open conflicts: {n}</source>
        <translation>Otvoreni sukobi: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="196"/>
        <source>No open conflicts.</source>
        <translation>Nema otvorenih sukoba.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="219"/>
        <source>Value restored.</source>
        <translation>Vrijednost je vraćena.</translation>
    </message>
</context>
<context>
    <name>ConsentTextDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="43"/>
        <source>Consent text</source>
        <translation>Tekst privole</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="44"/>
        <source>Edit consent text</source>
        <translation>Uredi tekst privole</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="49"/>
        <source>e.g. 2021-1</source>
        <translation>npr. 2021-1</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="54"/>
        <source>The wording people read before they agree</source>
        <translation>Tekst koji osobe pročitaju prije nego što daju privolu</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="63"/>
        <source>&amp;Consent to:</source>
        <translation>&amp;Privola za:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="64"/>
        <source>&amp;Version:</source>
        <translation>&amp;Verzija:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="65"/>
        <source>&amp;Language:</source>
        <translation>&amp;Jezik:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="66"/>
        <source>&amp;Text:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="93"/>
        <source>New consent text {version}</source>
        <translation>Novi tekst privole {version}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="102"/>
        <source>Edit consent text {version}</source>
        <translation>Uređivanje teksta privole {version}</translation>
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
        <translation>nije registriran</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="104"/>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="106"/>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="107"/>
        <source>Town</source>
        <translation>Grad</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="108"/>
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="109"/>
        <source>Registration</source>
        <translation>Registracija</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="174"/>
        <source>Checked in at {time}</source>
        <translation>Dolazak evidentiran u {time}</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="133"/>
        <source>Duplicate event</source>
        <translation>Dupliciraj događaj</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="142"/>
        <source>A copy of “{title}” with its programme, moved to the new dates. Registrations are not copied.</source>
        <translation>Kopija događaja „{title}“ s programom, premještena na nove datume. Registracije se ne kopiraju.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="145"/>
        <source>&amp;Title:</source>
        <translation>&amp;Naslov:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="146"/>
        <source>&amp;Starts on:</source>
        <translation>&amp;Počinje:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="159"/>
        <source>Duplicate event “{title}”</source>
        <translation>Dupliciranje događaja „{title}“</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="53"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="55"/>
        <location filename="../ecnet_desktop/ui/people_view.py" line="59"/>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="56"/>
        <source>Possibly the same as</source>
        <translation>Možda ista kao</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="60"/>
        <source>Why</source>
        <translation>Zašto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="61"/>
        <source>Likeness</source>
        <translation>Sličnost</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="71"/>
        <source>Possible duplicates</source>
        <translation>Mogući duplikati</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/people_view.py" line="87"/>
        <source>%Ln pairs of people may be the same person. Check them before the exchange merges records.</source>
        <translation>
            <numerusform>%Ln par osoba možda je ista osoba. Provjerite ih prije nego što razmjena spoji zapise.</numerusform>
            <numerusform>%Ln para osoba možda su iste osobe. Provjerite ih prije nego što razmjena spoji zapise.</numerusform>
            <numerusform>%Ln parova osoba možda su iste osobe. Provjerite ih prije nego što razmjena spoji zapise.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="89"/>
        <source>No possible duplicates found.</source>
        <translation>Nisu pronađeni mogući duplikati.</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="239"/>
        <source>Press Find possible duplicates to look for people entered twice.</source>
        <translation>Pritisnite Pronađi moguće duplikate da biste potražili osobe unesene dvaput.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="240"/>
        <source>Not searched yet.</source>
        <translation>Pretraživanje još nije provedeno.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="242"/>
        <source>&amp;Find possible duplicates</source>
        <translation>&amp;Pronađi moguće duplikate</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="244"/>
        <source>Look for people who may have been entered twice, on this or another laptop</source>
        <translation>Potraži osobe koje su možda unesene dvaput, na ovom ili drugom prijenosnom računalu</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="245"/>
        <source>Merge into the fir&amp;st</source>
        <translation>Spoji u &amp;prvu</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="247"/>
        <source>Keep the first person and move the second one&apos;s registrations and check-ins to them</source>
        <translation>Zadrži prvu osobu i prenesi na nju registracije i evidentirane dolaske druge</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="248"/>
        <source>Merge into the seco&amp;nd</source>
        <translation>Spoji u &amp;drugu</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="250"/>
        <source>Keep the second person and move the first one&apos;s registrations and check-ins to them</source>
        <translation>Zadrži drugu osobu i prenesi na nju registracije i evidentirane dolaske prve</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="283"/>
        <source>Looking for duplicates…</source>
        <translation>Traženje duplikata…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="291"/>
        <source>Possible duplicates: {n}</source>
        <translation>Mogući duplikati: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="292"/>
        <source>No possible duplicates.</source>
        <translation>Nema mogućih duplikata.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="302"/>
        <source>Search cancelled.</source>
        <translation>Pretraživanje je otkazano.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="312"/>
        <source>Merge people</source>
        <translation>Spajanje osoba</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="313"/>
        <source>Merge {duplicate} into {survivor}? Their registrations and attendance move to {survivor}; the merge travels to every laptop.</source>
        <translation>Spojiti osobu {duplicate} s osobom {survivor}? Njezine registracije i prisutnosti prelaze na osobu {survivor}; spajanje se prenosi na svako računalo.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="44"/>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="110"/>
        <source>Erase personal data</source>
        <translation>Brisanje osobnih podataka</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="45"/>
        <source>(no name)</source>
        <translation>(bez imena)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="47"/>
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… i još %Ln</numerusform>
            <numerusform>… i još %Ln</numerusform>
            <numerusform>… i još %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="48"/>
        <source>Erase every personal detail of %Ln people:</source>
        <translation>
            <numerusform>Izbrisati sve osobne podatke %Ln osobe:</numerusform>
            <numerusform>Izbrisati sve osobne podatke %Ln osobe:</numerusform>
            <numerusform>Izbrisati sve osobne podatke %Ln osoba:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="50"/>
        <source>Erase every personal detail of {name}?</source>
        <translation>Izbrisati sve osobne podatke osobe {name}?</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="55"/>
        <source>&lt;p&gt;&lt;b&gt;Removed for good:&lt;/b&gt; name, e-mail, phone, town, organisation, gender, birth year and consents; their name on notes and interviews; their data in the backups beside the database.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kept, without a name:&lt;/b&gt; country, category, registrations and attendance, so the project&apos;s figures stay right.&lt;/p&gt;&lt;p&gt;The erasure travels to the other laptops with the next exchange workbook; an older workbook cannot bring the data back. It cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Trajno se uklanja:&lt;/b&gt; ime, e-pošta, telefon, grad, organizacija, spol, godina rođenja i privole; ime osobe u bilješkama i intervjuima; njezini podaci u sigurnosnim kopijama pokraj baze podataka.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zadržava se, bez imena:&lt;/b&gt; država, kategorija, registracije i prisutnost, kako bi brojke projekta ostale točne.&lt;/p&gt;&lt;p&gt;Brisanje se prenosi na ostala računala sljedećom radnom knjigom za razmjenu; starija radna knjiga ne može vratiti podatke. Brisanje se ne može poništiti.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="63"/>
        <source>I &amp;understand that this cannot be undone</source>
        <translation>&amp;Razumijem da se ovo ne može poništiti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="65"/>
        <source>&amp;Erase</source>
        <translation>&amp;Izbriši</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="87"/>
        <source>Erasing personal data…</source>
        <translation>Brisanje osobnih podataka…</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="43"/>
        <source>Something went wrong</source>
        <translation>Nešto nije u redu</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="54"/>
        <source>&lt;b&gt;EC-NET Desktop met an unexpected error.&lt;/b&gt;&lt;br&gt;Your work is still open and nothing you typed has been lost. Save or finish what you were doing; if the error comes back, restart the app and send the details below to whoever supports you.</source>
        <translation>&lt;b&gt;U aplikaciji EC-NET Desktop došlo je do neočekivane pogreške.&lt;/b&gt;&lt;br&gt;Vaš je rad i dalje otvoren i ništa što ste upisali nije izgubljeno. Spremite ili dovršite ono što ste radili; ako se pogreška ponovi, ponovno pokrenite aplikaciju i pošaljite pojedinosti u nastavku osobi koja vam pruža podršku.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="71"/>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="134"/>
        <source>Show &amp;details</source>
        <translation>Prikaži &amp;pojedinosti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="74"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Kopiraj pojedinosti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="75"/>
        <source>Copy the error and the versions to the clipboard</source>
        <translation>Kopiraj pogrešku i verzije u međuspremnik</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="77"/>
        <source>Open &amp;log folder</source>
        <translation>Otvori mapu &amp;zapisnika</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="104"/>
        <source>What happened: {summary}</source>
        <translation>Što se dogodilo: {summary}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="107"/>
        <source>What happened: {summary} (and {more} more)</source>
        <translation>Što se dogodilo: {summary} (i još {more})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="110"/>
        <source>The log is in {path}</source>
        <translation>Zapisnik se nalazi u {path}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="112"/>
        <source>No log file is being written.</source>
        <translation>Ne zapisuje se nijedna datoteka zapisnika.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="125"/>
        <source>The details are on the clipboard.</source>
        <translation>Pojedinosti su u međuspremniku.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="134"/>
        <source>Hide &amp;details</source>
        <translation>Sakrij &amp;pojedinosti</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="202"/>
        <source>New event</source>
        <translation>Novi događaj</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="202"/>
        <source>Edit event</source>
        <translation>Uredi događaj</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="221"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Vrsta:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="222"/>
        <source>&amp;Title:</source>
        <translation>&amp;Naslov:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="223"/>
        <source>Host to&amp;wn:</source>
        <translation>&amp;Grad domaćin:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="224"/>
        <source>&amp;Country:</source>
        <translation>&amp;Država:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="225"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Mjesto održavanja:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="226"/>
        <source>&amp;Starts on:</source>
        <translation>&amp;Počinje:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="227"/>
        <source>E&amp;nds on:</source>
        <translation>&amp;Završava:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="228"/>
        <source>Host &amp;organisation:</source>
        <translation>Organizacija domać&amp;in:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="230"/>
        <source>&amp;Priorities:</source>
        <translation>P&amp;rioriteti:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="231"/>
        <source>&amp;Description:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="281"/>
        <source>(none)</source>
        <translation>(nijedna)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="287"/>
        <source>Add new organisation…</source>
        <translation>Dodaj novu organizaciju…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="359"/>
        <source>Create event “{title}”</source>
        <translation>Stvaranje događaja „{title}“</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="363"/>
        <source>Edit event “{title}”</source>
        <translation>Uređivanje događaja „{title}“</translation>
    </message>
</context>
<context>
    <name>EventsSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="66"/>
        <source>Title</source>
        <translation>Naslov</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="67"/>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="68"/>
        <source>Host town</source>
        <translation>Grad domaćin</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="69"/>
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="71"/>
        <source>Dates</source>
        <translation>Datumi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="74"/>
        <source>Priorities</source>
        <translation>Prioriteti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="224"/>
        <source>No events to show. New event… adds one; or change the filters above.</source>
        <translation>Nema događaja za prikaz. Novi događaj… dodaje jedan; ili promijenite filtre iznad.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="246"/>
        <source>&amp;New event…</source>
        <translation>&amp;Novi događaj…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="248"/>
        <source>Create an event: title, place, dates and the towns taking part</source>
        <translation>Stvori događaj: naslov, mjesto, datumi i gradovi sudionici</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="249"/>
        <source>Ed&amp;it…</source>
        <translation>&amp;Uredi…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="251"/>
        <source>Change the selected event&apos;s details (double-click or Enter on a row)</source>
        <translation>Promijeni podatke odabranog događaja (dvostruki klik ili Enter na retku)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="252"/>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Dupliciraj…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="253"/>
        <source>Copy the event and its programme as a template for the next one</source>
        <translation>Kopiraj događaj i njegov program kao predložak za sljedeći</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="255"/>
        <source>&amp;Delete</source>
        <translation>&amp;Izbriši</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="257"/>
        <source>Delete the selected event (Delete); Ctrl+Z brings it back</source>
        <translation>Izbriši odabrani događaj (Delete); Ctrl+Z ga vraća</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="290"/>
        <source>All kinds</source>
        <translation>Sve vrste</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="300"/>
        <source>Title, town or venue</source>
        <translation>Naslov, grad ili mjesto održavanja</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="303"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Vrsta:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="304"/>
        <source>&amp;Year:</source>
        <translation>&amp;Godina:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="305"/>
        <source>C&amp;ountry:</source>
        <translation>D&amp;ržava:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="306"/>
        <source>Fil&amp;ter:</source>
        <translation>&amp;Filtar:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="346"/>
        <source>Events</source>
        <translation>Događaji</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="353"/>
        <source>All years</source>
        <translation>Sve godine</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="358"/>
        <source>All countries</source>
        <translation>Sve države</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/events_view.py" line="375"/>
        <source>{shown} of %Ln events</source>
        <translation>
            <numerusform>{shown} od %Ln događaja</numerusform>
            <numerusform>{shown} od %Ln događaja</numerusform>
            <numerusform>{shown} od %Ln događaja</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="471"/>
        <location filename="../ecnet_desktop/ui/events_view.py" line="486"/>
        <source>Delete event</source>
        <translation>Brisanje događaja</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="472"/>
        <source>Delete “{title}” and its programme? Registrations, attendance and notes are kept; Edit → Undo brings the event back.</source>
        <translation>Izbrisati „{title}“ i njegov program? Registracije, prisutnost i bilješke zadržavaju se; Uređivanje → Poništi vraća događaj.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="484"/>
        <source>Delete event “{title}”</source>
        <translation>Brisanje događaja „{title}“</translation>
    </message>
</context>
<context>
    <name>ExchangeSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="85"/>
        <source>Waiting</source>
        <translation>Na čekanju</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="86"/>
        <source>Reading…</source>
        <translation>Čitanje…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="87"/>
        <source>Ready to import</source>
        <translation>Spremno za uvoz</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="88"/>
        <source>Rejected cells: cannot be imported</source>
        <translation>Odbijene ćelije: uvoz nije moguć</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="89"/>
        <source>Needs a password</source>
        <translation>Potrebna je lozinka</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="90"/>
        <source>Refused</source>
        <translation>Odbijeno</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="99"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="106"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="115"/>
        <source>Sheet</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="116"/>
        <source>Row</source>
        <translation>Redak</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="118"/>
        <source>Column</source>
        <translation>Stupac</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="119"/>
        <source>Value</source>
        <translation>Vrijednost</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="120"/>
        <source>Rule</source>
        <translation>Pravilo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="479"/>
        <source>E&amp;xport</source>
        <translation>&amp;Izvoz</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="480"/>
        <source>&amp;Import</source>
        <translation>&amp;Uvoz</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="481"/>
        <source>&amp;Conflicts</source>
        <translation>&amp;Sukobi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="482"/>
        <source>&amp;Duplicates</source>
        <translation>&amp;Duplikati</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="483"/>
        <source>&amp;History</source>
        <translation>&amp;Povijest</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="484"/>
        <source>Exchange</source>
        <translation>Razmjena</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="107"/>
        <source>Entity</source>
        <translation>Entitet</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="108"/>
        <source>Record</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="109"/>
        <source>Field</source>
        <translation>Polje</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="110"/>
        <source>Losing value</source>
        <translation>Odbačena vrijednost</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="111"/>
        <source>Losing clock</source>
        <translation>Odbačeni sat</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="112"/>
        <source>Winning clock</source>
        <translation>Pobjednički sat</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="113"/>
        <source>Source</source>
        <translation>Izvor</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="121"/>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="122"/>
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="124"/>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="130"/>
        <source>First person</source>
        <translation>Prva osoba</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="131"/>
        <source>Second person</source>
        <translation>Druga osoba</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="132"/>
        <source>Reason</source>
        <translation>Razlog</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="133"/>
        <source>Score</source>
        <translation>Ocjena</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="147"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="98"/>
        <source>File</source>
        <translation>Datoteka</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="148"/>
        <source>Device</source>
        <translation>Uređaj</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="149"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="91"/>
        <source>Imported</source>
        <translation>Uvezeno</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="151"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="107"/>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="152"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="108"/>
        <source>Updated</source>
        <translation>Ažurirano</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="153"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="109"/>
        <source>Unchanged</source>
        <translation>Nepromijenjeno</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="154"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="110"/>
        <source>Conflicting</source>
        <translation>U sukobu</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="155"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="111"/>
        <source>Rejected</source>
        <translation>Odbijeno</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="371"/>
        <source>&amp;Whole database</source>
        <translation>&amp;Cijela baza podataka</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="372"/>
        <source>Current &amp;event only</source>
        <translation>Samo trenutačni &amp;događaj</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="373"/>
        <source>Export everything in this database</source>
        <translation>Izvezi sve iz ove baze podataka</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="374"/>
        <source>Export only what belongs to the current event</source>
        <translation>Izvezi samo ono što pripada trenutačnom događaju</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="381"/>
        <source>optional: encrypts the file</source>
        <translation>neobavezno: šifrira datoteku</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="385"/>
        <source>Export to &amp;file…</source>
        <translation>&amp;Izvezi u datoteku…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="387"/>
        <source>Write an exchange workbook to carry to another laptop or to the coordinator</source>
        <translation>Zapiši radnu knjigu za razmjenu koju ćete prenijeti na drugo prijenosno računalo ili koordinatoru</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="395"/>
        <source>What to export</source>
        <translation>Što izvesti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="399"/>
        <source>Password for files that travel on USB sticks</source>
        <translation>Lozinka za datoteke koje se prenose na USB memorijama</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="401"/>
        <source>&amp;Password:</source>
        <translation>&amp;Lozinka:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="402"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Ponovite:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="409"/>
        <source>Write an exchange workbook to carry to another laptop or to the coordinator.</source>
        <translation>Zapišite radnu knjigu za razmjenu koju ćete prenijeti na drugo računalo ili koordinatoru.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="413"/>
        <source>⚠ The workbook contains personal data (names, e-mails, phones, consents): protect it with a password when it travels, and delete it once it is imported.</source>
        <translation>⚠ Radna knjiga sadrži osobne podatke (imena, adrese e-pošte, telefone, privole): zaštitite je lozinkom kada se prenosi i izbrišite je nakon uvoza.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="433"/>
        <source>Current &amp;event only: {title}</source>
        <translation>Samo trenutačni &amp;događaj: {title}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="434"/>
        <source>Current &amp;event only (none chosen)</source>
        <translation>Samo trenutačni &amp;događaj (nije odabran)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="448"/>
        <source>Last export: {when}</source>
        <translation>Posljednji izvoz: {when}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="450"/>
        <source>Not exported yet.</source>
        <translation>Još nije izvezeno.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="463"/>
        <source>The two passwords differ.</source>
        <translation>Lozinke se ne podudaraju.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="468"/>
        <source>Export workbook</source>
        <translation>Izvoz radne knjige</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="469"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Radne knjige programa Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="485"/>
        <source>Exporting…</source>
        <translation>Izvoz…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="486"/>
        <source>Exporting the workbook…</source>
        <translation>Izvoz radne knjige…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="497"/>
        <source>Exported %Ln rows to {file}.</source>
        <translation>
            <numerusform>Izvezen je %Ln redak u {file}.</numerusform>
            <numerusform>Izvezena su %Ln retka u {file}.</numerusform>
            <numerusform>Izvezeno je %Ln redaka u {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="513"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Izvoz je otkazan; datoteka nije zapisana.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="242"/>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="279"/>
        <source>Choose the list</source>
        <translation>Odaberite popis</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="244"/>
        <source>A CSV or XLSX file from a partner town or an online form. Nothing is imported before you have seen the preview.</source>
        <translation>Datoteka CSV ili XLSX partnerskog grada ili internetskog obrasca. Ništa se ne uvozi prije nego što pogledate pretpregled.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="248"/>
        <source>registrations.xlsx</source>
        <translation>registracije.xlsx</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="249"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Pregledaj…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="250"/>
        <source>Choose the coordinator&apos;s workbook (.xlsx) to import</source>
        <translation>Odaberite koordinatorovu radnu knjigu (.xlsx) za uvoz</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="260"/>
        <source>&amp;File:</source>
        <translation>&amp;Datoteka:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="262"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;List:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="281"/>
        <source>Lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Popisi (*.csv *.xlsx *.txt);;Sve datoteke (*)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="104"/>
        <location filename="../ecnet_desktop/ui/first_run.py" line="105"/>
        <source>Welcome to EC-NET Desktop</source>
        <translation>Dobro došli u EC-NET Desktop</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="107"/>
        <source>EC-NET Desktop works offline. Give this laptop a name that colleagues will recognise in exchanged workbooks, for example “Laptop Bari 2”.</source>
        <translation>EC-NET Desktop radi izvanmrežno. Dajte ovom računalu naziv po kojem će ga kolege prepoznati u razmijenjenim radnim knjigama, primjerice „Laptop Bari 2“.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="109"/>
        <source>Name of this &amp;laptop:</source>
        <translation>Naziv ovog &amp;računala:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="110"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Jezik:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="111"/>
        <source>How would you like to start?</source>
        <translation>Kako želite započeti?</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="112"/>
        <source>Open the &amp;demo</source>
        <translation>Otvori &amp;pokaznu verziju</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="114"/>
        <source>A realistic example to try things out: the six international events of EC-NET, about 600 people from more than nine countries. Kept apart from your own data.</source>
        <translation>Realističan primjer za isprobavanje: šest međunarodnih događaja mreže EC-NET, oko 600 osoba iz više od devet država. Odvojen je od vaših podataka.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="116"/>
        <source>Start &amp;empty</source>
        <translation>Započni s &amp;praznom bazom</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="118"/>
        <source>Create your events and register people yourself.</source>
        <translation>Sami izradite događaje i registrirajte osobe.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="119"/>
        <source>&amp;Import the coordinator&apos;s workbook…</source>
        <translation>&amp;Uvezi koordinatorovu radnu knjigu…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="121"/>
        <source>Start from the exchange workbook (.xlsx) the coordinator gave you; it is checked and previewed before anything is imported.</source>
        <translation>Započnite od radne knjige za razmjenu (.xlsx) koju vam je dao koordinator; prije uvoza provjerava se i prikazuje u pretpregledu.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="142"/>
        <source>The coordinator&apos;s workbook</source>
        <translation>Koordinatorova radna knjiga</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="143"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Radne knjige programa Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>GuideEditor</name>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="158"/>
        <source>Interview guide</source>
        <translation>Vodič za intervju</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="162"/>
        <source>Language codes, comma-separated; the first is the main one, e.g. en,it,hr</source>
        <translation>Kodovi jezika, odvojeni zarezima; prvi je glavni, npr. en,it,hr</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="167"/>
        <source>&amp;Save guide</source>
        <translation>&amp;Spremi vodič</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="168"/>
        <source>Save the guide&apos;s title, languages and questions</source>
        <translation>Spremi naslov, jezike i pitanja vodiča</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="172"/>
        <source>&amp;Title:</source>
        <translation>&amp;Naslov:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="173"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Jezici:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="174"/>
        <source>&amp;Description:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="181"/>
        <source>&amp;Add question…</source>
        <translation>&amp;Dodaj pitanje…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="182"/>
        <source>Add a question at the end of the guide</source>
        <translation>Dodaj pitanje na kraj vodiča</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="183"/>
        <source>&amp;Edit question…</source>
        <translation>&amp;Uredi pitanje…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="185"/>
        <source>Change the selected question&apos;s text, type and choices</source>
        <translation>Promijeni tekst, vrstu i ponuđene odgovore odabranog pitanja</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="186"/>
        <source>De&amp;lete question</source>
        <translation>Iz&amp;briši pitanje</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="187"/>
        <source>Remove the selected question from the guide</source>
        <translation>Ukloni odabrano pitanje iz vodiča</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="188"/>
        <source>Move &amp;up</source>
        <translation>Pomakni &amp;gore</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="189"/>
        <source>Ask the selected question one place earlier</source>
        <translation>Premjesti odabrano pitanje jedno mjesto više</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="190"/>
        <source>Move do&amp;wn</source>
        <translation>Pomakni &amp;dolje</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="191"/>
        <source>Ask the selected question one place later</source>
        <translation>Premjesti odabrano pitanje jedno mjesto niže</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="202"/>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="230"/>
        <source>New guide</source>
        <translation>Novi vodič</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="240"/>
        <source>Edit guide</source>
        <translation>Uredi vodič</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="280"/>
        <source>Delete question</source>
        <translation>Brisanje pitanja</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="292"/>
        <source>Move question</source>
        <translation>Premještanje pitanja</translation>
    </message>
</context>
<context>
    <name>GuidesTab</name>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="121"/>
        <source>No interview guides yet. New guide… writes one; Import XLSForm… reads one.</source>
        <translation>Još nema vodiča za intervju. Novi vodič… stvara jedan; Uvezi XLSForm… učitava jedan.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="126"/>
        <source>&amp;New guide…</source>
        <translation>&amp;Novi vodič…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="127"/>
        <source>Write a new interview guide</source>
        <translation>Napiši novi vodič za intervju</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="128"/>
        <source>&amp;Edit guide…</source>
        <translation>&amp;Uredi vodič…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="130"/>
        <source>Change the selected guide and its questions (double-click)</source>
        <translation>Promijeni odabrani vodič i njegova pitanja (dvostruki klik)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="131"/>
        <source>&amp;Import XLSForm…</source>
        <translation>&amp;Uvezi XLSForm…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="133"/>
        <source>Read a guide from an XLSForm workbook (KoboToolbox, ODK)</source>
        <translation>Učitaj vodič iz radne knjige XLSForm (KoboToolbox, ODK)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="134"/>
        <source>E&amp;xport XLSForm…</source>
        <translation>&amp;Izvezi XLSForm…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="135"/>
        <source>Save the selected guide as an XLSForm workbook</source>
        <translation>Spremi odabrani vodič kao radnu knjigu XLSForm</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="136"/>
        <source>&amp;Delete guide</source>
        <translation>Iz&amp;briši vodič</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="137"/>
        <source>Delete the selected guide</source>
        <translation>Izbriši odabrani vodič</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="244"/>
        <source>Delete guide</source>
        <translation>Brisanje vodiča</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="252"/>
        <source>Import a guide (XLSForm)</source>
        <translation>Uvoz vodiča (XLSForm)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="253"/>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="281"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Radne knjige programa Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="279"/>
        <source>Export the guide (XLSForm)</source>
        <translation>Izvoz vodiča (XLSForm)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="82"/>
        <source>EC-NET Desktop Help</source>
        <translation>Pomoć za EC-NET Desktop</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="83"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tipkovnički prečaci</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="84"/>
        <source>How &amp;syncing works</source>
        <translation>Kako funkcionira &amp;sinkronizacija</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="85"/>
        <source>Anywhere</source>
        <translation>Bilo gdje</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="96"/>
        <source>Check-in desk</source>
        <translation>Pult za evidenciju dolazaka</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="97"/>
        <source>Lists</source>
        <translation>Popisi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="98"/>
        <source>Dialogs</source>
        <translation>Dijaloški okviri</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="102"/>
        <source>Type a name or scan a badge</source>
        <translation>Upišite ime ili skenirajte akreditaciju</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="103"/>
        <source>Search the people of the event</source>
        <translation>Pretraživanje osoba na događaju</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="104"/>
        <source>Check in the selected person</source>
        <translation>Evidentiranje dolaska odabrane osobe</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="105"/>
        <source>Move through the results</source>
        <translation>Kretanje kroz rezultate</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="106"/>
        <source>Move a page at a time</source>
        <translation>Pomicanje za jednu stranicu</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="107"/>
        <source>Clear the search</source>
        <translation>Brisanje pretraživanja</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="108"/>
        <source>Register a walk-in</source>
        <translation>Registracija nenajavljenog sudionika</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="109"/>
        <source>Undo the last check-in</source>
        <translation>Poništavanje posljednje evidencije dolaska</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="110"/>
        <source>Open the selected record</source>
        <translation>Otvaranje odabranog zapisa</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="111"/>
        <source>Delete the selected record (can be undone)</source>
        <translation>Brisanje odabranog zapisa (može se poništiti)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="112"/>
        <source>Tick or untick attendance in the matrix</source>
        <translation>Označavanje ili poništavanje prisutnosti u matrici</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="113"/>
        <source>Confirm (the default button)</source>
        <translation>Potvrda (zadani gumb)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="114"/>
        <source>Cancel and close</source>
        <translation>Odustajanje i zatvaranje</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="115"/>
        <source>Alt + underlined letter</source>
        <translation>Alt + podcrtano slovo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="116"/>
        <source>Jump to that field or button</source>
        <translation>Skok na to polje ili gumb</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="121"/>
        <source>Where</source>
        <translation>Gdje</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="122"/>
        <source>Keys</source>
        <translation>Tipke</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="123"/>
        <source>What it does</source>
        <translation>Što radi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="128"/>
        <source>&lt;h2&gt;How syncing works&lt;/h2&gt;&lt;p&gt;Every laptop keeps its own database and works without a network. Laptops exchange data through &lt;b&gt;exchange workbooks&lt;/b&gt; (.xlsx files) carried on a USB stick or sent by e-mail.&lt;/p&gt;&lt;h3&gt;At the venue&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Register people, check them in and take notes as usual.&lt;/li&gt;&lt;li&gt;At the end of the day open &lt;b&gt;Exchange → Export&lt;/b&gt; and save a workbook. It holds everything this laptop knows; give it a password if it travels on a USB stick.&lt;/li&gt;&lt;li&gt;Hand the workbook to the coordinator.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;At the coordinator&apos;s desk&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Open &lt;b&gt;Exchange → Import&lt;/b&gt; and choose the workbooks from every laptop, in any order. Each file is checked and previewed first: new, updated, conflicting and rejected rows. Nothing changes until you press Import, and a backup is made before it.&lt;/li&gt;&lt;li&gt;Export a combined workbook and import it on every laptop, so all of them hold the same data again.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;What happens to edits&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Edits of &lt;i&gt;different&lt;/i&gt; fields of the same person, made on two laptops, both survive.&lt;/li&gt;&lt;li&gt;Edits of the &lt;i&gt;same&lt;/i&gt; field made without seeing each other are a &lt;b&gt;conflict&lt;/b&gt;: one value wins the same way on every laptop, and the other is kept in &lt;b&gt;Exchange → Conflicts&lt;/b&gt;, where you can restore it.&lt;/li&gt;&lt;li&gt;Importing the same workbook twice changes nothing; the order of imports does not matter.&lt;/li&gt;&lt;li&gt;The same person registered on two laptops shows up in &lt;b&gt;Exchange → Duplicates&lt;/b&gt;; merging them travels with the next workbook.&lt;/li&gt;&lt;li&gt;Deletions and GDPR erasures travel too; an old workbook cannot bring erased personal data back.&lt;/li&gt;&lt;li&gt;A cell corrected by hand in Excel or LibreOffice is recognised and imported as a new edit.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;Kako funkcionira sinkronizacija&lt;/h2&gt;&lt;p&gt;Svako računalo ima vlastitu bazu podataka i radi bez mreže. Računala razmjenjuju podatke putem &lt;b&gt;radnih knjiga za razmjenu&lt;/b&gt; (datoteka .xlsx) koje se prenose na USB memoriji ili šalju e-poštom.&lt;/p&gt;&lt;h3&gt;Na mjestu održavanja&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Registrirajte osobe, evidentirajte njihove dolaske i vodite bilješke kao i obično.&lt;/li&gt;&lt;li&gt;Na kraju dana otvorite &lt;b&gt;Razmjena → Izvoz&lt;/b&gt; i spremite radnu knjigu. Ona sadrži sve što ovo računalo zna; zaštitite je lozinkom ako se prenosi na USB memoriji.&lt;/li&gt;&lt;li&gt;Predajte radnu knjigu koordinatoru.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;Kod koordinatora&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Otvorite &lt;b&gt;Razmjena → Uvoz&lt;/b&gt; i odaberite radne knjige sa svih računala, bilo kojim redoslijedom. Svaka se datoteka najprije provjerava i prikazuje u pretpregledu: novi, ažurirani, sukobljeni i odbijeni redci. Ništa se ne mijenja dok ne pritisnete Uvezi, a prije toga izrađuje se sigurnosna kopija.&lt;/li&gt;&lt;li&gt;Izvezite objedinjenu radnu knjigu i uvezite je na svako računalo kako bi sva ponovno imala iste podatke.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;Što se događa s izmjenama&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Izmjene &lt;i&gt;različitih&lt;/i&gt; polja iste osobe napravljene na dva računala obje se zadržavaju.&lt;/li&gt;&lt;li&gt;Izmjene &lt;i&gt;istog&lt;/i&gt; polja napravljene neovisno jedna o drugoj su &lt;b&gt;sukob&lt;/b&gt;: jedna vrijednost prevladava na isti način na svakom računalu, a druga se čuva u &lt;b&gt;Razmjena → Sukobi&lt;/b&gt;, gdje je možete vratiti.&lt;/li&gt;&lt;li&gt;Dvostruki uvoz iste radne knjige ništa ne mijenja; redoslijed uvoza nije važan.&lt;/li&gt;&lt;li&gt;Ista osoba registrirana na dva računala prikazuje se u &lt;b&gt;Razmjena → Duplikati&lt;/b&gt;; njihovo spajanje prenosi se sljedećom radnom knjigom.&lt;/li&gt;&lt;li&gt;Brisanja i brisanja prema GDPR-u također se prenose; stara radna knjiga ne može vratiti izbrisane osobne podatke.&lt;/li&gt;&lt;li&gt;Ćelija ručno ispravljena u Excelu ili LibreOfficeu prepoznaje se i uvozi kao nova izmjena.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="344"/>
        <source>Nothing imported yet. Imported exchange files are listed here.</source>
        <translation>Još ništa nije uvezeno. Ovdje su navedene uvezene datoteke za razmjenu.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="353"/>
        <source>Imports: {n}</source>
        <translation>Uvoza: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="354"/>
        <source>Nothing imported yet.</source>
        <translation>Još ništa nije uvezeno.</translation>
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
        <translation>Trenutačni događaj</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="63"/>
        <source>Day</source>
        <translation>Dan</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="63"/>
        <source>Time</source>
        <translation>Vrijeme</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="63"/>
        <source>Session</source>
        <translation>Sesija</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="63"/>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="69"/>
        <source>The database could not be opened. Use File → Open to choose one.</source>
        <translation>Baza podataka nije se mogla otvoriti. Odaberite drugu naredbom Datoteka → Otvori bazu podataka.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="70"/>
        <source>Opening database…</source>
        <translation>Otvaranje baze podataka…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="81"/>
        <source>This database is empty. Use File → New or Open, or start from the demo.</source>
        <translation>Ova je baza podataka prazna. Upotrijebite Datoteka → Nova baza podataka ili Otvori bazu podataka ili započnite s pokaznom verzijom.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="84"/>
        <source>Events</source>
        <translation>Događaji</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="85"/>
        <source>Sessions</source>
        <translation>Sesije</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="86"/>
        <source>People</source>
        <translation>Osobe</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="87"/>
        <source>Countries</source>
        <translation>Države</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="88"/>
        <source>Organisations</source>
        <translation>Organizacije</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="89"/>
        <source>Registrations</source>
        <translation>Registracije</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="90"/>
        <source>Attendances</source>
        <translation>Prisutnosti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="91"/>
        <source>Notes</source>
        <translation>Bilješke</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="104"/>
        <source>No event chosen.</source>
        <translation>Nije odabran događaj.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="112"/>
        <source>Title:</source>
        <translation>Naslov:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="113"/>
        <source>Kind:</source>
        <translation>Vrsta:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="115"/>
        <source>Where:</source>
        <translation>Gdje:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="119"/>
        <source>When:</source>
        <translation>Kada:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="120"/>
        <source>Priorities:</source>
        <translation>Prioriteti:</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="176"/>
        <source>Drop exchange workbooks (.xlsx) here, or press Choose files…</source>
        <translation>Ispustite ovdje radne knjige za razmjenu (.xlsx) ili pritisnite Odaberi datoteke…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="179"/>
        <source>Choose &amp;files…</source>
        <translation>Odaberi &amp;datoteke…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="181"/>
        <source>Pick exchange workbooks from other laptops to import</source>
        <translation>Odaberi radne knjige za razmjenu s drugih prijenosnih računala za uvoz</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="182"/>
        <source>Re&amp;move</source>
        <translation>&amp;Ukloni</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="184"/>
        <source>Take the selected file off the list; nothing is imported from it</source>
        <translation>Ukloni odabranu datoteku s popisa; iz nje se ništa ne uvozi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="185"/>
        <source>Imp&amp;ort</source>
        <translation>U&amp;vezi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="186"/>
        <source>Import every listed file; a backup is made first</source>
        <translation>Uvezi sve navedene datoteke; najprije se izrađuje sigurnosna kopija</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="187"/>
        <source>Cop&amp;y report</source>
        <translation>&amp;Kopiraj izvješće</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="188"/>
        <source>Copy the import report to the clipboard</source>
        <translation>Kopiraj izvješće o uvozu u međuspremnik</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="189"/>
        <source>&amp;Save report…</source>
        <translation>&amp;Spremi izvješće…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="190"/>
        <source>Save the import report as a text file</source>
        <translation>Spremi izvješće o uvozu kao tekstnu datoteku</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="206"/>
        <source>Choose exchange workbooks, or drop .xlsx files here. Each is checked before anything changes.</source>
        <translation>Odaberite radne knjige za razmjenu ili ovdje ispustite datoteke .xlsx. Svaka se provjerava prije bilo kakve promjene.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="222"/>
        <source>Rejected cells:</source>
        <translation>Odbijene ćelije:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="244"/>
        <source>Import workbooks</source>
        <translation>Uvoz radnih knjiga</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="244"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Radne knjige programa Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="311"/>
        <source>{file} is encrypted. Its password:</source>
        <translation>Datoteka {file} je šifrirana. Njezina lozinka:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="314"/>
        <source>Encrypted workbook</source>
        <translation>Šifrirana radna knjiga</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="320"/>
        <source>no password given</source>
        <translation>lozinka nije unesena</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="334"/>
        <source>No file chosen.</source>
        <translation>Nije odabrana datoteka.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="339"/>
        <source>Exported by {device} on {time}. Conflicting values: {conflicts}; rows edited by hand: {hand}.</source>
        <translation>Izvezao uređaj {device}, {time}. Sukobljene vrijednosti: {conflicts}; ručno uređeni redci: {hand}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="344"/>
        <source>{sheet}, column {column} ({header})</source>
        <translation>{sheet}, stupac {column} ({header})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="348"/>
        <source>Not read, their headers are unknown: {columns}</source>
        <translation>Nije pročitano, zaglavlja su nepoznata: {columns}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="349"/>
        <source>Imported</source>
        <translation>Uvezeno</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="349"/>
        <source>Preview</source>
        <translation>Pretpregled</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="371"/>
        <source>The report is on the clipboard.</source>
        <translation>Izvješće je u međuspremniku.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="379"/>
        <source>Save report</source>
        <translation>Spremanje izvješća</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="379"/>
        <source>Text files (*.txt)</source>
        <translation>Tekstne datoteke (*.txt)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="386"/>
        <source>Could not save the report: {reason}</source>
        <translation>Izvješće nije moguće spremiti: {reason}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="389"/>
        <source>Report saved to {file}.</source>
        <translation>Izvješće je spremljeno u {file}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="396"/>
        <source>Wait until every file has been checked.</source>
        <translation>Pričekajte da se provjere sve datoteke.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="417"/>
        <source>Importing {file}…</source>
        <translation>Uvoz datoteke {file}…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="443"/>
        <source>Files imported: {files}. Rows: {new} new, {updated} updated, {unchanged} unchanged; conflicting values: {conflicts}.</source>
        <translation>Uvezene datoteke: {files}. Redci: novih {new}, ažuriranih {updated}, nepromijenjenih {unchanged}; sukobljene vrijednosti: {conflicts}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="450"/>
        <source>Cancelled; the file being imported was left unchanged.</source>
        <translation>Otkazano; datoteka koja se uvozila ostala je nepromijenjena.</translation>
    </message>
</context>
<context>
    <name>ImportRegistrationsWizard</name>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="619"/>
        <source>Import registrations</source>
        <translation>Uvoz registracija</translation>
    </message>
</context>
<context>
    <name>InterviewRunner</name>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="58"/>
        <source>Interview: {guide}</source>
        <translation>Intervju: {guide}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="64"/>
        <source>&amp;Language:</source>
        <translation>&amp;Jezik:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="86"/>
        <source>&amp;Back (PageUp)</source>
        <translation>&amp;Natrag (PageUp)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="88"/>
        <source>Go back to the previous question; what you typed is kept (PageUp)</source>
        <translation>Vrati se na prethodno pitanje; upisano se čuva (PageUp)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="90"/>
        <source>&amp;Save draft (Ctrl+S)</source>
        <translation>&amp;Spremi skicu (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="92"/>
        <source>Save the answers so far as a draft to resume later (Ctrl+S)</source>
        <translation>Spremi dosadašnje odgovore kao skicu za kasniji nastavak (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="94"/>
        <source>&amp;Next (Ctrl+Enter)</source>
        <translation>&amp;Dalje (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="95"/>
        <source>Go to the next question (Ctrl+Enter)</source>
        <translation>Idi na sljedeće pitanje (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="118"/>
        <source>Consent</source>
        <translation>Privola</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="121"/>
        <source>Before any question: explain the purpose of the research, that answers are analysed without names, that taking part is voluntary and can be stopped at any time. Ask whether the respondent agrees to be interviewed.

No consent, no answers.</source>
        <translation>Prije prvog pitanja: objasnite svrhu istraživanja, da se odgovori analiziraju bez imena te da je sudjelovanje dobrovoljno i može se prekinuti u bilo kojem trenutku. Pitajte ispitanika pristaje li na intervju.

Bez privole nema odgovora.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="126"/>
        <source>The respondent &amp;consents to this interview (Space)</source>
        <translation>Ispitanik daje &amp;privolu za ovaj intervju (razmaknica)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="130"/>
        <source>Space ticks the box; Enter or Ctrl+Enter starts the questions.</source>
        <translation>Razmaknica označava okvir; Enter ili Ctrl+Enter započinje pitanja.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="143"/>
        <source>End of the interview</source>
        <translation>Kraj intervjua</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="147"/>
        <source>&amp;Complete the interview (Ctrl+Enter)</source>
        <translation>&amp;Dovrši intervju (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="149"/>
        <source>Mark the interview as completed and save it (Ctrl+Enter)</source>
        <translation>Označi intervju kao dovršen i spremi ga (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="166"/>
        <source>registered person</source>
        <translation>registrirana osoba</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="167"/>
        <source>anonymous respondent</source>
        <translation>anonimni ispitanik</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="247"/>
        <source>{answered} of {count} questions answered.</source>
        <translation>Odgovoreno je na {answered} od {count} pitanja.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="250"/>
        <source>Required questions still open: {numbers}.</source>
        <translation>Obavezna pitanja bez odgovora: {numbers}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="279"/>
        <source>No consent, no answers: tick the box only if the respondent agrees. Escape closes without an interview.</source>
        <translation>Bez privole nema odgovora: označite okvir samo ako ispitanik pristaje. Escape zatvara bez intervjua.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="326"/>
        <source>Draft saved at {time}.</source>
        <translation>Skica spremljena u {time}.</translation>
    </message>
</context>
<context>
    <name>InterviewsSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="73"/>
        <source>Title</source>
        <translation>Naslov</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="74"/>
        <source>Languages</source>
        <translation>Jezici</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="79"/>
        <source>No.</source>
        <translation>Br.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="80"/>
        <source>Section</source>
        <translation>Odjeljak</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="81"/>
        <source>Type</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="82"/>
        <source>Required</source>
        <translation>Obavezno</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="83"/>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="84"/>
        <source>Name</source>
        <translation>Ime i prezime</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="85"/>
        <source>Question</source>
        <translation>Pitanje</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="91"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="93"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="94"/>
        <source>Respondent</source>
        <translation>Ispitanik</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="95"/>
        <source>registered person</source>
        <translation>registrirana osoba</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="96"/>
        <source>anonymous</source>
        <translation>anonimno</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="97"/>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="100"/>
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="102"/>
        <source>Age band</source>
        <translation>Dobna skupina</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="103"/>
        <source>Answers</source>
        <translation>Odgovori</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="105"/>
        <source>Event</source>
        <translation>Događaj</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="106"/>
        <source>Interviewer</source>
        <translation>Anketar</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="479"/>
        <source>&amp;Interviews</source>
        <translation>&amp;Intervjui</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="480"/>
        <source>G&amp;uides</source>
        <translation>&amp;Vodiči</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="481"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Analiza</translation>
    </message>
</context>
<context>
    <name>InterviewsTab</name>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="354"/>
        <source>No interviews to show. New interview… (Ctrl+N) starts one with the chosen guide.</source>
        <translation>Nema intervjua za prikaz. Novi intervju… (Ctrl+N) započinje jedan s odabranim vodičem.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="309"/>
        <source>all</source>
        <translation>sve</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="313"/>
        <source>&amp;Guide:</source>
        <translation>&amp;Vodič:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="315"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Stanje:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="317"/>
        <source>&amp;New interview… (Ctrl+N)</source>
        <translation>&amp;Novi intervju… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="318"/>
        <source>Start an interview with the chosen guide (Ctrl+N)</source>
        <translation>Započni intervju s odabranim vodičem (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="319"/>
        <source>&amp;Resume (Enter)</source>
        <translation>&amp;Nastavi (Enter)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="321"/>
        <source>Open the selected interview to continue or review it (Enter or double-click)</source>
        <translation>Otvori odabrani intervju da ga nastavite ili pregledate (Enter ili dvostruki klik)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="322"/>
        <source>&amp;Delete</source>
        <translation>&amp;Izbriši</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="323"/>
        <source>Delete the selected interview and its answers</source>
        <translation>Izbriši odabrani intervju i njegove odgovore</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="327"/>
        <source>Research e&amp;xport…</source>
        <translation>Izvoz za &amp;istraživanje…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="329"/>
        <source>A pseudonymised workbook for researchers: no names or contacts, one row per interview, a codebook</source>
        <translation>Pseudonimizirana radna knjiga za istraživače: bez imena i kontakata, jedan redak po intervjuu, kodna knjiga</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="360"/>
        <source>all guides</source>
        <translation>svi vodiči</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="388"/>
        <source>%Ln interviews</source>
        <translation>
            <numerusform>%Ln intervju</numerusform>
            <numerusform>%Ln intervjua</numerusform>
            <numerusform>%Ln intervjua</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="391"/>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="392"/>
        <source>Loading interviews…</source>
        <translation>Učitavanje intervjua…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="439"/>
        <source>Wrote {file}: %Ln interviews, pseudonymised.</source>
        <translation>
            <numerusform>Zapisano u {file}: %Ln intervju, pseudonimiziran.</numerusform>
            <numerusform>Zapisano u {file}: %Ln intervjua, pseudonimizirana.</numerusform>
            <numerusform>Zapisano u {file}: %Ln intervjua, pseudonimiziranih.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="423"/>
        <source>Research export</source>
        <translation>Izvoz za istraživanje</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="425"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Radne knjige programa Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="442"/>
        <source>Writing the research export…</source>
        <translation>Zapisivanje izvoza za istraživanje…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="450"/>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="463"/>
        <source>Delete interview</source>
        <translation>Brisanje intervjua</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="451"/>
        <source>Delete this interview and its {n} answers?</source>
        <translation>Izbrisati ovaj intervju i njegove odgovore ({n})?</translation>
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
        <translation>&amp;Datoteka</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="289"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nova baza podataka…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="290"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Otvori bazu podataka…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="291"/>
        <source>Open &amp;recent</source>
        <translation>Otvori &amp;nedavno</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="292"/>
        <source>Connect to a &amp;server…</source>
        <translation>Poveži se s &amp;poslužiteljem…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="293"/>
        <source>Restore from &amp;backup…</source>
        <translation>Vrati iz sigurnosne &amp;kopije…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="294"/>
        <source>&amp;Quit</source>
        <translation>&amp;Izlaz</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="295"/>
        <source>&amp;Edit</source>
        <translation>&amp;Uređivanje</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="296"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Postavke…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="297"/>
        <source>&amp;Help</source>
        <translation>&amp;Pomoć</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="298"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tipkovnički prečaci</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="299"/>
        <source>How &amp;syncing works</source>
        <translation>Kako funkcionira &amp;sinkronizacija</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="300"/>
        <source>&amp;About EC-NET Desktop</source>
        <translation>&amp;O programu EC-NET Desktop</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="303"/>
        <source>Create a new, empty database file</source>
        <translation>Stvori novu, praznu datoteku baze podataka</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="304"/>
        <source>Open another database file</source>
        <translation>Otvori drugu datoteku baze podataka</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="305"/>
        <source>Open one of the databases used lately</source>
        <translation>Otvori jednu od nedavno korištenih baza podataka</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="307"/>
        <source>Work on the coordinators&apos; shared PostgreSQL database instead of a file</source>
        <translation>Radi na zajedničkoj bazi podataka PostgreSQL koordinatora umjesto na datoteci</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="309"/>
        <source>Replace this database with one of the backups taken before imports</source>
        <translation>Zamijeni ovu bazu podataka jednom od sigurnosnih kopija izrađenih prije uvoza</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="310"/>
        <source>Close EC-NET Desktop</source>
        <translation>Zatvori EC-NET Desktop</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="311"/>
        <source>Undo the last change</source>
        <translation>Poništi posljednju promjenu</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="312"/>
        <source>Redo the change just undone</source>
        <translation>Ponovi upravo poništenu promjenu</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="314"/>
        <source>Language, name of this laptop, paper size, backups and retention</source>
        <translation>Jezik, naziv ovog računala, veličina papira, sigurnosne kopije i razdoblje čuvanja</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="315"/>
        <source>The keys that work in each part of the app</source>
        <translation>Tipke koje rade u pojedinom dijelu aplikacije</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="316"/>
        <source>How laptops exchange data through workbooks</source>
        <translation>Kako računala razmjenjuju podatke putem radnih knjiga</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="317"/>
        <source>Version, data folder and log folder</source>
        <translation>Verzija, mapa podataka i mapa zapisnika</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="322"/>
        <source>Choose a section</source>
        <translation>Odaberite odjeljak</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="323"/>
        <source>Current &amp;event:</source>
        <translation>Trenutačni &amp;događaj:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="372"/>
        <source>The database could not be opened. Use File → Open to choose one.</source>
        <translation>Baza podataka nije se mogla otvoriti. Odaberite drugu naredbom Datoteka → Otvori bazu podataka.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="374"/>
        <source>Opening database…</source>
        <translation>Otvaranje baze podataka…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="493"/>
        <source>Connect to a server</source>
        <translation>Povezivanje s poslužiteljem</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="494"/>
        <source>Database URL, e.g. postgresql+psycopg://coordinator@hub.example.org/ecnet
(the password is read from ~/.pgpass or PGPASSWORD and never stored):</source>
        <translation>URL baze podataka, npr. postgresql+psycopg://coordinator@hub.example.org/ecnet
(lozinka se čita iz ~/.pgpass ili PGPASSWORD i nikad se ne sprema):</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="325"/>
        <source>The event that check-in, notes and reports use</source>
        <translation>Događaj koji koriste evidencija dolazaka, bilješke i izvješća</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="330"/>
        <source>Home</source>
        <translation>Početna</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="453"/>
        <source>(none)</source>
        <translation>(nijedan)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="463"/>
        <source>New database</source>
        <translation>Nova baza podataka</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="472"/>
        <source>{path} already exists. Use File → Open to open it; it has not been changed.</source>
        <translation>{path} već postoji. Otvorite je naredbom Datoteka → Otvori bazu podataka; nije promijenjena.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="480"/>
        <source>Open database</source>
        <translation>Otvaranje baze podataka</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="581"/>
        <source>Creating the demo…</source>
        <translation>Stvaranje pokazne verzije…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="663"/>
        <source>Device: {name}</source>
        <translation>Uređaj: {name}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="665"/>
        <source>Database: {path}</source>
        <translation>Baza podataka: {path}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="667"/>
        <source>Database: {path} (could not be opened)</source>
        <translation>Baza podataka: {path} (nije se mogla otvoriti)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="670"/>
        <source>Database: {path} (opening…)</source>
        <translation>Baza podataka: {path} (otvaranje…)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="683"/>
        <source>About EC-NET Desktop</source>
        <translation>O programu EC-NET Desktop</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="685"/>
        <source>&lt;h3&gt;EC-NET Desktop {version}&lt;/h3&gt;&lt;p&gt;Offline registration, check-in, notes and interviews for the events of the European Citizenship Network of Towns (EC-NET).&lt;/p&gt;&lt;p&gt;Database: {database}&lt;br&gt;Device: {device}&lt;/p&gt;&lt;p&gt;Data folder: {data}&lt;br&gt;Log folder: {logs}&lt;/p&gt;&lt;p&gt;Qt {qt}, Qt for Python (PySide6) {pyside}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EC-NET Desktop {version}&lt;/h3&gt;&lt;p&gt;Izvanmrežna registracija, evidencija dolazaka, bilješke i intervjui za događaje mreže European Citizenship Network of Towns (EC-NET).&lt;/p&gt;&lt;p&gt;Baza podataka: {database}&lt;br&gt;Uređaj: {device}&lt;/p&gt;&lt;p&gt;Mapa podataka: {data}&lt;br&gt;Mapa zapisnika: {logs}&lt;/p&gt;&lt;p&gt;Qt {qt}, Qt for Python (PySide6) {pyside}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="128"/>
        <source>(no header: column {n})</source>
        <translation>(bez zaglavlja: stupac {n})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="139"/>
        <source>Not recognised: choose what this column holds, or “do not import”.</source>
        <translation>Nije prepoznato: odaberite što sadrži ovaj stupac ili „ne uvozi“.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="165"/>
        <source>Column in the file</source>
        <translation>Stupac u datoteci</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="165"/>
        <source>Examples</source>
        <translation>Primjeri</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="166"/>
        <source>Imported as</source>
        <translation>Uvozi se kao</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="302"/>
        <source>What do the columns hold?</source>
        <translation>Što sadrže stupci?</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="304"/>
        <source>Recognised columns are filled in. Change a choice with a click, or F2 and the arrow keys. Columns marked “not imported” are left out.</source>
        <translation>Prepoznati stupci već su popunjeni. Odabir promijenite klikom ili tipkom F2 i strelicama. Stupci označeni s „ne uvozi se“ izostavljaju se.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="342"/>
        <source>Reading the file…</source>
        <translation>Čitanje datoteke…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="358"/>
        <source>sheet “{sheet}”</source>
        <translation>list „{sheet}“</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="359"/>
        <source>encoding {encoding}</source>
        <translation>kodiranje {encoding}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="361"/>
        <source>%Ln rows below the header on row {header} ({where}).</source>
        <translation>
            <numerusform>%Ln redak ispod zaglavlja u retku {header} ({where}).</numerusform>
            <numerusform>%Ln retka ispod zaglavlja u retku {header} ({where}).</numerusform>
            <numerusform>%Ln redaka ispod zaglavlja u retku {header} ({where}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="388"/>
        <source>Choose the column with the given or family name.</source>
        <translation>Odaberite stupac s imenom ili prezimenom.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="182"/>
        <source>{name} — {session}</source>
        <translation>{name} — {session}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="195"/>
        <source>{details} (not registered)</source>
        <translation>{details} (nije registriran)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="196"/>
        <source>Not registered</source>
        <translation>Nije registriran</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="220"/>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="222"/>
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="230"/>
        <source>Total
{count}</source>
        <translation>Ukupno
{count}</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="65"/>
        <source>(the whole event)</source>
        <translation>(cijeli događaj)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="80"/>
        <source>(not set)</source>
        <translation>(nije postavljeno)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="209"/>
        <source>Editing…</source>
        <translation>Uređivanje…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="236"/>
        <source>Saved at {time}.</source>
        <translation>Spremljeno u {time}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="253"/>
        <source>Add note</source>
        <translation>Dodaj bilješku</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="260"/>
        <source>Not saved.</source>
        <translation>Nije spremljeno.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="293"/>
        <source>Note</source>
        <translation>Bilješka</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="293"/>
        <source>Note — {heading}</source>
        <translation>Bilješka — {heading}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="298"/>
        <source>&amp;Session:</source>
        <translation>&amp;Sesija:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="299"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Vrsta:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="300"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Naslov:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="301"/>
        <source>&amp;Level:</source>
        <translation>&amp;Razina:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="302"/>
        <source>&amp;Addressed to:</source>
        <translation>&amp;Upućeno:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="304"/>
        <source>&amp;Text (Markdown: **bold**, *italic*, - lists; saved as you type):</source>
        <translation>&amp;Tekst (Markdown: **podebljano**, *kurziv*, - popisi; sprema se dok pišete):</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="305"/>
        <source>Priorities:</source>
        <translation>Prioriteti:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="306"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Jezik:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="307"/>
        <source>Author&apos;s &amp;role:</source>
        <translation>Uloga &amp;autora:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="308"/>
        <source>e.g. facilitator, rapporteur — no names</source>
        <translation>npr. moderator, izvjestitelj — bez imena</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="309"/>
        <source>&amp;Publishable (may appear in the compendia)</source>
        <translation>Za &amp;objavu (može se pojaviti u zbornicima)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="310"/>
        <source>Preview</source>
        <translation>Pretpregled</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="312"/>
        <source>Saved automatically as you type.</source>
        <translation>Sprema se automatski dok pišete.</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="458"/>
        <source>&amp;Notes</source>
        <translation>&amp;Bilješke</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="459"/>
        <source>&amp;Recommendations</source>
        <translation>&amp;Preporuke</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="460"/>
        <source>&amp;Toolkit</source>
        <translation>&amp;Toolkit</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="461"/>
        <source>&amp;Quick note for the session now</source>
        <translation>Brza &amp;bilješka za trenutačnu sesiju</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="66"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="68"/>
        <source>Event</source>
        <translation>Događaj</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="69"/>
        <source>Session</source>
        <translation>Sesija</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="70"/>
        <source>(whole event)</source>
        <translation>(cijeli događaj)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="71"/>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="72"/>
        <source>Note</source>
        <translation>Bilješka</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="73"/>
        <source>Priorities</source>
        <translation>Prioriteti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="74"/>
        <source>Publishable</source>
        <translation>Za objavu</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="75"/>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="125"/>
        <source>No notes to show. New note writes one; or change the search and filters.</source>
        <translation>Nema bilješki za prikaz. Nova bilješka stvara jednu; ili promijenite pretraživanje i filtre.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="199"/>
        <source>All kinds</source>
        <translation>Sve vrste</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="202"/>
        <source>All priorities</source>
        <translation>Svi prioriteti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="233"/>
        <source>All events</source>
        <translation>Svi događaji</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="248"/>
        <source>All sessions</source>
        <translation>Sve sesije</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/notes_view.py" line="276"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln bilješka</numerusform>
            <numerusform>%Ln bilješke</numerusform>
            <numerusform>%Ln bilješki</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="312"/>
        <source>Choose an event first: a note belongs to an event or one of its sessions.</source>
        <translation>Najprije odaberite događaj: bilješka pripada događaju ili nekoj od njegovih sesija.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="345"/>
        <source>Delete note</source>
        <translation>Brisanje bilješke</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="362"/>
        <source>&amp;Search:</source>
        <translation>&amp;Traži:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="363"/>
        <source>Words in the title or text (accents ignored)</source>
        <translation>Riječi u naslovu ili tekstu (naglasci se zanemaruju)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="364"/>
        <source>&amp;New note</source>
        <translation>&amp;Nova bilješka</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="365"/>
        <source>Write a new note or recommendation</source>
        <translation>Napiši novu bilješku ili preporuku</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="366"/>
        <source>&amp;Open</source>
        <translation>&amp;Otvori</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="367"/>
        <source>Open the selected note (Enter or double-click)</source>
        <translation>Otvori odabranu bilješku (Enter ili dvostruki klik)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="368"/>
        <source>&amp;Delete</source>
        <translation>&amp;Izbriši</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="370"/>
        <source>Delete the selected note (Delete); Ctrl+Z brings it back</source>
        <translation>Izbriši odabranu bilješku (Delete); Ctrl+Z je vraća</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="153"/>
        <source>New organisation</source>
        <translation>Nova organizacija</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="164"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naziv:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="165"/>
        <source>&amp;Town:</source>
        <translation>&amp;Grad:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="166"/>
        <source>&amp;Country:</source>
        <translation>&amp;Država:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="167"/>
        <source>T&amp;ype:</source>
        <translation>V&amp;rsta:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="184"/>
        <source>Create organisation “{name}”</source>
        <translation>Stvaranje organizacije „{name}“</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="282"/>
        <source>Overview</source>
        <translation>Pregled</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="283"/>
        <source>&amp;Count:</source>
        <translation>&amp;Broji:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="284"/>
        <source>All events</source>
        <translation>Svi događaji</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="284"/>
        <source>International events</source>
        <translation>Međunarodni događaji</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="285"/>
        <source>Local working groups</source>
        <translation>Lokalne radne skupine</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="287"/>
        <source>Edit &amp;targets…</source>
        <translation>Uredi &amp;ciljeve…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="289"/>
        <source>Set the project&apos;s targets: participants, countries, events</source>
        <translation>Postavi ciljeve projekta: sudionici, zemlje, događaji</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="290"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Osvježi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="291"/>
        <source>Count again from the database</source>
        <translation>Ponovno prebroji iz baze podataka</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="292"/>
        <source>Progress against the project&apos;s targets</source>
        <translation>Napredak prema ciljevima projekta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="294"/>
        <source>International events held</source>
        <translation>Održani međunarodni događaji</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="295"/>
        <source>Participants (each person once)</source>
        <translation>Sudionici (svaka osoba jednom)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="296"/>
        <source>Participants&apos; countries</source>
        <translation>Države sudionika</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="298"/>
        <source>participants, each counted once</source>
        <translation>sudionika, svaki se broji jednom</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="299"/>
        <source>participations (person × event)</source>
        <translation>sudjelovanja (osoba × događaj)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="300"/>
        <source>attendances (person × session, everyone present)</source>
        <translation>prisutnosti (osoba × sesija, svi prisutni)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="301"/>
        <source>countries</source>
        <translation>država</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="302"/>
        <source>events with participants</source>
        <translation>događaja sa sudionicima</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="303"/>
        <source>international at international events</source>
        <translation>međunarodnih na međunarodnim događajima</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="304"/>
        <source>staff / interpreters, counted apart</source>
        <translation>osoblje / prevoditelji, broje se odvojeno</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="309"/>
        <source>Participants by country</source>
        <translation>Sudionici po državi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="310"/>
        <source>Participants by category</source>
        <translation>Sudionici po kategoriji</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="311"/>
        <source>Participants by gender</source>
        <translation>Sudionici po spolu</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="312"/>
        <source>Participants by age band</source>
        <translation>Sudionici po dobnoj skupini</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="313"/>
        <source>Participants by event (local / international)</source>
        <translation>Sudionici po događaju (lokalni / međunarodni)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="314"/>
        <source>Participants over time</source>
        <translation>Sudionici kroz vrijeme</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="318"/>
        <source>Save as PNG…</source>
        <translation>Spremi kao PNG…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="319"/>
        <source>Save this chart as a PNG image</source>
        <translation>Spremi ovaj grafikon kao sliku PNG</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="321"/>
        <source>A participant is a person checked in for at least one session of an event, registered as participant, speaker or facilitator (or not registered at all). Staff and interpreters are counted apart. Each person counts once however many events they attended; merged duplicates count once; erased people still count by country and category. International: from another country than the event&apos;s.</source>
        <translation>Sudionik je osoba čiji je dolazak evidentiran na barem jednoj sesiji događaja, registrirana kao sudionik, govornik ili moderator (ili uopće nije registrirana). Osoblje i prevoditelji broje se odvojeno. Svaka se osoba broji jednom, bez obzira na broj događaja kojima je prisustvovala; spojeni duplikati broje se jednom; izbrisane osobe i dalje se broje po državi i kategoriji. Međunarodni: iz druge države, a ne iz države događaja.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="387"/>
        <source>{reached} of {target}</source>
        <translation>{reached} od {target}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="408"/>
        <source>{events} events, {people} people present in all.</source>
        <translation>Događaja: {events}, ukupno prisutnih osoba: {people}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/overview_view.py" line="411"/>
        <source>%Ln international event(s) below one third from abroad.</source>
        <translation>
            <numerusform>%Ln međunarodni događaj ima manje od trećine sudionika iz inozemstva.</numerusform>
            <numerusform>%Ln međunarodna događaja imaju manje od trećine sudionika iz inozemstva.</numerusform>
            <numerusform>%Ln međunarodnih događaja ima manje od trećine sudionika iz inozemstva.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="417"/>
        <source>No participants yet.</source>
        <translation>Još nema sudionika.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="424"/>
        <source>others</source>
        <translation>ostali</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="440"/>
        <source>local</source>
        <translation>lokalni</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="441"/>
        <source>international</source>
        <translation>međunarodni</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="455"/>
        <source>participants so far</source>
        <translation>dosadašnji sudionici</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="456"/>
        <source>participants&apos; attendances in the month</source>
        <translation>prisutnosti sudionika u mjesecu</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="497"/>
        <source>Change project targets</source>
        <translation>Promjena ciljeva projekta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="503"/>
        <source>Save chart as PNG</source>
        <translation>Spremanje grafikona kao PNG</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="504"/>
        <source>PNG images (*.png)</source>
        <translation>Slike PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="512"/>
        <source>Could not write {path}.</source>
        <translation>Nije moguće zapisati {path}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="515"/>
        <source>Saved {path}.</source>
        <translation>Spremljeno: {path}.</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="316"/>
        <source>Any part of a name, organisation or town</source>
        <translation>Bilo koji dio imena, organizacije ili grada</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="319"/>
        <source>&amp;Search:</source>
        <translation>&amp;Traži:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="327"/>
        <source>No one to show. New person… adds someone; or change the search.</source>
        <translation>Nema nikoga za prikaz. Nova osoba… dodaje nekoga; ili promijenite pretraživanje.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="349"/>
        <source>The search failed.</source>
        <translation>Pretraživanje nije uspjelo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/people_model.py" line="352"/>
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln osoba</numerusform>
            <numerusform>%Ln osobe</numerusform>
            <numerusform>%Ln osoba</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="68"/>
        <source>Family name</source>
        <translation>Prezime</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="69"/>
        <source>Given name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="70"/>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="71"/>
        <source>Town</source>
        <translation>Grad</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="72"/>
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="74"/>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="117"/>
        <source>&amp;New person…</source>
        <translation>&amp;Nova osoba…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="118"/>
        <source>Add a person to the address book</source>
        <translation>Dodaj osobu u adresar</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="120"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Uredi…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="122"/>
        <source>Change the selected person&apos;s details (Enter or double-click)</source>
        <translation>Promijeni podatke odabrane osobe (Enter ili dvostruki klik)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="124"/>
        <source>&amp;Delete</source>
        <translation>&amp;Izbriši</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="126"/>
        <source>Delete the selected person; Ctrl+Z brings them back</source>
        <translation>Izbriši odabranu osobu; Ctrl+Z je vraća</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="128"/>
        <source>&amp;Register for the event…</source>
        <translation>&amp;Registriraj za događaj…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="130"/>
        <source>Register the selected people for the current event</source>
        <translation>Registriraj odabrane osobe za trenutačni događaj</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="132"/>
        <source>Possible d&amp;uplicates…</source>
        <translation>Mogući d&amp;uplikati…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="134"/>
        <source>List people who may have been entered twice, and merge them</source>
        <translation>Navedi osobe koje su možda unesene dvaput i spoji ih</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="142"/>
        <source>&amp;People</source>
        <translation>&amp;Osobe</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="144"/>
        <source>Pri&amp;vacy</source>
        <translation>Pri&amp;vatnost</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="205"/>
        <source>Re&amp;gistrations for {event}</source>
        <translation>Re&amp;gistracije za {event}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="206"/>
        <source>Re&amp;gistrations</source>
        <translation>Re&amp;gistracije</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="234"/>
        <source>Edit person</source>
        <translation>Uređivanje osobe</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="248"/>
        <location filename="../ecnet_desktop/ui/people_view.py" line="257"/>
        <source>Delete person</source>
        <translation>Brisanje osobe</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="249"/>
        <source>Delete {name}? Their registrations and attendance stay in the counts.</source>
        <translation>Izbrisati osobu {name}? Njezine registracije i prisutnost ostaju u brojkama.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="255"/>
        <source>Delete person “{name}”</source>
        <translation>Brisanje osobe „{name}“</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="271"/>
        <source>Looking for possible duplicates…</source>
        <translation>Traženje mogućih duplikata…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="281"/>
        <source>Possible duplicates</source>
        <translation>Mogući duplikati</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="195"/>
        <source>{name} ({where}) — {reason}</source>
        <translation>{name} ({where}) — {reason}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="197"/>
        <source>{name} — {reason}</source>
        <translation>{name} — {reason}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="199"/>
        <source>Possibly the same person as: {people}</source>
        <translation>Možda ista osoba kao: {people}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="214"/>
        <source>New person</source>
        <translation>Nova osoba</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="214"/>
        <source>Edit person</source>
        <translation>Uređivanje osobe</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="242"/>
        <source>Data &amp;processing</source>
        <translation>&amp;Obrada podataka</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="243"/>
        <source>P&amp;hotos</source>
        <translation>&amp;Fotografije</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="244"/>
        <source>Appearing on &amp;lists</source>
        <translation>Pojavl&amp;jivanje na popisima</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="270"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Ime:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="271"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Prezime:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="272"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-pošta:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="273"/>
        <source>Pho&amp;ne:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="274"/>
        <source>&amp;Town:</source>
        <translation>&amp;Grad:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="275"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Država:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="276"/>
        <source>O&amp;rganisation:</source>
        <translation>Organi&amp;zacija:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="277"/>
        <source>C&amp;ategory:</source>
        <translation>K&amp;ategorija:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="278"/>
        <source>Gen&amp;der:</source>
        <translation>&amp;Spol:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="279"/>
        <source>&amp;Birth year:</source>
        <translation>Godina &amp;rođenja:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="285"/>
        <source>Consents</source>
        <translation>Privole</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="287"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="287"/>
        <source>Text version</source>
        <translation>Verzija teksta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="288"/>
        <source>Recorded by</source>
        <translation>Zabilježio</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="347"/>
        <source>Type to find or create one</source>
        <translation>Upišite da biste pronašli ili stvorili organizaciju</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="406"/>
        <source>“{name}” is new: it will be created when you save.</source>
        <translation>„{name}“ je nova: stvorit će se kada spremite.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="462"/>
        <source>Create person “{name}”</source>
        <translation>Stvaranje osobe „{name}“</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="465"/>
        <source>Edit person “{name}”</source>
        <translation>Uređivanje osobe „{name}“</translation>
    </message>
</context>
<context>
    <name>PersonPrivacyActions</name>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="123"/>
        <source>Er&amp;ase…</source>
        <translation>Iz&amp;briši…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="124"/>
        <source>GDPR erasure: remove this person&apos;s personal data</source>
        <translation>Brisanje prema GDPR-u: ukloni osobne podatke ove osobe</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="126"/>
        <source>E&amp;xport everything about them…</source>
        <translation>&amp;Izvezi sve o osobi…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="127"/>
        <source>Answer a subject access request: everything held about this person, as xlsx or PDF</source>
        <translation>Odgovor na zahtjev ispitanika za pristup: sve što se čuva o ovoj osobi, kao xlsx ili PDF</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="145"/>
        <source>Preferences</source>
        <translation>Postavke</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="146"/>
        <source>General</source>
        <translation>Općenito</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="147"/>
        <source>&amp;Language:</source>
        <translation>&amp;Jezik:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="148"/>
        <source>&amp;Name of this laptop:</source>
        <translation>&amp;Naziv ovog računala:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="150"/>
        <source>Shown in exchanged workbooks, so colleagues know which laptop an edit came from</source>
        <translation>Prikazuje se u razmijenjenim radnim knjigama kako bi kolege znali s kojeg računala dolazi izmjena</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="151"/>
        <source>Printing</source>
        <translation>Ispis</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="152"/>
        <source>&amp;Paper size:</source>
        <translation>&amp;Veličina papira:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="153"/>
        <source>&amp;Blank rows on attendance sheets:</source>
        <translation>&amp;Prazni redci na popisima prisutnosti:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="154"/>
        <source>Empty numbered rows for walk-ins who sign on paper</source>
        <translation>Prazni numerirani redci za nenajavljene sudionike koji se potpisuju na papiru</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="155"/>
        <source>Data</source>
        <translation>Podaci</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="156"/>
        <source>Backups &amp;kept per database:</source>
        <translation>Broj &amp;sigurnosnih kopija po bazi podataka:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="158"/>
        <source>A backup is made before every import and upgrade; older ones are deleted, so erased personal data does not linger</source>
        <translation>Sigurnosna kopija izrađuje se prije svakog uvoza i nadogradnje; starije se brišu kako se izbrisani osobni podaci ne bi zadržavali</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="160"/>
        <source>Keep personal data after the project &amp;ends:</source>
        <translation>Čuvaj osobne podatke nakon &amp;završetka projekta:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="161"/>
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln godinu</numerusform>
            <numerusform>%Ln godine</numerusform>
            <numerusform>%Ln godina</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="163"/>
        <source>After this many years past the project&apos;s end, personal data is due for erasure</source>
        <translation>Nakon ovoliko godina od završetka projekta osobni podaci trebaju se izbrisati</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="222"/>
        <source>Give this laptop a name.</source>
        <translation>Dajte naziv ovom računalu.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="396"/>
        <source>Preview</source>
        <translation>Pretpregled</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="398"/>
        <source>Check what will happen. Only the valid rows are imported, all of them at once, when you press Import.</source>
        <translation>Provjerite što će se dogoditi. Uvoze se samo valjani redci, svi odjednom, kada pritisnete Uvezi.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="401"/>
        <source>&amp;Import</source>
        <translation>&amp;Uvezi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="410"/>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="416"/>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="423"/>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="429"/>
        <source>Row</source>
        <translation>Redak</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="411"/>
        <source>Column</source>
        <translation>Stupac</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="412"/>
        <source>Value</source>
        <translation>Vrijednost</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="413"/>
        <source>Why it is not imported</source>
        <translation>Zašto se ne uvozi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="417"/>
        <source>In the file</source>
        <translation>U datoteci</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="418"/>
        <source>Already in the database</source>
        <translation>Već u bazi podataka</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="419"/>
        <source>Because</source>
        <translation>Zato što</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="420"/>
        <source>What happens</source>
        <translation>Što se događa</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="424"/>
        <source>Repeats row</source>
        <translation>Ponavlja redak</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="426"/>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="430"/>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="431"/>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="432"/>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="433"/>
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="438"/>
        <source>&amp;Change what happens to this person</source>
        <translation>&amp;Promijeni što se događa s ovom osobom</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="440"/>
        <source>Switch between adding this row as a new person and updating the matching person</source>
        <translation>Prebaci između dodavanja ovog retka kao nove osobe i ažuriranja odgovarajuće osobe</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="467"/>
        <source>already registered: nothing to do</source>
        <translation>već registriran: ništa za napraviti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="469"/>
        <source>register the person already in the database</source>
        <translation>registriraj osobu koja je već u bazi podataka</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="471"/>
        <source>create a new person (the names or e-mails differ)</source>
        <translation>stvori novu osobu (imena ili adrese e-pošte razlikuju se)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="472"/>
        <source>create a new person</source>
        <translation>stvori novu osobu</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="510"/>
        <source>&amp;Rejected rows ({n})</source>
        <translation>&amp;Odbijeni redci ({n})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="510"/>
        <source>&amp;Possible duplicates ({n})</source>
        <translation>&amp;Mogući duplikati ({n})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="511"/>
        <source>Re&amp;peated in the file ({n})</source>
        <translation>&amp;Ponovljeni u datoteci ({n})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="511"/>
        <source>&amp;New people ({n})</source>
        <translation>&amp;Nove osobe ({n})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="515"/>
        <source>Checking every row…</source>
        <translation>Provjera svih redaka…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="518"/>
        <source>For “{event}”: new people: {new}; people already in the database: {existing}; rows repeated in the file: {repeated}; rows rejected: {rejected}.</source>
        <translation>Za „{event}“: nove osobe: {new}; osobe već u bazi podataka: {existing}; redci ponovljeni u datoteci: {repeated}; odbijeni redci: {rejected}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="525"/>
        <source>Columns not imported: {headers}.</source>
        <translation>Stupci koji se ne uvoze: {headers}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="528"/>
        <source>There is no valid row to import.</source>
        <translation>Nema valjanog retka za uvoz.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="555"/>
        <source>Importing…</source>
        <translation>Uvoz…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="561"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Uvoz je otkazan; ništa nije promijenjeno.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="124"/>
        <source>Consent &amp;texts</source>
        <translation>&amp;Tekstovi privola</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="125"/>
        <source>&amp;Retention period</source>
        <translation>&amp;Razdoblje čuvanja</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="126"/>
        <source>Audit &amp;log</source>
        <translation>&amp;Revizijski zapisnik</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="143"/>
        <source>No consent texts yet. New text… adds the wording people agree to.</source>
        <translation>Još nema tekstova privole. Novi tekst… dodaje tekst na koji osobe pristaju.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="145"/>
        <source>&amp;New text…</source>
        <translation>&amp;Novi tekst…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="146"/>
        <source>Write a new version of a consent text</source>
        <translation>Napiši novu verziju teksta privole</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="148"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Uredi…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="149"/>
        <source>Change the selected consent text</source>
        <translation>Promijeni odabrani tekst privole</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="151"/>
        <source>&amp;Delete</source>
        <translation>&amp;Izbriši</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="152"/>
        <source>Delete the selected consent text</source>
        <translation>Izbriši odabrani tekst privole</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="155"/>
        <source>The wording people agree to. Each consent records the version of the text it was given to; add a new version when the wording changes, so older consents keep pointing at what people actually read.</source>
        <translation>Tekst na koji osobe pristaju. Svaka privola bilježi verziju teksta za koju je dana; dodajte novu verziju kada se tekst promijeni kako bi starije privole i dalje upućivale na ono što su osobe stvarno pročitale.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="203"/>
        <source>Delete consent text {version}</source>
        <translation>Brisanje teksta privole {version}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="207"/>
        <source>Delete consent text</source>
        <translation>Brisanje teksta privole</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="220"/>
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln godinu</numerusform>
            <numerusform>%Ln godine</numerusform>
            <numerusform>%Ln godina</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="305"/>
        <source>%Ln people are past the retention period.</source>
        <translation>
            <numerusform>Razdoblje čuvanja isteklo je za %Ln osobu.</numerusform>
            <numerusform>Razdoblje čuvanja isteklo je za %Ln osobe.</numerusform>
            <numerusform>Razdoblje čuvanja isteklo je za %Ln osoba.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="330"/>
        <source>%Ln people erased.</source>
        <translation>
            <numerusform>Izbrisana je %Ln osoba.</numerusform>
            <numerusform>Izbrisane su %Ln osobe.</numerusform>
            <numerusform>Izbrisano je %Ln osoba.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="340"/>
        <source>Nothing recorded yet: consents, erasures and data exports are logged here.</source>
        <translation>Još ništa nije zabilježeno: ovdje se bilježe privole, brisanja i izvozi podataka.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="222"/>
        <source>&amp;Apply</source>
        <translation>&amp;Primijeni</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="65"/>
        <source>Consent to</source>
        <translation>Privola za</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="66"/>
        <source>Version</source>
        <translation>Verzija</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="67"/>
        <source>Language</source>
        <translation>Jezik</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="68"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="74"/>
        <source>Name</source>
        <translation>Ime i prezime</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="75"/>
        <source>(no name)</source>
        <translation>(bez imena)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="76"/>
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="77"/>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="78"/>
        <source>Last event ended</source>
        <translation>Posljednji događaj završio</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="81"/>
        <source>Kept until</source>
        <translation>Čuva se do</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="92"/>
        <source>When (UTC)</source>
        <translation>Kada (UTC)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="93"/>
        <source>What</source>
        <translation>Što</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="94"/>
        <source>Subject</source>
        <translation>Ispitanik</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="95"/>
        <source>Details</source>
        <translation>Pojedinosti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="96"/>
        <source>Device</source>
        <translation>Uređaj</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="224"/>
        <source>Save the retention period and the project&apos;s end date</source>
        <translation>Spremi razdoblje čuvanja i datum završetka projekta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="233"/>
        <source>&amp;Find people past the period</source>
        <translation>&amp;Pronađi osobe nakon isteka razdoblja</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="235"/>
        <source>List the people whose data is kept longer than the retention period</source>
        <translation>Navedi osobe čiji se podaci čuvaju dulje od razdoblja čuvanja</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="237"/>
        <source>Erase everyone l&amp;isted…</source>
        <translation>Izbriši sve &amp;navedene…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="239"/>
        <source>Erase the personal data of everyone listed; you confirm first</source>
        <translation>Izbriši osobne podatke svih navedenih osoba; najprije potvrđujete</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="243"/>
        <source>Keep personal data &amp;for:</source>
        <translation>Čuvaj osobne podatke &amp;tijekom:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="245"/>
        <source>after the project&apos;s &amp;end:</source>
        <translation>nakon &amp;završetka projekta:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="275"/>
        <source>Personal data is kept until {date} (for audits of the grant), or longer for people who took part in later events: their period runs from their last event.</source>
        <translation>Osobni podaci čuvaju se do {date} (radi revizija bespovratnih sredstava) ili dulje za osobe koje su sudjelovale u kasnijim događajima: njihovo razdoblje teče od njihova posljednjeg događaja.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="297"/>
        <source>Looking…</source>
        <translation>Traženje…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="306"/>
        <source>Nobody is past the retention period.</source>
        <translation>Nikome nije isteklo razdoblje čuvanja.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="342"/>
        <source>Re&amp;fresh</source>
        <translation>O&amp;svježi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="343"/>
        <source>Read the privacy log again</source>
        <translation>Ponovno učitaj zapisnik o privatnosti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="346"/>
        <source>Exports, imports, erasures and subject access answers made on this laptop: what, when and on which device. Kept in the database; it names people by id only.</source>
        <translation>Izvozi, uvozi, brisanja i odgovori na zahtjeve za pristup napravljeni na ovom računalu: što, kada i na kojem uređaju. Čuva se u bazi podataka; osobe navodi samo po identifikatoru.</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="88"/>
        <source>Time</source>
        <translation>Vrijeme</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="88"/>
        <source>Title</source>
        <translation>Naslov</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="88"/>
        <source>Room</source>
        <translation>Prostorija</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="88"/>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="88"/>
        <source>Facilitator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="89"/>
        <source>Methodology</source>
        <translation>Metodologija</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="172"/>
        <source>{day} (outside the event&apos;s dates)</source>
        <translation>{day} (izvan datuma događaja)</translation>
    </message>
</context>
<context>
    <name>ProgrammeView</name>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="243"/>
        <source>&amp;Add session…</source>
        <translation>&amp;Dodaj sesiju…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="244"/>
        <source>Add a session to the event&apos;s programme</source>
        <translation>Dodaj sesiju u program događaja</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="246"/>
        <source>Edit se&amp;ssion…</source>
        <translation>Uredi &amp;sesiju…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="247"/>
        <source>Change the selected session (Enter or double-click)</source>
        <translation>Promijeni odabranu sesiju (Enter ili dvostruki klik)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="249"/>
        <source>De&amp;lete session</source>
        <translation>Iz&amp;briši sesiju</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="251"/>
        <source>Delete the selected session (Delete); Ctrl+Z brings it back</source>
        <translation>Izbriši odabranu sesiju (Delete); Ctrl+Z je vraća</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="308"/>
        <source>Programme of “{title}”</source>
        <translation>Program događaja „{title}“</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="309"/>
        <source>No event chosen</source>
        <translation>Nije odabran događaj</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="311"/>
        <source>No sessions yet. Add session… puts the first one in the programme.</source>
        <translation>Još nema sesija. Dodaj sesiju… stavlja prvu u program.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="312"/>
        <source>Choose an event to see its programme.</source>
        <translation>Odaberite događaj da biste vidjeli njegov program.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="324"/>
        <source>2 sessions overlap in room {room} on {day}: “{first}” ({first_time}) and “{second}” ({second_time}).</source>
        <translation>2 sesije preklapaju se u prostoriji {room}, {day}: „{first}“ ({first_time}) i „{second}“ ({second_time}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="331"/>
        <source>Overlaps with “{other}” ({time}) in room {room}.</source>
        <translation>Preklapa se sa sesijom „{other}“ ({time}) u prostoriji {room}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="338"/>
        <source>Falls outside the event&apos;s dates: move it to one of its days.</source>
        <translation>Izvan je datuma događaja: premjestite je na jedan od dana događaja.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/programme_view.py" line="341"/>
        <source>%Ln session(s) fall outside the event&apos;s dates.</source>
        <translation>
            <numerusform>%Ln sesija izvan je datuma događaja.</numerusform>
            <numerusform>%Ln sesije izvan su datuma događaja.</numerusform>
            <numerusform>%Ln sesija izvan je datuma događaja.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="404"/>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="419"/>
        <source>Delete session</source>
        <translation>Brisanje sesije</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="405"/>
        <source>Delete the session “{title}”?</source>
        <translation>Izbrisati sesiju „{title}“?</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="416"/>
        <source>Delete session “{title}”</source>
        <translation>Brisanje sesije „{title}“</translation>
    </message>
</context>
<context>
    <name>ProgressRunner</name>
    <message>
        <location filename="../ecnet_desktop/ui/tasks.py" line="128"/>
        <source>Cancel</source>
        <translation>Odustani</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/tasks.py" line="173"/>
        <source>Cancelling…</source>
        <translation>Otkazivanje…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../ecnet_desktop/app.py" line="333"/>
        <source>Cancel</source>
        <translation>Odustani</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="62"/>
        <source>Question</source>
        <translation>Pitanje</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="62"/>
        <source>New question</source>
        <translation>Novo pitanje</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="69"/>
        <source>&amp;Required</source>
        <translation>&amp;Obavezno</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="73"/>
        <source>&amp;Type:</source>
        <translation>&amp;Vrsta:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="74"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naziv:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="75"/>
        <source>&amp;Section:</source>
        <translation>&amp;Odjeljak:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="81"/>
        <source>Text ({language}):</source>
        <translation>Tekst ({language}):</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="84"/>
        <source>one choice a line: value = label</source>
        <translation>jedan izbor po retku: vrijednost = oznaka</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="85"/>
        <source>&amp;Choices:</source>
        <translation>&amp;Izbori:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="127"/>
        <source>Add question</source>
        <translation>Dodavanje pitanja</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="139"/>
        <source>Edit question</source>
        <translation>Uređivanje pitanja</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="38"/>
        <source>Question {number} of {count}</source>
        <translation>Pitanje {number} od {count}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="90"/>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="92"/>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="98"/>
        <source>Type the answer; Ctrl+Enter: next question.</source>
        <translation>Upišite odgovor; Ctrl+Enter: sljedeće pitanje.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="99"/>
        <source>Type a number; Enter: next question.</source>
        <translation>Upišite broj; Enter: sljedeće pitanje.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="100"/>
        <source>Press 1 to 5 (or arrows and Space); Enter: next.</source>
        <translation>Pritisnite od 1 do 5 (ili strelice i razmaknicu); Enter: dalje.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="101"/>
        <source>Press the number of the answer; Enter: next.</source>
        <translation>Pritisnite broj odgovora; Enter: dalje.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="102"/>
        <source>Press numbers to tick or untick answers; Enter: next.</source>
        <translation>Pritiskom na brojeve označite ili poništite odgovore; Enter: dalje.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="104"/>
        <source>Press 1 or Y for yes, 2 or N for no; Enter: next.</source>
        <translation>Pritisnite 1 ili Y za da, 2 ili N za ne; Enter: dalje.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="106"/>
        <source>Required.</source>
        <translation>Obavezno.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="106"/>
        <source>Optional.</source>
        <translation>Neobavezno.</translation>
    </message>
</context>
<context>
    <name>RecommendationsView</name>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="42"/>
        <source>(no priority)</source>
        <translation>(bez prioriteta)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="54"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="57"/>
        <source>Recommendation</source>
        <translation>Preporuka</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="58"/>
        <source>Level</source>
        <translation>Razina</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="59"/>
        <source>Addressed to</source>
        <translation>Upućeno</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="60"/>
        <source>Event</source>
        <translation>Događaj</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="61"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="63"/>
        <source>Linked</source>
        <translation>Poveznice</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="65"/>
        <source>Publishable</source>
        <translation>Za objavu</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="66"/>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="170"/>
        <source>%Ln recommendation(s)</source>
        <translation>
            <numerusform>%Ln preporuka</numerusform>
            <numerusform>%Ln preporuke</numerusform>
            <numerusform>%Ln preporuka</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="251"/>
        <source>Link recommendations</source>
        <translation>Povezivanje preporuka</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="251"/>
        <source>Unlink recommendations</source>
        <translation>Uklanjanje veze preporuka</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="269"/>
        <source>Workbook (*.xlsx)</source>
        <translation>Radna knjiga (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="271"/>
        <source>Save the EC-NET Recommendations</source>
        <translation>Spremanje preporuka EC-NET</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="282"/>
        <source>Only &amp;publishable</source>
        <translation>Samo za &amp;objavu</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="284"/>
        <source>Show only the recommendations marked as ready to publish</source>
        <translation>Prikaži samo preporuke označene kao spremne za objavu</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="285"/>
        <source>&amp;Linked to:</source>
        <translation>&amp;Povezano s:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="286"/>
        <source>&amp;Similar, not linked yet:</source>
        <translation>&amp;Slične, još nepovezane:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="287"/>
        <source>Lin&amp;k</source>
        <translation>Pove&amp;ži</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="288"/>
        <source>Link the selected recommendation to another note</source>
        <translation>Poveži odabranu preporuku s drugom bilješkom</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="289"/>
        <source>&amp;Unlink</source>
        <translation>&amp;Ukloni vezu</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="290"/>
        <source>Remove the selected link</source>
        <translation>Ukloni odabranu poveznicu</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="291"/>
        <source>Save as P&amp;DF…</source>
        <translation>Spremi kao P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="293"/>
        <source>Save the recommendations shown as a PDF to print or share</source>
        <translation>Spremi prikazane preporuke kao PDF za ispis ili dijeljenje</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="294"/>
        <source>Save as &amp;workbook…</source>
        <translation>Spremi kao &amp;radnu knjigu…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="295"/>
        <source>Save the recommendations shown as an Excel workbook</source>
        <translation>Spremi prikazane preporuke kao radnu knjigu programa Excel</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="40"/>
        <source>Restore the database from a backup</source>
        <translation>Vraćanje baze podataka iz sigurnosne kopije</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="53"/>
        <source>&amp;Backups (newest first):</source>
        <translation>&amp;Sigurnosne kopije (najnovije prve):</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="55"/>
        <source>The current file is not deleted: it is renamed and kept beside the database.</source>
        <translation>Trenutačna datoteka ne briše se: preimenuje se i čuva pokraj baze podataka.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="63"/>
        <source>&amp;Restore selected backup</source>
        <translation>&amp;Vrati odabranu sigurnosnu kopiju</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="77"/>
        <source>There are no backups of this database in {folder}.</source>
        <translation>U mapi {folder} nema sigurnosnih kopija ove baze podataka.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="84"/>
        <source>before an import</source>
        <translation>prije uvoza</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="85"/>
        <source>before an update of the app</source>
        <translation>prije ažuriranja aplikacije</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="86"/>
        <source>before adding a list of people</source>
        <translation>prije dodavanja popisa osoba</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="87"/>
        <source>{when} — {why} ({size} kB)</source>
        <translation>{when} — {why} ({size} kB)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="89"/>
        <source>{backup} — latest good backup</source>
        <translation>{backup} — posljednja ispravna sigurnosna kopija</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="127"/>
        <source>Restore the selected backup to go on working; changes made after it was taken are not in it.</source>
        <translation>Vratite odabranu sigurnosnu kopiju da biste nastavili s radom; promjene napravljene nakon njezine izrade nisu u njoj.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="129"/>
        <source>Without a backup the database cannot be repaired by the app.</source>
        <translation>Bez sigurnosne kopije aplikacija ne može popraviti bazu podataka.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="141"/>
        <source>Restore from backup</source>
        <translation>Vrati iz sigurnosne kopije</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="141"/>
        <source>A database on a server is backed up and restored by the server&apos;s administrator.</source>
        <translation>Bazu podataka na poslužitelju sigurnosno kopira i vraća administrator poslužitelja.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="144"/>
        <source>Replace the database {path} with one of its backups. Changes made after the backup was taken are not in it.</source>
        <translation>Zamijenite bazu podataka {path} jednom od njezinih sigurnosnih kopija. Promjene napravljene nakon izrade kopije nisu u njoj.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="168"/>
        <source>The database was restored from {backup}.</source>
        <translation>Baza podataka vraćena je iz kopije {backup}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="171"/>
        <source>The replaced file was kept as {aside}.</source>
        <translation>Zamijenjena datoteka sačuvana je kao {aside}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="173"/>
        <source>Database restored</source>
        <translation>Baza podataka vraćena</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="174"/>
        <source>Change registration</source>
        <translation>Promjena registracije</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="175"/>
        <source>Register for {event}</source>
        <translation>Registracija za {event}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="188"/>
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} i još %Ln</numerusform>
            <numerusform>{names} i još %Ln</numerusform>
            <numerusform>{names} i još %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="197"/>
        <source>(each keeps their own)</source>
        <translation>(svatko zadržava svoje)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="200"/>
        <source>&amp;Role:</source>
        <translation>&amp;Uloga:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="201"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="202"/>
        <source>&amp;Invited by town:</source>
        <translation>&amp;Pozvao grad:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="233"/>
        <source>Choose at least one person in the list.</source>
        <translation>Odaberite barem jednu osobu s popisa.</translation>
    </message>
</context>
<context>
    <name>RegistrationsPanel</name>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="62"/>
        <source>international</source>
        <translation>međunarodni</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="63"/>
        <source>local</source>
        <translation>lokalni</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="67"/>
        <source>unknown</source>
        <translation>nepoznato</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="71"/>
        <source>Family name</source>
        <translation>Prezime</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="74"/>
        <source>Given name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="76"/>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="93"/>
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="78"/>
        <source>Local / international</source>
        <translation>Lokalni / međunarodni</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="79"/>
        <source>Role</source>
        <translation>Uloga</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="81"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="83"/>
        <source>Invited by</source>
        <translation>Pozvao</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="86"/>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="88"/>
        <source>Town</source>
        <translation>Grad</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="94"/>
        <source>People</source>
        <translation>Osobe</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="274"/>
        <source>&amp;Add people…</source>
        <translation>&amp;Dodaj osobe…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="275"/>
        <source>Register people from the address book for this event</source>
        <translation>Registriraj osobe iz adresara za ovaj događaj</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="277"/>
        <source>C&amp;hange role or status…</source>
        <translation>&amp;Promijeni ulogu ili status…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="279"/>
        <source>Change the role or status of the selected registrations</source>
        <translation>Promijeni ulogu ili status odabranih registracija</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="281"/>
        <source>Un&amp;register</source>
        <translation>Poništi &amp;registraciju</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="283"/>
        <source>Remove the selected people from this event; Ctrl+Z brings them back</source>
        <translation>Ukloni odabrane osobe s ovog događaja; Ctrl+Z ih vraća</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="285"/>
        <source>E&amp;xport participant list…</source>
        <translation>&amp;Izvezi popis sudionika…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="287"/>
        <source>Save this event&apos;s participant list as an Excel workbook</source>
        <translation>Spremi popis sudionika ovog događaja kao radnu knjigu programa Excel</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="289"/>
        <source>&amp;Import registrations…</source>
        <translation>&amp;Uvezi registracije…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="291"/>
        <source>Read a CSV or XLSX list from a partner town or an online form</source>
        <translation>Učitajte popis CSV ili XLSX partnerskog grada ili internetskog obrasca</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="364"/>
        <source>No event chosen</source>
        <translation>Nije odabran događaj</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="366"/>
        <source>Choose the current event in the toolbar to see and change its registrations.</source>
        <translation>Odaberite trenutačni događaj na alatnoj traci da biste vidjeli i mijenjali njegove registracije.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="373"/>
        <source>{title} — {place}, {start} to {end}</source>
        <translation>{title} — {place}, od {start} do {end}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="378"/>
        <source>{registered} registered: {local} local, {international} international ({countries} countries). {listed} registrations in the list, including cancelled and no-shows.</source>
        <translation>Registrirano: {registered} (lokalnih {local}, međunarodnih {international}; država: {countries}). Registracija na popisu: {listed}, uključujući otkazane i nedolaske.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="446"/>
        <source>Register %Ln people</source>
        <translation>
            <numerusform>Registriraj %Ln osobu</numerusform>
            <numerusform>Registriraj %Ln osobe</numerusform>
            <numerusform>Registriraj %Ln osoba</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="459"/>
        <source>Change %Ln registrations</source>
        <translation>
            <numerusform>Promijeni %Ln registraciju</numerusform>
            <numerusform>Promijeni %Ln registracije</numerusform>
            <numerusform>Promijeni %Ln registracija</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="467"/>
        <source>Unregister %Ln people</source>
        <translation>
            <numerusform>Poništi registraciju %Ln osobe</numerusform>
            <numerusform>Poništi registraciju %Ln osobe</numerusform>
            <numerusform>Poništi registraciju %Ln osoba</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="475"/>
        <source>participants {title}.xlsx</source>
        <translation>sudionici {title}.xlsx</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="478"/>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="502"/>
        <source>Export participant list</source>
        <translation>Izvoz popisa sudionika</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="479"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Radne knjige programa Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="492"/>
        <source>Exporting the participant list…</source>
        <translation>Izvoz popisa sudionika…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="496"/>
        <source>Saved %Ln participants to {path}.</source>
        <translation>
            <numerusform>%Ln sudionik spremljen u {path}.</numerusform>
            <numerusform>%Ln sudionika spremljena u {path}.</numerusform>
            <numerusform>%Ln sudionika spremljeno u {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWorkbooks</name>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="62"/>
        <source>Save the event report as a &amp;workbook (.xlsx)…</source>
        <translation>Spremi izvješće o događaju kao &amp;radnu knjigu (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="63"/>
        <source>Save the project &amp;summary workbook (.xlsx)…</source>
        <translation>Spremi &amp;sažetu radnu knjigu projekta (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="65"/>
        <source>Asks where to save, then writes the chosen event&apos;s report (figures per country, category and session) as an Excel workbook.</source>
        <translation>Pita gdje spremiti, a zatim zapisuje izvješće odabranog događaja (brojke po zemlji, kategoriji i sesiji) kao radnu knjigu programa Excel.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="68"/>
        <source>Asks where to save, then writes the figures of every event of the project, and their totals, as an Excel workbook.</source>
        <translation>Pita gdje spremiti, a zatim zapisuje brojke svih događaja projekta i njihove zbrojeve kao radnu knjigu programa Excel.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="80"/>
        <source>Save workbook</source>
        <translation>Spremanje radne knjige</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="81"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Radne knjige programa Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="90"/>
        <source>Choose an event first.</source>
        <translation>Najprije odaberite događaj.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="108"/>
        <source>Writing the event report workbook…</source>
        <translation>Zapisivanje radne knjige izvješća o događaju…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="118"/>
        <source>Writing the project summary workbook…</source>
        <translation>Zapisivanje sažete radne knjige projekta…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="133"/>
        <source>Saved {path}.</source>
        <translation>Spremljeno: {path}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="142"/>
        <source>Cancelled; no workbook was written.</source>
        <translation>Otkazano; radna knjiga nije zapisana.</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="147"/>
        <source>The printer could not be opened.</source>
        <translation>Pisač nije moguće otvoriti.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="384"/>
        <source>&amp;Document:</source>
        <translation>Do&amp;kument:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="385"/>
        <source>&amp;Event:</source>
        <translation>&amp;Događaj:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="386"/>
        <source>Attendance sheet (EU, to sign)</source>
        <translation>Popis prisutnosti (EU, za potpis)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="387"/>
        <source>Name badges with QR code</source>
        <translation>Akreditacije s QR kodom</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="388"/>
        <source>Certificates of attendance</source>
        <translation>Potvrde o sudjelovanju</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="389"/>
        <source>Event report (grant)</source>
        <translation>Izvješće o događaju (za bespovratna sredstva)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="391"/>
        <source>Options</source>
        <translation>Mogućnosti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="392"/>
        <source>&amp;Lists:</source>
        <translation>&amp;Popisi:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="393"/>
        <source>One list for the whole event has a signature column per day.</source>
        <translation>Jedan popis za cijeli događaj ima stupac za potpis za svaki dan.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="395"/>
        <source>for the whole event</source>
        <translation>za cijeli događaj</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="395"/>
        <source>one per day</source>
        <translation>jedan po danu</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="396"/>
        <source>one per session</source>
        <translation>jedan po sesiji</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="398"/>
        <source>&amp;Blank rows for walk-ins:</source>
        <translation>Prazni &amp;redci za nenajavljene:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="399"/>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orijentacija:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="400"/>
        <source>Automatic: landscape when a list has a signature column for several days.</source>
        <translation>Automatski: položeno kada popis ima stupac za potpis za više dana.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="402"/>
        <source>automatic</source>
        <translation>automatski</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="402"/>
        <source>portrait</source>
        <translation>uspravno</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="403"/>
        <source>landscape</source>
        <translation>položeno</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="405"/>
        <source>Legal &amp;representative:</source>
        <translation>Zakonski &amp;zastupnik:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="406"/>
        <source>pre-printed in the certification</source>
        <translation>unaprijed ispisan u potvrdi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="407"/>
        <source>One list per invited &amp;town</source>
        <translation>Jedan popis po pozvano&amp;m gradu</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="408"/>
        <source>&amp;Local and international participants on separate lists</source>
        <translation>&amp;Lokalni i međunarodni sudionici na zasebnim popisima</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="410"/>
        <source>Prints a separate list for the participants invited by each partner town</source>
        <translation>Ispisuje zaseban popis za sudionike koje je pozvao svaki partnerski grad</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="412"/>
        <source>Prints local participants and participants from other countries on separate lists</source>
        <translation>Ispisuje lokalne sudionike i sudionike iz drugih zemalja na zasebnim popisima</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="413"/>
        <source>&amp;Badges per sheet:</source>
        <translation>Akreditacija po list&amp;u:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="414"/>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="415"/>
        <source>&amp;For:</source>
        <translation>&amp;Za:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="416"/>
        <source>&amp;Signed by:</source>
        <translation>Potpisu&amp;je:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="417"/>
        <source>R&amp;ole of the signatory:</source>
        <translation>Ul&amp;oga potpisnika:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="418"/>
        <source>e.g. Mayor, Project coordinator</source>
        <translation>npr. gradonačelnik, koordinator projekta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="419"/>
        <source>&amp;Place:</source>
        <translation>&amp;Mjesto:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="420"/>
        <source>the event&apos;s town</source>
        <translation>grad događaja</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="421"/>
        <source>&amp;Date:</source>
        <translation>Da&amp;tum:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="422"/>
        <source>&amp;Generate</source>
        <translation>&amp;Generiraj</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="423"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Ispiši…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="424"/>
        <source>Open in PDF &amp;viewer</source>
        <translation>Otvori u pregledniku PD&amp;F-a</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="425"/>
        <source>Sa&amp;ve as…</source>
        <translation>Spremi &amp;kao…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="427"/>
        <source>Writes the chosen document for the chosen event as a PDF, on the paper size set in Preferences, and shows its first pages here.</source>
        <translation>Zapisuje odabrani dokument za odabrani događaj kao PDF, na veličini papira postavljenoj u Postavkama, i ovdje prikazuje prve stranice.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="430"/>
        <source>Chooses a printer, then sends the generated document&apos;s pages to it.</source>
        <translation>Odabire pisač, a zatim mu šalje stranice izrađenog dokumenta.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="432"/>
        <source>Opens the generated PDF in the computer&apos;s PDF viewer, to see or print every page.</source>
        <translation>Otvara izrađeni PDF u pregledniku PDF-a na računalu, za pregled ili ispis svih stranica.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="434"/>
        <source>Saves a copy of the generated PDF where you choose (a USB stick, a shared folder).</source>
        <translation>Sprema kopiju izrađenog PDF-a gdje odaberete (USB stick, zajednička mapa).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="467"/>
        <source>Paper size: {paper} (change it in Edit ▸ Preferences).</source>
        <translation>Veličina papira: {paper} (mijenja se u Uređivanje ▸ Postavke).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="541"/>
        <source>everyone registered</source>
        <translation>svi registrirani</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="543"/>
        <source>everyone checked in at least once</source>
        <translation>svi s barem jednim evidentiranim dolaskom</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="557"/>
        <source>Registered participants are listed alphabetically; cancelled registrations and no-shows are left out. Labels keep the English alongside the chosen language.</source>
        <translation>Registrirani sudionici navedeni su abecednim redom; otkazane registracije i nedolasci izostavljeni su. Oznake zadržavaju engleski tekst uz odabrani jezik.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="560"/>
        <source>The QR code on each badge checks the person in at the desk for this event.</source>
        <translation>QR kod na svakoj akreditaciji evidentira dolazak osobe na pultu za ovaj događaj.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="562"/>
        <source>One page per person, with the sessions they were checked in for and their hours.</source>
        <translation>Jedna stranica po osobi, sa sesijama na kojima je evidentiran njezin dolazak i njihovim satima.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="564"/>
        <source>Place and dates, participants per country (local and international), categories, sessions, the one-third check and the text for the host town&apos;s website.</source>
        <translation>Mjesto i datumi, sudionici po državi (lokalni i međunarodni), kategorije, sesije, provjera jedne trećine i tekst za mrežnu stranicu grada domaćina.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="639"/>
        <source>Choose an event first.</source>
        <translation>Najprije odaberite događaj.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="647"/>
        <source>Generating…</source>
        <translation>Generiranje…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="649"/>
        <source>Generating the document…</source>
        <translation>Generiranje dokumenta…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="670"/>
        <source>Cancelled; no document was written.</source>
        <translation>Otkazano; dokument nije zapisan.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="707"/>
        <source>Choose a document and press Generate.</source>
        <translation>Odaberite dokument i pritisnite Generiraj.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/reports_view.py" line="711"/>
        <source>{name}: %Ln page(s).</source>
        <translation>
            <numerusform>{name}: %Ln stranica.</numerusform>
            <numerusform>{name}: %Ln stranice.</numerusform>
            <numerusform>{name}: %Ln stranica.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="713"/>
        <source>The first {shown} are shown here; open it in the PDF viewer to see all.</source>
        <translation>Ovdje je prikazano prvih {shown}; otvorite dokument u pregledniku PDF-a da biste vidjeli sve.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="739"/>
        <source>Print {name}</source>
        <translation>Ispis: {name}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="747"/>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="748"/>
        <source>Printing…</source>
        <translation>Ispisivanje…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/reports_view.py" line="758"/>
        <source>Sent %Ln page(s) to the printer.</source>
        <translation>
            <numerusform>%Ln stranica poslana je na pisač.</numerusform>
            <numerusform>%Ln stranice poslane su na pisač.</numerusform>
            <numerusform>%Ln stranica poslano je na pisač.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="764"/>
        <source>Printing cancelled.</source>
        <translation>Ispis je otkazan.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="775"/>
        <source>Save the document as</source>
        <translation>Spremi dokument kao</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="777"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenti PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="783"/>
        <source>Could not save {path}: {reason}</source>
        <translation>Nije moguće spremiti {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="786"/>
        <source>Saved as {path}.</source>
        <translation>Spremljeno kao {path}.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="579"/>
        <source>Imported</source>
        <translation>Uvezeno</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="580"/>
        <source>The people are registered for the event.</source>
        <translation>Osobe su registrirane za događaj.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="592"/>
        <source>People created and registered: {n}</source>
        <translation>Stvorene i registrirane osobe: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="593"/>
        <source>People already in the database, now registered: {n}</source>
        <translation>Osobe već u bazi podataka, sada registrirane: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="595"/>
        <source>Already registered for this event: {n}</source>
        <translation>Već registrirane za ovaj događaj: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="597"/>
        <source>Organisations created: {n}</source>
        <translation>Stvorene organizacije: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="598"/>
        <source>Rows not imported: {n}</source>
        <translation>Redci koji nisu uvezeni: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="602"/>
        <source>A copy of the database from before the import: {path}</source>
        <translation>Kopija baze podataka od prije uvoza: {path}</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="145"/>
        <source>New session</source>
        <translation>Nova sesija</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="146"/>
        <source>Edit session</source>
        <translation>Uredi sesiju</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="155"/>
        <source>{day} (outside the event)</source>
        <translation>{day} (izvan događaja)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="174"/>
        <source>Type part of a name</source>
        <translation>Upišite dio imena</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="176"/>
        <source>(none)</source>
        <translation>(nijedan)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="195"/>
        <source>&amp;until</source>
        <translation>d&amp;o</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="204"/>
        <source>&amp;Title:</source>
        <translation>&amp;Naslov:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="205"/>
        <source>&amp;Day:</source>
        <translation>&amp;Dan:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="206"/>
        <source>Ti&amp;me:</source>
        <translation>&amp;Vrijeme:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="207"/>
        <source>&amp;Room:</source>
        <translation>&amp;Prostorija:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="208"/>
        <source>&amp;Kind:</source>
        <translation>V&amp;rsta:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="209"/>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Moderator:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="210"/>
        <source>Met&amp;hodology:</source>
        <translation>M&amp;etodologija:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="211"/>
        <source>&amp;Priorities:</source>
        <translation>Pr&amp;ioriteti:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="257"/>
        <source>Choose the facilitator from the list that opens as you type, or leave the field empty.</source>
        <translation>Odaberite moderatora s popisa koji se otvara dok pišete ili ostavite polje prazno.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="266"/>
        <source>Add session “{title}”</source>
        <translation>Dodavanje sesije „{title}“</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="270"/>
        <source>Edit session “{title}”</source>
        <translation>Uređivanje sesije „{title}“</translation>
    </message>
</context>
<context>
    <name>StartInterviewDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="45"/>
        <source>New interview</source>
        <translation>Novi intervju</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="53"/>
        <source>(no event)</source>
        <translation>(bez događaja)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="60"/>
        <source>&amp;Registered person</source>
        <translation>&amp;Registrirana osoba</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="61"/>
        <source>&amp;Anonymous respondent</source>
        <translation>&amp;Anonimni ispitanik</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="67"/>
        <source>Type a name to find the person</source>
        <translation>Upišite ime da biste pronašli osobu</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="77"/>
        <source>optional, e.g. the number on a paper form</source>
        <translation>neobavezno, npr. broj na papirnatom obrascu</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="92"/>
        <source>&amp;Guide:</source>
        <translation>&amp;Vodič:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="93"/>
        <source>&amp;Event:</source>
        <translation>&amp;Događaj:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="95"/>
        <source>&amp;Find:</source>
        <translation>&amp;Pronađi:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="98"/>
        <source>C&amp;ode:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="99"/>
        <source>Ca&amp;tegory:</source>
        <translation>Ka&amp;tegorija:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="100"/>
        <source>Co&amp;untry:</source>
        <translation>Dr&amp;žava:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="101"/>
        <source>A&amp;ge band:</source>
        <translation>Dob&amp;na skupina:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="102"/>
        <source>&amp;Interviewer:</source>
        <translation>Ank&amp;etar:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="103"/>
        <source>&amp;Date:</source>
        <translation>Dat&amp;um:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="126"/>
        <source>Create or import an interview guide first.</source>
        <translation>Najprije stvorite ili uvezite vodič za intervju.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="138"/>
        <source>Find the person by name and choose them in the list.</source>
        <translation>Pronađite osobu po imenu i odaberite je na popisu.</translation>
    </message>
</context>
<context>
    <name>SubjectAccessDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="47"/>
        <source>Everything about {name}</source>
        <translation>Sve o osobi {name}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="49"/>
        <source>Write everything this database holds about {name} — personal data, consents, registrations, attendance, notes, interviews and audit entries — to answer a subject access request.</source>
        <translation>Zapišite sve što ova baza podataka sadrži o osobi {name} — osobne podatke, privole, registracije, prisutnost, bilješke, intervjue i revizijske zapise — kako biste odgovorili na zahtjev ispitanika za pristup.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="54"/>
        <source>⚠ The file contains personal data: give it only to the person it is about, protect it with a password when it travels, and delete your copy afterwards.</source>
        <translation>⚠ Datoteka sadrži osobne podatke: predajte je samo osobi na koju se odnosi, zaštitite je lozinkom kada se prenosi i nakon toga izbrišite svoju kopiju.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="58"/>
        <source>E&amp;xcel workbook (.xlsx)</source>
        <translation>Radna knjiga programa E&amp;xcel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="59"/>
        <source>P&amp;DF document</source>
        <translation>&amp;Dokument PDF</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="65"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Pregledaj…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="70"/>
        <source>optional: encrypts the workbook</source>
        <translation>neobavezno: šifrira radnu knjigu</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="86"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="87"/>
        <source>&amp;File:</source>
        <translation>Da&amp;toteka:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="90"/>
        <source>&amp;Password:</source>
        <translation>&amp;Lozinka:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="91"/>
        <source>&amp;Repeat:</source>
        <translation>Po&amp;novite:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="93"/>
        <source>&amp;Write file</source>
        <translation>&amp;Zapiši datoteku</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="126"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Radne knjige programa Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="126"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenti PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="138"/>
        <source>Choose where to write the file.</source>
        <translation>Odaberite gdje će se zapisati datoteka.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="144"/>
        <source>The two passwords differ.</source>
        <translation>Lozinke se ne podudaraju.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="159"/>
        <source>Writing…</source>
        <translation>Zapisivanje…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="167"/>
        <source>Written to {file}.</source>
        <translation>Zapisano u {file}.</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/overview_targets.py" line="27"/>
        <source>Project targets</source>
        <translation>Ciljevi projekta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_targets.py" line="41"/>
        <source>International &amp;events:</source>
        <translation>Međunarodni &amp;događaji:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_targets.py" line="42"/>
        <source>Direct &amp;participants:</source>
        <translation>Izravni &amp;sudionici:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_targets.py" line="43"/>
        <source>&amp;Countries:</source>
        <translation>&amp;Države:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_targets.py" line="47"/>
        <source>What the grant agreement promised. Participants count each person once, across every event.</source>
        <translation>Ono što je obećano ugovorom o dodjeli bespovratnih sredstava. Sudionici broje svaku osobu jednom, na svim događajima.</translation>
    </message>
</context>
<context>
    <name>ToolkitView</name>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="38"/>
        <source>Methodology</source>
        <translation>Metodologija</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="40"/>
        <source>Duration</source>
        <translation>Trajanje</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="40"/>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="56"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="43"/>
        <source>Group size</source>
        <translation>Veličina skupine</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="44"/>
        <source>Priorities</source>
        <translation>Prioriteti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="46"/>
        <source>Used</source>
        <translation>Korištenja</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="57"/>
        <source>group: {size}</source>
        <translation>skupina: {size}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="58"/>
        <source>from: {network}</source>
        <translation>izvor: {network}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="62"/>
        <source>Aim</source>
        <translation>Cilj</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="63"/>
        <source>Summary</source>
        <translation>Sažetak</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="64"/>
        <source>Steps</source>
        <translation>Koraci</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="65"/>
        <source>Materials</source>
        <translation>Materijali</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="66"/>
        <source>Tips</source>
        <translation>Savjeti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="69"/>
        <source>Where it was used</source>
        <translation>Gdje je korištena</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="76"/>
        <source>Not used at a recorded session yet.</source>
        <translation>Još nije primijenjeno ni na jednoj zabilježenoj sesiji.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="78"/>
        <source>Outcomes of those sessions</source>
        <translation>Ishodi tih sesija</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="178"/>
        <source>%Ln methodology(ies)</source>
        <translation>
            <numerusform>%Ln metodologija</numerusform>
            <numerusform>%Ln metodologije</numerusform>
            <numerusform>%Ln metodologija</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="212"/>
        <source>Added %Ln methodology(ies) to the Toolkit.</source>
        <translation>
            <numerusform>%Ln metodologija dodana je u Toolkit.</numerusform>
            <numerusform>%Ln metodologije dodane su u Toolkit.</numerusform>
            <numerusform>%Ln metodologija dodano je u Toolkit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="218"/>
        <source>Workbook (*.xlsx)</source>
        <translation>Radna knjiga (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="219"/>
        <source>Save the EC-NET Toolkit</source>
        <translation>Spremanje EC-NET Toolkita</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="225"/>
        <source>&amp;Find:</source>
        <translation>&amp;Pronađi:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="226"/>
        <source>Words in the name, aim or summary</source>
        <translation>Riječi u nazivu, cilju ili sažetku</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="227"/>
        <source>Add the &amp;standard methods</source>
        <translation>Dodaj &amp;standardne metode</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="229"/>
        <source>Adds the participatory methods of the EC-NET Toolkit that this database does not hold yet (methods you deleted stay deleted).</source>
        <translation>Dodaje participativne metode iz EC-NET Toolkita kojih još nema u ovoj bazi podataka (metode koje ste izbrisali ostaju izbrisane).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="231"/>
        <source>Save as P&amp;DF…</source>
        <translation>Spremi kao P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="232"/>
        <source>Save the toolkit as a PDF to print or share</source>
        <translation>Spremi Toolkit kao PDF za ispis ili dijeljenje</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="233"/>
        <source>Save as &amp;workbook…</source>
        <translation>Spremi kao &amp;radnu knjigu…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="234"/>
        <source>Save the toolkit as an Excel workbook</source>
        <translation>Spremi Toolkit kao radnu knjigu programa Excel</translation>
    </message>
</context>
<context>
    <name>WalkinDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="129"/>
        <source>Walk-in</source>
        <translation>Nenajavljeni sudionik</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="137"/>
        <source>Optional; a new name is created</source>
        <translation>Neobavezno; stvara se novi naziv</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="144"/>
        <source>Agrees to the processing of their personal data (consent text {version})</source>
        <translation>Pristaje na obradu svojih osobnih podataka (tekst privole {version})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="154"/>
        <source>Check in the selected person &amp;instead</source>
        <translation>&amp;Umjesto toga evidentiraj dolazak odabrane osobe</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="156"/>
        <source>Do not add a new person: check in the selected existing person</source>
        <translation>Ne dodaj novu osobu: evidentiraj dolazak odabrane postojeće osobe</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="165"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Ime:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="166"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Prezime:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="167"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Država:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="168"/>
        <source>O&amp;rganisation:</source>
        <translation>&amp;Organizacija:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="170"/>
        <source>C&amp;ategory:</source>
        <translation>Ka&amp;tegorija:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="177"/>
        <source>&amp;Register and check in</source>
        <translation>&amp;Registriraj i evidentiraj dolazak</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="184"/>
        <source>Register a new person for {event} and check them in.</source>
        <translation>Registrirajte novu osobu za {event} i evidentirajte njezin dolazak.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="313"/>
        <source>Walk-in “{name}”</source>
        <translation>Nenajavljeni sudionik „{name}“</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../ecnet_desktop/services/audit.py" line="35"/>
        <source>export</source>
        <translation>izvoz</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/audit.py" line="36"/>
        <source>import</source>
        <translation>uvoz</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/audit.py" line="37"/>
        <source>erasure</source>
        <translation>brisanje</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/audit.py" line="38"/>
        <source>subject access export</source>
        <translation>izvoz za pristup ispitanika</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/audit.py" line="39"/>
        <source>research export</source>
        <translation>izvoz za istraživanje</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/audit.py" line="40"/>
        <source>backups scrubbed</source>
        <translation>očišćene sigurnosne kopije</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/audit.py" line="41"/>
        <source>consent</source>
        <translation>privola</translation>
    </message>
</context>
<context>
    <name>checkin</name>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="143"/>
        <source>{name} is checked in.</source>
        <translation>Dolazak osobe {name} je evidentiran.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="144"/>
        <source>{name} was already checked in.</source>
        <translation>Dolazak osobe {name} već je bio evidentiran.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="145"/>
        <source>This is not an EC-NET badge code.</source>
        <translation>Ovo nije kod akreditacije EC-NET.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="146"/>
        <source>This badge code cannot be read (damaged or mistyped). Search by name instead.</source>
        <translation>Ovaj kod akreditacije nije moguće pročitati (oštećen ili pogrešno upisan). Umjesto toga pretražujte po imenu.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="148"/>
        <source>This badge belongs to nobody in this database. Search by name, or register the person as a walk-in.</source>
        <translation>Ova akreditacija ne pripada nikome u ovoj bazi podataka. Pretražujte po imenu ili registrirajte osobu kao nenajavljenog sudionika.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="151"/>
        <source>This badge is for another event: “{title}”. Search by name to check the person in here.</source>
        <translation>Ova je akreditacija za drugi događaj: „{title}“. Pretražujte po imenu da biste ovdje evidentirali dolazak osobe.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="154"/>
        <source>This badge is for an event that is not in this database. Search by name to check the person in here.</source>
        <translation>Ova je akreditacija za događaj koji nije u ovoj bazi podataka. Pretražujte po imenu da biste ovdje evidentirali dolazak osobe.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="157"/>
        <source>The session “{title}” is not part of this event.</source>
        <translation>Sesija „{title}“ nije dio ovog događaja.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../ecnet_desktop/cli.py" line="218"/>
        <location filename="../ecnet_desktop/cli_common.py" line="20"/>
        <source>Interrupted; nothing was changed.</source>
        <translation>Prekinuto; ništa nije promijenjeno.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_compendium.py" line="25"/>
        <source>Wrote {path} ({rows} rows).</source>
        <translation>Zapisano: {path} (redaka: {rows}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_compendium.py" line="31"/>
        <location filename="../ecnet_desktop/cli_print.py" line="70"/>
        <source>Wrote {path} (1 page).</source>
        <translation>Zapisano: {path} (1 stranica).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_compendium.py" line="32"/>
        <location filename="../ecnet_desktop/cli_print.py" line="71"/>
        <source>Wrote {path} ({pages} pages).</source>
        <translation>Zapisano: {path} (stranica: {pages}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_erase.py" line="45"/>
        <source>Erasure cannot be undone: add --yes to erase without a question.</source>
        <translation>Brisanje se ne može poništiti: dodajte --yes za brisanje bez pitanja.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_erase.py" line="47"/>
        <source>Erase every personal detail of {name} ({id})? This cannot be undone. [y/N] </source>
        <translation>Izbrisati sve osobne podatke osobe {name} ({id})? Ovo se ne može poništiti. [y/N] </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_erase.py" line="51"/>
        <source>Nothing was erased.</source>
        <translation>Ništa nije izbrisano.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_exchange.py" line="65"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Mapa {folder} ne postoji.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_exchange.py" line="67"/>
        <source>{path} does not exist yet: the preview shows what importing into a new, empty database would do; nothing was created.</source>
        <translation>{path} još ne postoji: pretpregled prikazuje što bi uvoz učinio u novoj, praznoj bazi podataka; ništa nije stvoreno.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_common.py" line="19"/>
        <source>Interrupted; no file was written.</source>
        <translation>Prekinuto; datoteka nije zapisana.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_print.py" line="68"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Nije moguće zapisati {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_print.py" line="84"/>
        <source>--event is required for attendance, badges, certificates and report.</source>
        <translation>--event je obavezan za attendance, badges, certificates i report.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_print.py" line="87"/>
        <source>--person works with badges and certificates; an attendance sheet lists everyone registered.</source>
        <translation>--person radi s badges i certificates; popis prisutnosti navodi sve registrirane.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="37"/>
        <source>No valid row to import in {file}; nothing was changed.</source>
        <translation>U datoteci {file} nema valjanog retka za uvoz; ništa nije promijenjeno.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="41"/>
        <source>Dry run: nothing was changed.</source>
        <translation>Probno pokretanje: ništa nije promijenjeno.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="44"/>
        <source>Imported. People created: {created}; people already in the database now registered: {existing}; already registered for this event: {already}; organisations created: {orgs}.</source>
        <translation>Uvezeno. Stvorene osobe: {created}; osobe već u bazi podataka, sada registrirane: {existing}; već registrirane za ovaj događaj: {already}; stvorene organizacije: {orgs}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="51"/>
        <source>Backup taken before the import: {path}</source>
        <translation>Sigurnosna kopija izrađena prije uvoza: {path}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="60"/>
        <source>{file}, sheet “{sheet}”, header on row {row}, for the event “{event}”:</source>
        <translation>{file}, list „{sheet}“, zaglavlje u retku {row}, za događaj „{event}“:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="65"/>
        <source>{file} ({encoding}, separated by {delimiter}), header on row {row}, for the event “{event}”:</source>
        <translation>{file} ({encoding}, razdjelnik {delimiter}), zaglavlje u retku {row}, za događaj „{event}“:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="71"/>
        <source>  New people: {new}; people already in the database: {existing}; rows repeated in the file: {repeated}; rows rejected: {rejected}.</source>
        <translation>  Nove osobe: {new}; osobe već u bazi podataka: {existing}; redci ponovljeni u datoteci: {repeated}; odbijeni redci: {rejected}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="81"/>
        <source>  Row {row}: {name} matches {existing} in the database ({reason}), already registered for this event.</source>
        <translation>  Redak {row}: {name} odgovara osobi {existing} u bazi podataka ({reason}), već je registriran za ovaj događaj.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="85"/>
        <source>  Row {row}: {name} matches {existing} in the database ({reason}): that person is registered.</source>
        <translation>  Redak {row}: {name} odgovara osobi {existing} u bazi podataka ({reason}): ta je osoba registrirana.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="89"/>
        <source>  Row {row}: {name} looks like {existing} ({reason}), but their names or e-mails differ: a new person is created.</source>
        <translation>  Redak {row}: {name} nalikuje osobi {existing} ({reason}), ali se imena ili adrese e-pošte razlikuju: stvara se nova osoba.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="95"/>
        <source>  Row {row} repeats row {first} ({name}): skipped.</source>
        <translation>  Redak {row} ponavlja redak {first} ({name}): preskočeno.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="101"/>
        <source>  Unknown columns, not imported: {headers}.</source>
        <translation>  Nepoznati stupci, ne uvoze se: {headers}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_report.py" line="21"/>
        <source>The event report is printed as PDF: give --out a name ending in .pdf (the workbook comes from `ecnet-desktop summary --event ID --out FILE.xlsx`).</source>
        <translation>Izvješće o događaju ispisuje se kao PDF: zadajte za --out naziv koji završava na .pdf (radna knjiga dobiva se naredbom `ecnet-desktop summary --event ID --out FILE.xlsx`).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_report.py" line="24"/>
        <source>The summary is a workbook: give --out a name ending in .xlsx.</source>
        <translation>Sažetak je radna knjiga: zadajte za --out naziv koji završava na .xlsx.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_report.py" line="60"/>
        <source>Wrote {path}.</source>
        <translation>Zapisano: {path}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_research.py" line="28"/>
        <source>Wrote {path}: {n} interviews from {guides} guides, pseudonymised.</source>
        <translation>Zapisano: {path}: intervjua {n} iz vodiča {guides}, pseudonimizirano.</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <location filename="../ecnet_desktop/services/duplicates.py" line="19"/>
        <source>same e-mail</source>
        <translation>ista e-pošta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/duplicates.py" line="20"/>
        <source>similar name</source>
        <translation>slično ime</translation>
    </message>
</context>
<context>
    <name>enum</name>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="128"/>
        <source>international event</source>
        <translation>međunarodni događaj</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="129"/>
        <source>local working group</source>
        <translation>lokalna radna skupina</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="130"/>
        <location filename="../ecnet_desktop/domain/enums.py" line="136"/>
        <location filename="../ecnet_desktop/domain/enums.py" line="140"/>
        <location filename="../ecnet_desktop/domain/enums.py" line="145"/>
        <location filename="../ecnet_desktop/domain/enums.py" line="148"/>
        <source>other</source>
        <translation>ostalo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="131"/>
        <source>plenary</source>
        <translation>plenarna sjednica</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="132"/>
        <source>workshop</source>
        <translation>radionica</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="133"/>
        <source>study visit</source>
        <translation>studijski posjet</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="134"/>
        <source>panel debate</source>
        <translation>panel rasprava</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="135"/>
        <source>cultural programme</source>
        <translation>kulturni program</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="137"/>
        <source>municipality</source>
        <translation>općina</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="138"/>
        <source>civil-society organisation</source>
        <translation>organizacija civilnog društva</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="139"/>
        <source>school</source>
        <translation>škola</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="141"/>
        <source>policy maker</source>
        <translation>donositelj odluka</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="142"/>
        <source>public officer</source>
        <translation>službenik javne uprave</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="143"/>
        <source>activist</source>
        <translation>aktivist</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="144"/>
        <source>citizen</source>
        <translation>građanin</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="146"/>
        <source>female</source>
        <translation>žensko</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="147"/>
        <source>male</source>
        <translation>muško</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="149"/>
        <source>prefers not to say</source>
        <translation>ne želi reći</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="150"/>
        <source>participant</source>
        <translation>sudionik</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="151"/>
        <source>speaker</source>
        <translation>govornik</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="152"/>
        <source>facilitator</source>
        <translation>moderator</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="153"/>
        <source>staff</source>
        <translation>osoblje</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="154"/>
        <source>interpreter</source>
        <translation>prevoditelj</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="155"/>
        <source>registered</source>
        <translation>registriran</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="156"/>
        <source>cancelled</source>
        <translation>otkazano</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="157"/>
        <source>no-show</source>
        <translation>nije došao</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="158"/>
        <source>desk</source>
        <translation>pult</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="159"/>
        <source>badge scan</source>
        <translation>skeniranje akreditacije</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="160"/>
        <source>paper sheet</source>
        <translation>papirnati popis</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="161"/>
        <source>minutes</source>
        <translation>zapisnik</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="162"/>
        <source>observation</source>
        <translation>opažanje</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="163"/>
        <source>outcome</source>
        <translation>ishod</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="164"/>
        <source>recommendation</source>
        <translation>preporuka</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="165"/>
        <source>quote</source>
        <translation>citat</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="166"/>
        <source>Euroscepticism</source>
        <translation>Euroskepticizam</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="167"/>
        <source>Solidarity</source>
        <translation>Solidarnost</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="168"/>
        <source>Active citizenship</source>
        <translation>Aktivno građanstvo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="169"/>
        <source>Intercultural dialogue</source>
        <translation>Međukulturni dijalog</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="170"/>
        <source>open text</source>
        <translation>otvoreni tekst</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="171"/>
        <source>Likert 1–5</source>
        <translation>Likertova ljestvica 1–5</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="172"/>
        <source>single choice</source>
        <translation>jedan izbor</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="173"/>
        <source>multiple choice</source>
        <translation>višestruki izbor</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="174"/>
        <source>number</source>
        <translation>broj</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="175"/>
        <source>yes/no</source>
        <translation>da/ne</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="176"/>
        <source>draft</source>
        <translation>skica</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="177"/>
        <source>completed</source>
        <translation>dovršen</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="178"/>
        <source>local</source>
        <translation>lokalna</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="179"/>
        <source>national</source>
        <translation>nacionalna</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="180"/>
        <source>European programme</source>
        <translation>europski program</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="181"/>
        <source>data processing</source>
        <translation>obrada podataka</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="182"/>
        <source>photos</source>
        <translation>fotografije</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="183"/>
        <source>appearing on lists</source>
        <translation>pojavljivanje na popisima</translation>
    </message>
</context>
<context>
    <name>event report</name>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="27"/>
        <source>Participation: The event involved {count} participants, including {list}.</source>
        <translation>Sudjelovanje: Broj sudionika na događaju: {count}, uključujući {list}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="29"/>
        <source>Participation: No participants have been recorded yet.</source>
        <translation>Sudjelovanje: Još nije zabilježen nijedan sudionik.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="31"/>
        <source>{count} from {country}</source>
        <translation>{count} iz države {country}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="32"/>
        <source>{count} from other countries</source>
        <translation>{count} iz drugih država</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="33"/>
        <source>{items} and {last}</source>
        <translation>{items} i {last}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="34"/>
        <source>Place/Dates: The event took place in {place} from {start} to {end}.</source>
        <translation>Mjesto/datumi: Događaj je održan u mjestu {place} od {start} do {end}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="36"/>
        <source>Place/Dates: The event took place in {place} on {date}.</source>
        <translation>Mjesto/datumi: Događaj je održan u mjestu {place} {date}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="38"/>
        <source>Short description: {text}</source>
        <translation>Kratki opis: {text}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="39"/>
        <source>The event “{title}” was part of the project EC-NET – European Citizenship Network of Towns.</source>
        <translation>Događaj „{title}“ bio je dio projekta EC-NET – European Citizenship Network of Towns.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="42"/>
        <source>{day}: {activities}.</source>
        <translation>{day}: {activities}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="43"/>
        <source>The project was funded by the European Union within the “Europe for Citizens” programme.</source>
        <translation>Projekt je financirala Europska unija u okviru programa „Europa za građane“.</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="29"/>
        <source>EC-NET Recommendations</source>
        <translation>Preporuke EC-NET</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="30"/>
        <source>EC-NET Toolkit</source>
        <translation>EC-NET Toolkit</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="31"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="32"/>
        <source>No.</source>
        <translation>Br.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="33"/>
        <source>Title</source>
        <translation>Naslov</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="34"/>
        <source>Level</source>
        <translation>Razina</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="35"/>
        <source>Addressed to</source>
        <translation>Upućeno</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="36"/>
        <source>Recommendation</source>
        <translation>Preporuka</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="37"/>
        <source>All priorities</source>
        <translation>Svi prioriteti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="38"/>
        <source>Event</source>
        <translation>Događaj</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="39"/>
        <source>Town</source>
        <translation>Grad</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="40"/>
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="41"/>
        <source>Dates</source>
        <translation>Datumi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="42"/>
        <source>Session</source>
        <translation>Sesija</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="43"/>
        <source>See also</source>
        <translation>Vidi također</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="44"/>
        <source>Methodology</source>
        <translation>Metodologija</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="45"/>
        <source>Aim</source>
        <translation>Cilj</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="46"/>
        <source>Summary</source>
        <translation>Sažetak</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="47"/>
        <source>Steps</source>
        <translation>Koraci</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="48"/>
        <source>Duration (minutes)</source>
        <translation>Trajanje (minute)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="49"/>
        <source>Group size</source>
        <translation>Veličina skupine</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="50"/>
        <source>Materials</source>
        <translation>Materijali</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="51"/>
        <source>Tips</source>
        <translation>Savjeti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="52"/>
        <source>Source network</source>
        <translation>Izvorna mreža</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="53"/>
        <source>Used at (event — session, date)</source>
        <translation>Primijenjeno na (događaj — sesija, datum)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="54"/>
        <source>Other topics</source>
        <translation>Ostale teme</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="55"/>
        <source>whole event</source>
        <translation>cijeli događaj</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/safe_xlsx.py" line="75"/>
        <source>A text of {length} characters does not fit in a workbook cell (at most {limit}); shorten it and export again. It starts: {start}</source>
        <translation>Tekst od {length} znakova ne stane u ćeliju radne knjige (najviše {limit}); skratite ga i ponovno izvezite. Počinje ovako: {start}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/safe_xlsx.py" line="145"/>
        <source>Could not write {path}: {reason}</source>
        <translation>Nije moguće zapisati {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="64"/>
        <source>Devices</source>
        <translation>Uređaji</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="65"/>
        <source>Organisations</source>
        <translation>Organizacije</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="66"/>
        <source>Consent texts</source>
        <translation>Tekstovi privola</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="67"/>
        <source>Methodologies</source>
        <translation>Metodologije</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="68"/>
        <source>Events</source>
        <translation>Događaji</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="69"/>
        <source>People</source>
        <translation>Osobe</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="70"/>
        <source>Sessions</source>
        <translation>Sesije</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="71"/>
        <source>Registrations</source>
        <translation>Registracije</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="72"/>
        <source>Attendance</source>
        <translation>Prisutnost</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="73"/>
        <source>Notes</source>
        <translation>Bilješke</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="74"/>
        <source>Interview guides</source>
        <translation>Vodiči za intervjue</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="75"/>
        <source>Questions</source>
        <translation>Pitanja</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="76"/>
        <source>Interviews</source>
        <translation>Intervjui</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="77"/>
        <source>Answers</source>
        <translation>Odgovori</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="80"/>
        <source>About</source>
        <translation>O datoteci</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="84"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="85"/>
        <source>format version</source>
        <translation>verzija formata</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="86"/>
        <source>app version</source>
        <translation>verzija aplikacije</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="87"/>
        <source>device id</source>
        <translation>id uređaja</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="88"/>
        <source>device name</source>
        <translation>naziv uređaja</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="89"/>
        <source>exported at (UTC)</source>
        <translation>izvezeno (UTC)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="90"/>
        <source>scope</source>
        <translation>opseg</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="91"/>
        <source>checksum</source>
        <translation>kontrolni zbroj</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="93"/>
        <source>rows: {sheet}</source>
        <translation>redaka: {sheet}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="94"/>
        <source>whole database</source>
        <translation>cijela baza podataka</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="95"/>
        <source>event {id}</source>
        <translation>događaj {id}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_read.py" line="84"/>
        <source>Sheet {sheet}, row {row}, column {column}: {value} — {rule}</source>
        <translation>List {sheet}, redak {row}, stupac {column}: {value} — {rule}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_read.py" line="357"/>
        <source>unknown column; its cells were not read</source>
        <translation>nepoznati stupac: njegove ćelije nisu pročitane</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_read.py" line="412"/>
        <source>a new row needs every column of the sheet</source>
        <translation>novi redak treba sve stupce lista</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_read.py" line="498"/>
        <source>expected one of: {options}</source>
        <translation>očekuje se jedno od: {options}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_read.py" line="505"/>
        <source>at most {n} characters</source>
        <translation>najviše {n} znakova</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/sync_apply.py" line="438"/>
        <source>The file holds clocks far in the future ({clock}); check the date of the laptop that wrote it.</source>
        <translation>Datoteka sadrži satove daleko u budućnosti ({clock}); provjerite datum na računalu koje ju je zapisalo.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/sync_apply.py" line="662"/>
        <source>A person cannot be merged into themselves.</source>
        <translation>Osoba se ne može spojiti sama sa sobom.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/sync_apply.py" line="686"/>
        <source>No conflict {id}.</source>
        <translation>Nema sukoba {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/sync_apply.py" line="769"/>
        <source>The file refers to records that are neither in it nor in this database ({reason}); nothing was imported.</source>
        <translation>Datoteka upućuje na zapise kojih nema ni u njoj ni u ovoj bazi podataka ({reason}); ništa nije uvezeno.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/exchange/importer.py" line="118"/>
        <source>{file} has %Ln rejected cells; nothing was imported:
{report}</source>
        <translation>
            <numerusform>{file} ima %Ln odbijenu ćeliju; ništa nije uvezeno:
{report}</numerusform>
            <numerusform>{file} ima %Ln odbijene ćelije; ništa nije uvezeno:
{report}</numerusform>
            <numerusform>{file} ima %Ln odbijenih ćelija; ništa nije uvezeno:
{report}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>field</name>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="9"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="10"/>
        <source>kind</source>
        <translation>vrsta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="11"/>
        <source>title</source>
        <translation>naslov</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="12"/>
        <source>host town</source>
        <translation>grad domaćin</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="13"/>
        <source>country</source>
        <translation>država</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="14"/>
        <source>venue</source>
        <translation>mjesto održavanja</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="15"/>
        <source>start date</source>
        <translation>datum početka</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="16"/>
        <source>end date</source>
        <translation>datum završetka</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="17"/>
        <source>priorities</source>
        <translation>prioriteti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="18"/>
        <source>host organisation</source>
        <translation>organizacija domaćin</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="19"/>
        <source>description</source>
        <translation>opis</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="20"/>
        <source>event</source>
        <translation>događaj</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="21"/>
        <source>session</source>
        <translation>sesija</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="22"/>
        <source>start</source>
        <translation>početak</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="23"/>
        <source>end</source>
        <translation>kraj</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="24"/>
        <source>room</source>
        <translation>prostorija</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="25"/>
        <source>methodology</source>
        <translation>metodologija</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="26"/>
        <source>facilitator</source>
        <translation>moderator</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="27"/>
        <source>given name</source>
        <translation>ime</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="28"/>
        <source>family name</source>
        <translation>prezime</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="29"/>
        <source>e-mail</source>
        <translation>e-pošta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="30"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="31"/>
        <source>town</source>
        <translation>grad</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="32"/>
        <location filename="../ecnet_desktop/domain/fields.py" line="33"/>
        <source>organisation</source>
        <translation>organizacija</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="34"/>
        <source>category</source>
        <translation>kategorija</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="35"/>
        <source>gender</source>
        <translation>spol</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="36"/>
        <source>birth year</source>
        <translation>godina rođenja</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="37"/>
        <source>name</source>
        <translation>naziv</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="38"/>
        <source>type</source>
        <translation>vrsta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="39"/>
        <source>role</source>
        <translation>uloga</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="40"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="41"/>
        <source>invited by town</source>
        <translation>pozvao grad</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="42"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="43"/>
        <source>language</source>
        <translation>jezik</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="44"/>
        <source>author</source>
        <translation>autor</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="45"/>
        <source>person</source>
        <translation>osoba</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="46"/>
        <source>method</source>
        <translation>metoda</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="47"/>
        <source>sessions</source>
        <translation>sesije</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="48"/>
        <source>days</source>
        <translation>dani</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="100"/>
        <source>deleted</source>
        <translation>obrisano</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="101"/>
        <source>version</source>
        <translation>verzija</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="102"/>
        <source>summary</source>
        <translation>sažetak</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="103"/>
        <source>steps</source>
        <translation>koraci</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="104"/>
        <source>duration minutes</source>
        <translation>trajanje u minutama</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="105"/>
        <source>group size</source>
        <translation>veličina skupine</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="106"/>
        <source>materials</source>
        <translation>materijali</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="107"/>
        <source>tips</source>
        <translation>savjeti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="108"/>
        <source>source network</source>
        <translation>izvorna mreža</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="109"/>
        <source>aim</source>
        <translation>cilj</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="110"/>
        <source>consent processing at</source>
        <translation>privola za obradu: datum</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="111"/>
        <source>consent processing version</source>
        <translation>privola za obradu: verzija teksta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="112"/>
        <source>consent processing by</source>
        <translation>privola za obradu: zabilježio</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="113"/>
        <source>consent photos at</source>
        <translation>privola za fotografije: datum</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="114"/>
        <source>consent photos version</source>
        <translation>privola za fotografije: verzija teksta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="115"/>
        <source>consent photos by</source>
        <translation>privola za fotografije: zabilježio</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="116"/>
        <source>consent lists at</source>
        <translation>privola za popise: datum</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="117"/>
        <source>consent lists version</source>
        <translation>privola za popise: verzija teksta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="118"/>
        <source>consent lists by</source>
        <translation>privola za popise: zabilježio</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="119"/>
        <source>erased</source>
        <translation>izbrisan (GDPR)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="120"/>
        <source>merged into id</source>
        <translation>spojen u (id)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="121"/>
        <source>present</source>
        <translation>prisutan</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="122"/>
        <source>checked at</source>
        <translation>evidentirano u</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="123"/>
        <source>recorded by device</source>
        <translation>zabilježio uređaj</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="124"/>
        <source>publishable</source>
        <translation>za objavu</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="125"/>
        <source>level</source>
        <translation>razina</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="126"/>
        <source>addressee</source>
        <translation>upućeno</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="127"/>
        <source>related</source>
        <translation>povezano</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="128"/>
        <source>languages</source>
        <translation>jezici</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="129"/>
        <source>guide id</source>
        <translation>vodič (id)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="130"/>
        <source>position</source>
        <translation>redni broj</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="131"/>
        <source>section</source>
        <translation>odjeljak</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="132"/>
        <source>required</source>
        <translation>obavezno</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="133"/>
        <source>choices</source>
        <translation>izbori</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="134"/>
        <source>respondent code</source>
        <translation>šifra ispitanika</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="135"/>
        <source>respondent category</source>
        <translation>kategorija ispitanika</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="136"/>
        <source>respondent country</source>
        <translation>država ispitanika</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="137"/>
        <source>respondent age band</source>
        <translation>dobna skupina ispitanika</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="138"/>
        <source>interviewer</source>
        <translation>anketar</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="139"/>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="140"/>
        <source>consent</source>
        <translation>privola</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="141"/>
        <source>interview id</source>
        <translation>intervju (id)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="142"/>
        <source>question id</source>
        <translation>pitanje (id)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="143"/>
        <source>value</source>
        <translation>vrijednost</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="144"/>
        <source>tags</source>
        <translation>oznake</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="145"/>
        <source>codes</source>
        <translation>kodovi</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="29"/>
        <source>date of birth</source>
        <translation>datum rođenja</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="30"/>
        <source>consent: data processing</source>
        <translation>privola: obrada podataka</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="31"/>
        <source>consent: photos</source>
        <translation>privola: fotografije</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="32"/>
        <source>consent: appearing on lists</source>
        <translation>privola: pojavljivanje na popisima</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="33"/>
        <source>time of the form (not imported)</source>
        <translation>vrijeme ispunjavanja obrasca (ne uvozi se)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="34"/>
        <source>do not import</source>
        <translation>ne uvozi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="35"/>
        <source>unknown: not imported</source>
        <translation>nepoznato: ne uvozi se</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="409"/>
        <source>Columns “{first}” and “{second}” both hold the {field}; only “{first}” is imported.</source>
        <translation>Stupci „{first}“ i „{second}“ oba sadrže podatak {field}; uvozi se samo „{first}“.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="417"/>
        <source>No column holds the given or the family name; map one of the columns ({headers}) to a name.</source>
        <translation>Nijedan stupac ne sadrži ime ni prezime; povežite jedan od stupaca ({headers}) s imenom.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="421"/>
        <source>No column holds the category: new people are recorded as “{value}”.</source>
        <translation>Nijedan stupac ne sadrži kategoriju: nove osobe bilježe se kao „{value}“.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="127"/>
        <source>Row {row}, column “{column}”: the text is too long ({length} characters; at most {limit}).</source>
        <translation>Redak {row}, stupac „{column}“: tekst je predug ({length} znakova; najviše {limit}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="132"/>
        <source>Row {row}: there is neither a given nor a family name.</source>
        <translation>Redak {row}: nema ni imena ni prezimena.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="136"/>
        <source>Row {row}, column “{column}”: “{value}” is not an e-mail address (expected e.g. name@example.org).</source>
        <translation>Redak {row}, stupac „{column}“: „{value}“ nije adresa e-pošte (očekuje se npr. ime@example.org).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="141"/>
        <source>Row {row}, column “{column}”: “{value}” is not a phone number (expected digits, spaces and + ( ) . / -).</source>
        <translation>Redak {row}, stupac „{column}“: „{value}“ nije telefonski broj (očekuju se znamenke, razmaci i + ( ) . / -).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="146"/>
        <source>Row {row}, column “{column}”: “{value}” is not a known country (expected an ISO code such as HR, or the country&apos;s name).</source>
        <translation>Redak {row}, stupac „{column}“: „{value}“ nije poznata država (očekuje se ISO kod, npr. HR, ili naziv države).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="152"/>
        <source>Row {row}, column “{column}”: “{value}” is not a category (expected policy maker, public officer, activist, citizen or other).</source>
        <translation>Redak {row}, stupac „{column}“: „{value}“ nije kategorija (očekuje se donositelj odluka, službenik javne uprave, aktivist, građanin ili ostalo).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="158"/>
        <source>Row {row}, column “{column}”: “{value}” is not a role (expected participant, speaker, facilitator, staff or interpreter).</source>
        <translation>Redak {row}, stupac „{column}“: „{value}“ nije uloga (očekuje se sudionik, govornik, moderator, osoblje ili prevoditelj).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="163"/>
        <source>Row {row}, column “{column}”: “{value}” is not a gender (expected female, male, other or prefers not to say).</source>
        <translation>Redak {row}, stupac „{column}“: „{value}“ nije spol (očekuje se žensko, muško, ostalo ili ne želi reći).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="173"/>
        <source>Row {row}, column “{column}”: “{value}” is not a date of birth (expected e.g. 31.12.1980, 1980-12-31 or a spreadsheet date).</source>
        <translation>Redak {row}, stupac „{column}“: „{value}“ nije datum rođenja (očekuje se npr. 31.12.1980, 1980-12-31 ili datum iz proračunske tablice).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="179"/>
        <source>Row {row}, column “{column}”: “{value}” is not a year of birth between 1900 and {last}.</source>
        <translation>Redak {row}, stupac „{column}“: „{value}“ nije godina rođenja između 1900. i {last}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="189"/>
        <source>Row {row}, column “{column}”: “{value}” is neither yes nor no.</source>
        <translation>Redak {row}, stupac „{column}“: „{value}“ nije ni da ni ne.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="386"/>
        <source>The header is on row {row}; the rows above it were skipped.</source>
        <translation>Zaglavlje je u retku {row}; redci iznad njega preskočeni su.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="390"/>
        <source>Blank or totals rows skipped: {rows}.</source>
        <translation>Preskočeni prazni redci ili redci zbrojeva: {rows}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="129"/>
        <source>The file is not a text (CSV) file; save it as CSV or XLSX.</source>
        <translation>Datoteka nije tekstna datoteka (CSV); spremite je kao CSV ili XLSX.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="187"/>
        <source>Row {row} cannot be read: {reason}.</source>
        <translation>Redak {row} nije moguće pročitati: {reason}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="194"/>
        <source>The file has more than {limit} rows; split it into smaller files.</source>
        <translation>Datoteka ima više od {limit} redaka; podijelite je na manje datoteke.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="198"/>
        <source>The file has more than {limit} columns; is it the right file?</source>
        <translation>Datoteka ima više od {limit} stupaca; je li to prava datoteka?</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="226"/>
        <location filename="../ecnet_desktop/services/tabular.py" line="249"/>
        <source>{file} is not a readable XLSX workbook.</source>
        <translation>{file} nije čitljiva radna knjiga XLSX.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="229"/>
        <source>{file} unpacks to more than {limit} MB; split it into smaller files.</source>
        <translation>{file} se raspakira na više od {limit} MB; podijelite je na manje datoteke.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="261"/>
        <source>{file} is not a readable XLSX workbook ({reason}).</source>
        <translation>{file} nije čitljiva radna knjiga XLSX ({reason}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="274"/>
        <source>{file} has no sheet named “{sheet}” (sheets: {sheets}).</source>
        <translation>{file} nema list naziva „{sheet}“ (listovi: {sheets}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="341"/>
        <source>No header row found: the first rows should name the columns.</source>
        <translation>Nije pronađen redak zaglavlja: prvi redci trebaju sadržavati nazive stupaca.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="357"/>
        <source>There is no file at {path}.</source>
        <translation>Na lokaciji {path} nema datoteke.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="360"/>
        <source>{file} is larger than {limit} MB; split it into smaller files.</source>
        <translation>{file} veća je od {limit} MB; podijelite je na manje datoteke.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="365"/>
        <source>{file} is an old .xls or a password-protected workbook; save it as XLSX or CSV without a password.</source>
        <translation>{file} je stara datoteka .xls ili radna knjiga zaštićena lozinkom; spremite je kao XLSX ili CSV bez lozinke.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="375"/>
        <source>{file} holds no rows.</source>
        <translation>{file} ne sadrži retke.</translation>
    </message>
</context>
<context>
    <name>interviews</name>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="68"/>
        <source>&apos;{value}&apos; is not a Likert answer: give a whole number from 1 to 5.</source>
        <translation>&apos;{value}&apos; nije odgovor na Likertovoj ljestvici: unesite cijeli broj od 1 do 5.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="79"/>
        <source>&apos;{value}&apos; is not yes or no.</source>
        <translation>&apos;{value}&apos; nije da ni ne.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="84"/>
        <location filename="../ecnet_desktop/services/interviews.py" line="92"/>
        <source>&apos;{value}&apos; is not one of the choices: {allowed}.</source>
        <translation>&apos;{value}&apos; nije jedan od izbora: {allowed}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="103"/>
        <location filename="../ecnet_desktop/services/interviews.py" line="105"/>
        <source>&apos;{value}&apos; is not a number.</source>
        <translation>&apos;{value}&apos; nije broj.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="115"/>
        <source>A question needs its text in at least one language.</source>
        <translation>Pitanje treba imati tekst na barem jednom jeziku.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="140"/>
        <source>Each choice needs its own value (&apos;{value}&apos;).</source>
        <translation>Svaki izbor treba imati vlastitu vrijednost (&apos;{value}&apos;).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="146"/>
        <source>A choice question needs at least two choices.</source>
        <translation>Pitanje s izborom treba imati barem dva izbora.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="156"/>
        <source>The name &apos;{value}&apos; must start with a letter and hold only letters, digits and _ . - (at most 64).</source>
        <translation>Naziv &apos;{value}&apos; mora počinjati slovom i sadržavati samo slova, znamenke i _ . - (najviše 64).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="174"/>
        <source>&apos;{value}&apos; is not a language code such as en or it.</source>
        <translation>&apos;{value}&apos; nije kod jezika poput en ili it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/services/interviews.py" line="224"/>
        <source>This guide was used in %Ln interviews; it cannot be deleted.</source>
        <translation>
            <numerusform>Ovaj je vodič korišten u %Ln intervjuu; ne može se izbrisati.</numerusform>
            <numerusform>Ovaj je vodič korišten u %Ln intervjua; ne može se izbrisati.</numerusform>
            <numerusform>Ovaj je vodič korišten u %Ln intervjua; ne može se izbrisati.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="352"/>
        <source>This person&apos;s data was erased; interview them as an anonymous respondent.</source>
        <translation>Podaci ove osobe izbrisani su; intervjuirajte je kao anonimnog ispitanika.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="362"/>
        <source>&apos;{value}&apos; is not an age band: {allowed}.</source>
        <translation>&apos;{value}&apos; nije dobna skupina: {allowed}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="406"/>
        <location filename="../ecnet_desktop/services/interviews.py" line="440"/>
        <source>Record the respondent&apos;s consent before any answer.</source>
        <translation>Zabilježite privolu ispitanika prije bilo kojeg odgovora.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="412"/>
        <source>The question {id} is not in this guide.</source>
        <translation>Pitanje {id} nije u ovom vodiču.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="445"/>
        <source>Question {number} is required: {question}</source>
        <translation>Pitanje {number} je obavezno: {question}</translation>
    </message>
</context>
<context>
    <name>participant list</name>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="28"/>
        <source>No.</source>
        <translation>Br.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="32"/>
        <source>local / international</source>
        <translation>lokalni / međunarodni</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="33"/>
        <source>on published lists</source>
        <translation>na objavljenim popisima</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="35"/>
        <source>local</source>
        <translation>lokalni</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="36"/>
        <source>international</source>
        <translation>međunarodni</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="37"/>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="38"/>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="39"/>
        <source>Participant list: {title}</source>
        <translation>Popis sudionika: {title}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="40"/>
        <source>Place: {place}</source>
        <translation>Mjesto: {place}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="41"/>
        <source>Dates: {start} to {end}</source>
        <translation>Datumi: od {start} do {end}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="42"/>
        <source>{registered} registered ({local} local, {international} international); {listed} rows including cancelled and no-shows. Exported {today}.</source>
        <translation>Registrirano: {registered} (lokalnih {local}, međunarodnih {international}); redaka: {listed}, uključujući otkazane i nedolaske. Izvezeno {today}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="45"/>
        <source>Participants</source>
        <translation>Sudionici</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="79"/>
        <source>Attendance sheet</source>
        <translation>Popis prisutnosti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="80"/>
        <source>No.</source>
        <translation>Br.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="81"/>
        <source>Family name</source>
        <translation>Prezime</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="82"/>
        <source>Given name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="83"/>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="84"/>
        <source>Town</source>
        <translation>Grad</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="85"/>
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="86"/>
        <source>E-mail or phone</source>
        <translation>E-pošta ili telefon</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="87"/>
        <location filename="../ecnet_desktop/printing/certificates.py" line="75"/>
        <source>Signature</source>
        <translation>Potpis</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="88"/>
        <source>Venue</source>
        <translation>Mjesto održavanja</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="89"/>
        <source>Dates</source>
        <translation>Datumi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="90"/>
        <source>List {n} of {total}</source>
        <translation>Popis {n} od {total}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="91"/>
        <source>Day {n}: {date}</source>
        <translation>Dan {n}: {date}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="92"/>
        <source>Days {first}–{last}</source>
        <translation>Dani {first}–{last}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="93"/>
        <source>Invited by {town}</source>
        <translation>Pozvao grad {town}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="94"/>
        <source>Not invited by a partner town</source>
        <translation>Nije pozvan od partnerskog grada</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="95"/>
        <source>Local participants ({country})</source>
        <translation>Lokalni sudionici ({country})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="96"/>
        <source>Local participants</source>
        <translation>Lokalni sudionici</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="97"/>
        <source>International participants</source>
        <translation>Međunarodni sudionici</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="98"/>
        <source>Certification by the legal representative</source>
        <translation>Potvrda zakonskog zastupnika</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="99"/>
        <source>I, the undersigned legal representative of {organisation}, certify that the persons who signed this list took part in the event above.</source>
        <translation>Ja, niže potpisani zakonski zastupnik organizacije {organisation}, potvrđujem da su osobe koje su potpisale ovaj popis sudjelovale u navedenom događaju.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="103"/>
        <source>the organising body</source>
        <translation>organizator</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="104"/>
        <source>Name</source>
        <translation>Ime i prezime</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="105"/>
        <source>Place</source>
        <translation>Mjesto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="106"/>
        <location filename="../ecnet_desktop/printing/certificates.py" line="68"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="107"/>
        <location filename="../ecnet_desktop/printing/certificates.py" line="76"/>
        <source>Stamp</source>
        <translation>Pečat</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="108"/>
        <source>Data protection: {organiser} collects these data only to document participation in the EC-NET project to the European Commission (Europe for Citizens programme) and keeps them as long as the grant rules require. E-mail addresses and phone numbers are printed only for people who agreed to appear on lists. You may ask the organiser to see, correct or erase your data.</source>
        <translation>Zaštita podataka: {organiser} prikuplja ove podatke isključivo radi dokumentiranja sudjelovanja u projektu EC-NET pred Europskom komisijom (program „Europa za građane“) i čuva ih onoliko dugo koliko to zahtijevaju pravila o bespovratnim sredstvima. Adrese e-pošte i telefonski brojevi ispisuju se samo za osobe koje su pristale na pojavljivanje na popisima. Od organizatora možete zatražiti uvid u svoje podatke, njihov ispravak ili brisanje.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="115"/>
        <source>The event “{event}” has no sessions yet: print the attendance sheet per day or for the whole event instead.</source>
        <translation>Događaj „{event}“ još nema sesija: umjesto toga ispišite popis prisutnosti po danu ili za cijeli događaj.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="119"/>
        <source>Unknown choice “{per}”: print per event, day or session.</source>
        <translation>Nepoznat izbor „{per}“: ispis po događaju, danu ili sesiji.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="120"/>
        <source>The number of blank rows must be between 0 and {most}.</source>
        <translation>Broj praznih redaka mora biti između 0 i {most}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="47"/>
        <source>Badges</source>
        <translation>Akreditacije</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="48"/>
        <source>Nobody is registered for “{event}” yet: there are no badges to print.</source>
        <translation>Još nitko nije registriran za „{event}“: nema akreditacija za ispis.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="49"/>
        <source>That person is not registered for “{event}”.</source>
        <translation>Ta osoba nije registrirana za „{event}“.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="50"/>
        <source>Unknown badge layout “{layout}”: choose 2x4, 2x5 or 3x3.</source>
        <translation>Nepoznat raspored akreditacija „{layout}“: odaberite 2x4, 2x5 ili 3x3.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="52"/>
        <source>Participant</source>
        <translation>Sudionik</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="53"/>
        <source>Speaker</source>
        <translation>Govornik</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="54"/>
        <source>Facilitator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="55"/>
        <source>Staff</source>
        <translation>Osoblje</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="56"/>
        <source>Interpreter</source>
        <translation>Prevoditelj</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="62"/>
        <source>Certificate of attendance</source>
        <translation>Potvrda o sudjelovanju</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="63"/>
        <source>This is to certify that</source>
        <translation>Ovime se potvrđuje da je</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="64"/>
        <source>took part in the event</source>
        <translation>sudjelovao/la u događaju</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="65"/>
        <source>held at {place} from {start} to {end}.</source>
        <translation>održanom u mjestu {place} od {start} do {end}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="66"/>
        <source>held at {place} on {date}.</source>
        <translation>održanom u mjestu {place} {date}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="67"/>
        <source>Sessions attended</source>
        <translation>Sesije kojima je prisustvovao/la</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="69"/>
        <source>Time</source>
        <translation>Vrijeme</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="70"/>
        <source>Session</source>
        <translation>Sesija</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="71"/>
        <source>Hours</source>
        <translation>Sati</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="72"/>
        <source>Total</source>
        <translation>Ukupno</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="73"/>
        <source>Present at the event; no session check-ins were recorded.</source>
        <translation>Prisutan/na na događaju; nije zabilježena nijedna evidencija dolaska na sesiju.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="74"/>
        <source>{place}, {date}</source>
        <translation>{place}, {date}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="77"/>
        <source>For {organiser}</source>
        <translation>Za {organiser}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="78"/>
        <source>Nobody was checked in at “{event}” yet: certificates go to people present at least once.</source>
        <translation>Na „{event}“ još nije evidentiran ničiji dolazak: potvrde se izdaju osobama koje su bile prisutne barem jednom.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="81"/>
        <source>That person was neither checked in nor registered at “{event}”.</source>
        <translation>Za tu osobu nije evidentiran dolazak niti je registrirana na „{event}“.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="82"/>
        <source>Certificates of attendance</source>
        <translation>Potvrde o sudjelovanju</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/common.py" line="48"/>
        <source>Unknown paper size “{paper}”: choose A4 or Letter.</source>
        <translation>Nepoznata veličina papira „{paper}”: odaberite A4 ili Letter.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/common.py" line="279"/>
        <source>Page {page} of {pages}</source>
        <translation>Stranica {page} od {pages}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/common.py" line="280"/>
        <source>Preparing page {page}…</source>
        <translation>Priprema stranice {page}…</translation>
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
        <translation>Participativne metode isprobane na događajima mreže, grupirane prema prioritetu programa kojem služe, svaka sa sesijama na kojima je primijenjena.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="64"/>
        <source>EC-NET Recommendations</source>
        <translation>Preporuke EC-NET</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="65"/>
        <source>Recommendations agreed at the events of the network and marked for publication, grouped by programme priority, each traced to the event and session where it was made.</source>
        <translation>Preporuke dogovorene na događajima mreže i označene za objavu, grupirane prema prioritetu programa, svaka povezana s događajem i sesijom na kojima je donesena.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="69"/>
        <source>Other topics</source>
        <translation>Ostale teme</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="70"/>
        <source>Nothing to list yet.</source>
        <translation>Još nema ništa za prikaz.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="71"/>
        <source>Aim</source>
        <translation>Cilj</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="72"/>
        <source>Steps</source>
        <translation>Koraci</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="73"/>
        <source>Materials</source>
        <translation>Materijali</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="74"/>
        <source>Tips</source>
        <translation>Savjeti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="75"/>
        <source>Duration: {duration} · Group size: {size} · Source network: {network}</source>
        <translation>Trajanje: {duration} · Veličina skupine: {size} · Izvorna mreža: {network}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="77"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="78"/>
        <source>Used at</source>
        <translation>Primijenjeno na</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="79"/>
        <source>Not used at a recorded session yet.</source>
        <translation>Još nije primijenjeno ni na jednoj zabilježenoj sesiji.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="80"/>
        <source>Outcomes</source>
        <translation>Ishodi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="81"/>
        <source>Level: {level} · Addressed to: {addressee}</source>
        <translation>Razina: {level} · Upućeno: {addressee}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="82"/>
        <source>Level: {level}</source>
        <translation>Razina: {level}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="83"/>
        <source>Made at</source>
        <translation>Doneseno na</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="84"/>
        <source>See also: {items}</source>
        <translation>Vidi također: {items}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="85"/>
        <source>{number} {title} — described under {priority}</source>
        <translation>{number} {title} — opisano pod {priority}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="86"/>
        <source>whole event</source>
        <translation>cijeli događaj</translation>
    </message>
</context>
<context>
    <name>research</name>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="45"/>
        <source>Pseudonym of the respondent: the same person has the same pseudonym in every export from this database; it cannot be turned back into a name.</source>
        <translation>Pseudonim ispitanika: ista osoba ima isti pseudonim u svakom izvozu iz ove baze podataka; ne može se pretvoriti natrag u ime.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="48"/>
        <source>Pseudonym of the interview.</source>
        <translation>Pseudonim intervjua.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="49"/>
        <source>draft or completed</source>
        <translation>skica ili dovršen</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="50"/>
        <source>Year of the interview.</source>
        <translation>Godina intervjua.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="51"/>
        <source>The event the interview belongs to (title).</source>
        <translation>Događaj kojem intervju pripada (naslov).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="53"/>
        <source>Respondent category.</source>
        <translation>Kategorija ispitanika.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="54"/>
        <source>Respondent country (ISO 3166 code).</source>
        <translation>Država ispitanika (kod ISO 3166).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="55"/>
        <source>Respondent age band at the interview date.</source>
        <translation>Dobna skupina ispitanika na datum intervjua.</translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <location filename="../ecnet_desktop/services/restore.py" line="69"/>
        <source>The backup {backup} is damaged too ({problem}); nothing was changed.</source>
        <translation>I sigurnosna kopija {backup} je oštećena ({problem}); ništa nije promijenjeno.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/restore.py" line="80"/>
        <source>Copying the backup failed ({problem}); nothing was changed.</source>
        <translation>Kopiranje sigurnosne kopije nije uspjelo ({problem}); ništa nije promijenjeno.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/restore.py" line="94"/>
        <source>Could not restore {backup} to {path}: {reason}</source>
        <translation>Nije moguće vratiti {backup} u {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="133"/>
        <source>Overview</source>
        <translation>Pregled</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="134"/>
        <source>Events</source>
        <translation>Događaji</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="135"/>
        <source>People</source>
        <translation>Osobe</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="136"/>
        <source>Check-in</source>
        <translation>Evidencija dolazaka</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="137"/>
        <source>Notes</source>
        <translation>Bilješke</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="138"/>
        <source>Interviews</source>
        <translation>Intervjui</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="139"/>
        <source>Exchange</source>
        <translation>Razmjena</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="140"/>
        <source>Reports</source>
        <translation>Izvješća</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <location filename="../ecnet_desktop/services/consent.py" line="26"/>
        <source>{name} has no recorded consent to the processing of their personal data; record it (Edit person, Consents) before checking them in.</source>
        <translation>Za osobu {name} nije zabilježena privola za obradu osobnih podataka; zabilježite je (Uređivanje osobe, Privole) prije evidentiranja dolaska.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/consent.py" line="29"/>
        <source>Nobody is checked in without a recorded consent to the processing of their personal data.</source>
        <translation>Ničiji se dolazak ne evidentira bez zabilježene privole za obradu osobnih podataka.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/project_settings.py" line="58"/>
        <source>A target cannot be negative.</source>
        <translation>Cilj ne može biti negativan.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/project_settings.py" line="68"/>
        <source>The retention period must be between 1 and 50 years.</source>
        <translation>Razdoblje čuvanja mora biti između 1 i 50 godina.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="21"/>
        <location filename="../ecnet_desktop/services/sync_apply.py" line="334"/>
        <source>No event with id {id}.</source>
        <translation>Nema događaja s ID-om {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="22"/>
        <source>No person with id {id}.</source>
        <translation>Nema osobe s ID-om {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="23"/>
        <location filename="../ecnet_desktop/services/base.py" line="24"/>
        <source>No organisation with id {id}.</source>
        <translation>Nema organizacije s ID-om {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="25"/>
        <source>No facilitator with id {id}.</source>
        <translation>Nema moderatora s ID-om {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="26"/>
        <source>No session with id {id}.</source>
        <translation>Nema sesije s ID-om {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="27"/>
        <source>No methodology with id {id}.</source>
        <translation>Nema metodologije s ID-om {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="28"/>
        <source>No interview guide with id {id}.</source>
        <translation>Nema vodiča za intervju s ID-om {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="29"/>
        <source>No interview with id {id}.</source>
        <translation>Nema intervjua s ID-om {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="30"/>
        <source>No question with id {id}.</source>
        <translation>Nema pitanja s ID-om {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="31"/>
        <source>No note with id {id}.</source>
        <translation>Nema bilješke s ID-om {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="33"/>
        <source>No record with id {id}.</source>
        <translation>Nema zapisa s ID-om {id}.</translation>
    </message>
</context>
<context>
    <name>statistics</name>
    <message>
        <location filename="../ecnet_desktop/services/statistics.py" line="79"/>
        <source>under 18</source>
        <translation>mlađi od 18</translation>
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
        <translation>stariji od 65</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/statistics.py" line="84"/>
        <source>unknown</source>
        <translation>nepoznato</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/statistics.py" line="88"/>
        <source>participants</source>
        <translation>sudionici</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/statistics.py" line="89"/>
        <source>staff</source>
        <translation>osoblje</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/statistics.py" line="90"/>
        <source>interpreters</source>
        <translation>prevoditelji</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <location filename="../ecnet_desktop/store/database.py" line="169"/>
        <source>There is no database at {path}.</source>
        <translation>Na lokaciji {path} nema baze podataka.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/database.py" line="176"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Mapa {folder} ne postoji.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/database.py" line="183"/>
        <source>{path} is not an EC-NET Desktop database.</source>
        <translation>{path} nije baza podataka aplikacije EC-NET Desktop.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/database.py" line="194"/>
        <source>Cannot open the database {url}: {reason}</source>
        <translation>Nije moguće otvoriti bazu podataka {url}: {reason}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/integrity.py" line="125"/>
        <source>The database {path} is damaged ({problem}). The latest good backup is {backup}.</source>
        <translation>Baza podataka {path} je oštećena ({problem}). Posljednja ispravna sigurnosna kopija je {backup}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/integrity.py" line="128"/>
        <source>The database {path} is damaged ({problem}) and there is no good backup of it.</source>
        <translation>Baza podataka {path} je oštećena ({problem}) i nema ispravne sigurnosne kopije.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/integrity.py" line="149"/>
        <source>The database {path} is read-only: nothing can be saved. Copy it to a folder you can write to (not a read-only USB stick or CD) and open the copy.</source>
        <translation>Baza podataka {path} dostupna je samo za čitanje: ništa se ne može spremiti. Kopirajte je u mapu u koju možete pisati (ne na USB memoriju ili CD samo za čitanje) i otvorite kopiju.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/integrity.py" line="154"/>
        <source>The disk holding {path} is full: the last change was not saved. Free some space and try again.</source>
        <translation>Disk na kojem se nalazi {path} je pun: posljednja promjena nije spremljena. Oslobodite malo prostora i pokušajte ponovno.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/integrity.py" line="158"/>
        <source>The database {path} is in use by another program that did not let go of it; the change was not saved. Try again in a moment.</source>
        <translation>Bazu podataka {path} koristi drugi program koji je nije otpustio; promjena nije spremljena. Pokušajte ponovno za trenutak.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/migrate.py" line="125"/>
        <source>This database was not created by EC-NET Desktop; it is left untouched.</source>
        <translation>Ovu bazu podataka nije stvorio EC-NET Desktop; ostavljena je netaknuta.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/migrate.py" line="131"/>
        <source>This database was written by a newer version of EC-NET Desktop (schema {revision}). Install the newer version to open it; it has not been changed.</source>
        <translation>Ovu je bazu podataka zapisala novija verzija aplikacije EC-NET Desktop (shema {revision}). Instalirajte noviju verziju da biste je otvorili; nije promijenjena.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/backup.py" line="51"/>
        <source>Could not back up the database to {folder} ({reason}), so nothing was changed. Free some disk space or make the folder writable, then try again.</source>
        <translation>Sigurnosna kopija baze podataka u {folder} nije uspjela ({reason}), pa ništa nije promijenjeno. Oslobodite prostor na disku ili omogućite pisanje u mapu, a zatim pokušajte ponovno.</translation>
    </message>
</context>
<context>
    <name>subject access</name>
    <message>
        <location filename="../ecnet_desktop/exchange/subject_access_xlsx.py" line="24"/>
        <source>About</source>
        <translation>O osobi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/subject_access_xlsx.py" line="25"/>
        <source>Written on {date} by {device}.</source>
        <translation>Zapisano {date}, uređaj {device}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/subject_access_xlsx.py" line="26"/>
        <location filename="../ecnet_desktop/printing/subject_access_pdf.py" line="46"/>
        <source>(nothing held)</source>
        <translation>(ništa se ne čuva)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/subject_access_pdf.py" line="45"/>
        <source>Contains personal data — confidential</source>
        <translation>Sadrži osobne podatke — povjerljivo</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="31"/>
        <location filename="../ecnet_desktop/domain/validation.py" line="84"/>
        <source>{field} is required.</source>
        <translation>Polje {field} je obavezno.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="46"/>
        <source>{field} contains a character that cannot be saved (U+{code}); remove it.</source>
        <translation>{field} sadrži znak koji se ne može spremiti (U+{code}); uklonite ga.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="54"/>
        <source>{field} is too long ({length} characters; at most {limit}).</source>
        <translation>{field} je predugo ({length} znakova; najviše {limit}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="71"/>
        <source>{field}: &apos;{value}&apos; is not one of: {allowed}.</source>
        <translation>{field}: &apos;{value}&apos; nije jedno od: {allowed}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="92"/>
        <source>{field}: &apos;{value}&apos; is not a known country or ISO code.</source>
        <translation>{field}: &apos;{value}&apos; nije poznata država ni ISO kod.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="105"/>
        <source>{field}: &apos;{value}&apos; is not an e-mail address.</source>
        <translation>{field}: &apos;{value}&apos; nije adresa e-pošte.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="116"/>
        <source>{field}: &apos;{value}&apos; is not a phone number.</source>
        <translation>{field}: &apos;{value}&apos; nije telefonski broj.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="126"/>
        <source>{field} ({end}) is before the start ({start}).</source>
        <translation>{field} ({end}) je prije početka ({start}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="141"/>
        <source>{field}: &apos;{value}&apos; is not a date (YYYY-MM-DD).</source>
        <translation>{field}: &apos;{value}&apos; nije datum (GGGG-MM-DD).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="154"/>
        <source>{field}: &apos;{value}&apos; is not a date and time.</source>
        <translation>{field}: &apos;{value}&apos; nije datum i vrijeme.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="170"/>
        <source>{field}: &apos;{value}&apos; is not a year between 1900 and {last}.</source>
        <translation>{field}: &apos;{value}&apos; nije godina između 1900. i {last}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="191"/>
        <source>{field}: &apos;{value}&apos; is not a programme priority.</source>
        <translation>{field}: &apos;{value}&apos; nije prioritet programa.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/consent.py" line="138"/>
        <source>Choose the kind of consent.</source>
        <translation>Odaberite vrstu privole.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/consent.py" line="142"/>
        <source>A consent text needs a version, e.g. 2021-1.</source>
        <translation>Tekst privole treba imati verziju, npr. 2021-1.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/consent.py" line="146"/>
        <source>Write the text people are shown.</source>
        <translation>Napišite tekst koji se prikazuje osobama.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/consent.py" line="159"/>
        <source>There is already a text of this kind with version {version} in this language.</source>
        <translation>Tekst ove vrste s verzijom {version} na ovom jeziku već postoji.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/consent.py" line="170"/>
        <source>Say who recorded the consent.</source>
        <translation>Navedite tko je zabilježio privolu.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/events.py" line="67"/>
        <source>The session must end after it starts.</source>
        <translation>Sesija mora završiti nakon što počne.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/events.py" line="75"/>
        <source>The session ({start}) falls outside the event&apos;s dates ({first} to {last}).</source>
        <translation>Sesija ({start}) je izvan datuma događaja (od {first} do {last}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/events.py" line="164"/>
        <source>The session “{title}” ({start}) would fall outside the new dates; move or delete it first.</source>
        <translation>Sesija „{title}“ ({start}) bila bi izvan novih datuma; najprije je premjestite ili izbrišite.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/methodologies.py" line="54"/>
        <source>The duration &apos;{value}&apos; is not a number of minutes between 1 and 1440.</source>
        <translation>Trajanje &apos;{value}&apos; nije broj minuta između 1 i 1440.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/notes.py" line="92"/>
        <source>A note needs some text.</source>
        <translation>Bilješka treba imati tekst.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/notes.py" line="97"/>
        <location filename="../ecnet_desktop/services/notes.py" line="247"/>
        <source>A note can be linked to at most {most} others.</source>
        <translation>Bilješka može biti povezana s najviše {most} drugih.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/notes.py" line="239"/>
        <source>A note cannot be linked to itself.</source>
        <translation>Bilješka ne može biti povezana sama sa sobom.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/notes.py" line="300"/>
        <source>A note belongs to an event or a session.</source>
        <translation>Bilješka pripada događaju ili sesiji.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/people.py" line="49"/>
        <source>A person needs a given or a family name.</source>
        <translation>Osoba treba imati ime ili prezime.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/people.py" line="99"/>
        <source>This person&apos;s data was erased; the record cannot be edited.</source>
        <translation>Podaci ove osobe su izbrisani; zapis se ne može uređivati.</translation>
    </message>
</context>
<context>
    <name>xlsform</name>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="59"/>
        <source>Sheet {sheet}, row {row}, column {column}: &apos;{value}&apos; — {expected}</source>
        <translation>List {sheet}, redak {row}, stupac {column}: &apos;{value}&apos; — {expected}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="70"/>
        <source>{file} was not imported: %Ln problems.
{details}</source>
        <translation>
            <numerusform>{file} nije uvezen: %Ln problem.
{details}</numerusform>
            <numerusform>{file} nije uvezen: %Ln problema.
{details}</numerusform>
            <numerusform>{file} nije uvezen: %Ln problema.
{details}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="145"/>
        <source>{file} is damaged ({reason}).</source>
        <translation>Datoteka {file} je oštećena ({reason}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="154"/>
        <source>{file} has no &apos;survey&apos; sheet: it is not an XLSForm guide.</source>
        <translation>{file} nema list &apos;survey&apos;: nije vodič u obliku XLSForm.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="177"/>
        <source>a column headed &apos;{column}&apos; in the first row</source>
        <translation>stupac sa zaglavljem &apos;{column}&apos; u prvom retku</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="180"/>
        <source>at least one column headed label or label::&lt;language&gt;, e.g. label::en</source>
        <translation>barem jedan stupac sa zaglavljem label ili label::&lt;language&gt;, npr. label::en</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="193"/>
        <source>at least one question</source>
        <translation>barem jedno pitanje</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="209"/>
        <source>the name of the list this choice belongs to</source>
        <translation>naziv popisa kojem ovaj izbor pripada</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="213"/>
        <source>the value of the choice (a short code)</source>
        <translation>vrijednost izbora (kratki kod)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="218"/>
        <source>a value not used before in the list {list}</source>
        <translation>vrijednost koja se još nije upotrijebila u popisu {list}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="235"/>
        <source>a list named {list} in the choices sheet</source>
        <translation>popis naziva {list} na listu choices</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="246"/>
        <source>one of: text, integer, decimal, select_one &lt;list&gt;, select_multiple &lt;list&gt;, begin_group, end_group</source>
        <translation>jedno od: text, integer, decimal, select_one &lt;list&gt;, select_multiple &lt;list&gt;, begin_group, end_group</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="262"/>
        <source>begin_group (repeats are not supported)</source>
        <translation>begin_group (ponavljanja nisu podržana)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="268"/>
        <source>a begin_group above this end_group</source>
        <translation>begin_group iznad ovog end_group</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="282"/>
        <source>a name starting with a letter, of letters, digits and _ . - (at most 64)</source>
        <translation>naziv koji počinje slovom, od slova, znamenki i _ . - (najviše 64)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="286"/>
        <source>a name not used by another question</source>
        <translation>naziv koji ne koristi drugo pitanje</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="290"/>
        <source>the question&apos;s text in at least one label column</source>
        <translation>tekst pitanja u barem jednom stupcu label</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="294"/>
        <source>yes or no (empty: no)</source>
        <translation>yes ili no (prazno: no)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="297"/>
        <source>at most {n} questions in a guide</source>
        <translation>najviše {n} pitanja u vodiču</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="313"/>
        <source>an end_group closing the group {group}</source>
        <translation>end_group koji zatvara skupinu {group}</translation>
    </message>
</context>
</TS>
