<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AnalysisTab</name>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="91"/>
        <source>&amp;Guide:</source>
        <translation>&amp;Traccia:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="91"/>
        <source>&amp;Question:</source>
        <translation>&amp;Domanda:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="92"/>
        <source>Co&amp;mpare by:</source>
        <translation>Co&amp;nfronta per:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="92"/>
        <source>Ca&amp;tegory:</source>
        <translation>Categ&amp;oria:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="93"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Paese:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="93"/>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="94"/>
        <source>&amp;Year:</source>
        <translation>&amp;Anno:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="110"/>
        <source>nothing</source>
        <translation>nulla</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="110"/>
        <source>category</source>
        <translation>categoria</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="111"/>
        <source>country</source>
        <translation>paese</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="111"/>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="112"/>
        <source>year</source>
        <translation>anno</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="146"/>
        <source>Interviews per event</source>
        <translation>Interviste per evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="165"/>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="166"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="167"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="169"/>
        <source>Priorities</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="171"/>
        <source>Codes</source>
        <translation>Codici</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="176"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="177"/>
        <source>Completed</source>
        <translation>Completate</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="179"/>
        <source>Drafts</source>
        <translation>Bozze</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="199"/>
        <source>free codes, comma-separated</source>
        <translation>codici liberi, separati da virgole</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="200"/>
        <source>Co&amp;des:</source>
        <translation>&amp;Codici:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="202"/>
        <source>Save codin&amp;g</source>
        <translation>Salva codi&amp;fica</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="204"/>
        <source>Save the ticked priorities and codes for the selected answer (Enter in the codes box)</source>
        <translation>Salva le priorità spuntate e i codici della risposta selezionata (Invio nella casella dei codici)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="244"/>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="267"/>
        <source>all</source>
        <translation>tutti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="305"/>
        <source>Counting…</source>
        <translation>Conteggio in corso…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="314"/>
        <source>No question chosen</source>
        <translation>Nessuna domanda scelta</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="346"/>
        <source>%Ln respondents answered.</source>
        <translation>
            <numerusform>Ha risposto %Ln intervistato.</numerusform>
            <numerusform>Hanno risposto %Ln intervistati.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="176"/>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="336"/>
        <source>(no event)</source>
        <translation>(nessun evento)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="322"/>
        <source>%Ln open answers</source>
        <translation>
            <numerusform>%Ln risposta aperta</numerusform>
            <numerusform>%Ln risposte aperte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="337"/>
        <source>all respondents</source>
        <translation>tutti gli intervistati</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="341"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="341"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="348"/>
        <source>Mean: {mean}</source>
        <translation>Media: {mean}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="379"/>
        <source>Code an open answer</source>
        <translation>Codifica una risposta aperta</translation>
    </message>
</context>
<context>
    <name>AttendanceMatrixView</name>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="382"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="383"/>
        <source>Any part of a name, organisation or town</source>
        <translation>Parte di un nome, di un&apos;organizzazione o di una città</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="385"/>
        <source>Marking a signed paper sheet: arrows move, Space ticks or unticks (every selected box at once; Shift+arrows select), Ctrl+Z undoes. Ticks made here are recorded as “paper sheet”.</source>
        <translation>Registrazione da un foglio cartaceo firmato: le frecce spostano, la barra spaziatrice spunta o toglie la spunta (a tutte le caselle selezionate insieme; Maiusc+frecce per selezionare), Ctrl+Z annulla. Le spunte inserite qui sono registrate come “foglio cartaceo”.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="428"/>
        <source>No event chosen</source>
        <translation>Nessun evento scelto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="429"/>
        <source>Nobody registered or present yet</source>
        <translation>Ancora nessun iscritto o presente</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="431"/>
        <source>{people} people · {sessions} sessions · {ticks} present in all</source>
        <translation>{people} persone · {sessions} sessioni · {ticks} presenze in totale</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="465"/>
        <source>Tick %Ln attendances</source>
        <translation>
            <numerusform>Spunta %Ln presenza</numerusform>
            <numerusform>Spunta %Ln presenze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="466"/>
        <source>Untick %Ln attendances</source>
        <translation>
            <numerusform>Togli la spunta a %Ln presenza</numerusform>
            <numerusform>Togli la spunta a %Ln presenze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="467"/>
        <source>Change %Ln attendances</source>
        <translation>
            <numerusform>Modifica %Ln presenza</numerusform>
            <numerusform>Modifica %Ln presenze</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckinDesk</name>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="188"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="189"/>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="190"/>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="411"/>
        <source>&amp;Session:</source>
        <translation>&amp;Sessione:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="412"/>
        <source>&amp;Walk-in…</source>
        <translation>&amp;Iscrizione sul posto…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="413"/>
        <source>Register someone who is not in the list and check them in (Ctrl+N)</source>
        <translation>Iscrivere una persona che non è nell&apos;elenco e registrarne il check-in (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="416"/>
        <source>Type a name, organisation or town — or scan a badge</source>
        <translation>Digitare un nome, un&apos;organizzazione o una città, oppure scansionare un badge</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="417"/>
        <source>This session</source>
        <translation>Questa sessione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="419"/>
        <source>Enter: check in the highlighted person   ·   ↑ ↓: choose   ·   Ctrl+Z: undo the last check-in   ·   Ctrl+N: walk-in   ·   Esc: clear</source>
        <translation>Invio: check-in della persona evidenziata   ·   ↑ ↓: scegli   ·   Ctrl+Z: annulla l&apos;ultimo check-in   ·   Ctrl+N: iscrizione sul posto   ·   Esc: cancella</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="485"/>
        <source>No event chosen</source>
        <translation>Nessun evento scelto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="487"/>
        <source>Choose the current event in the toolbar to check people in.</source>
        <translation>Scegliere l&apos;evento corrente nella barra degli strumenti per registrare i check-in.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="491"/>
        <source>{title} — {place}</source>
        <translation>{title} — {place}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="494"/>
        <source>This event has no sessions yet.</source>
        <translation>Questo evento non ha ancora sessioni.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="495"/>
        <source>Add its programme in the Events section.</source>
        <translation>Aggiungerne il programma nella sezione Eventi.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="657"/>
        <source>Nobody found for “{text}”.</source>
        <translation>Nessun risultato per “{text}”.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="658"/>
        <source>Check the spelling, or press Ctrl+N to register a walk-in.</source>
        <translation>Controllare l&apos;ortografia o premere Ctrl+N per un&apos;iscrizione sul posto.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="688"/>
        <source>Badge not accepted</source>
        <translation>Badge non accettato</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="716"/>
        <source>Check in {name}</source>
        <translation>Check-in di {name}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="724"/>
        <source>{name} is already checked in</source>
        <translation>{name} ha già fatto il check-in</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="725"/>
        <source>{where} — since {time}</source>
        <translation>{where} — dalle {time}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="727"/>
        <source>since {time}</source>
        <translation>dalle {time}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="732"/>
        <source>{where} — now registered for this event</source>
        <translation>{where} — ora iscritto a questo evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="733"/>
        <source>now registered for this event</source>
        <translation>ora iscritto a questo evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="741"/>
        <source>Check-in of {name} undone</source>
        <translation>Check-in di {name} annullato</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="742"/>
        <source>Press Ctrl+Shift+Z to check them in again.</source>
        <translation>Premere Ctrl+Maiusc+Z per ripetere il check-in.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="754"/>
        <source>Type a name, organisation or town, or scan a badge. Enter checks in.</source>
        <translation>Digitare un nome, un&apos;organizzazione o una città, oppure scansionare un badge. Invio registra il check-in.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="818"/>
        <source>present / registered</source>
        <translation>presenti / iscritti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="821"/>
        <source>Local: {count}</source>
        <translation>Locali: {count}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="823"/>
        <source>International: {count} ({share} %)</source>
        <translation>Internazionali: {count} ({share} %)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="827"/>
        <source>⚠ International participants are below one third of those present ({international} of {present}). The grant counts this event as international only with at least one third from abroad.</source>
        <translation>⚠ I partecipanti internazionali sono meno di un terzo dei presenti ({international} su {present}). La sovvenzione considera internazionale questo evento solo se almeno un terzo dei partecipanti proviene dall&apos;estero.</translation>
    </message>
</context>
<context>
    <name>CheckinSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="859"/>
        <source>&amp;Desk</source>
        <translation>&amp;Banco</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="860"/>
        <source>Attendance &amp;matrix</source>
        <translation>&amp;Matrice delle presenze</translation>
    </message>
</context>
<context>
    <name>Compendium</name>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_printing.py" line="40"/>
        <source>Saved {path}.</source>
        <translation>Salvato {path}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_printing.py" line="47"/>
        <source>Writing {path}…</source>
        <translation>Scrittura di {path}…</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="170"/>
        <source>No open conflicts. When two laptops change the same field, both values show here.</source>
        <translation>Nessun conflitto aperto. Quando due portatili modificano lo stesso campo, qui compaiono entrambi i valori.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="173"/>
        <source>&amp;Restore this value</source>
        <translation>&amp;Ripristina questo valore</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="175"/>
        <source>Put the losing value back, as a new edit made on this laptop</source>
        <translation>Reinserire il valore perdente come nuova modifica fatta su questo portatile</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="182"/>
        <source>When two laptops changed the same field, one value wins everywhere; the other is kept here so you can put it back.</source>
        <translation>Quando due portatili modificano lo stesso campo, un valore prevale ovunque; l&apos;altro viene conservato qui per poterlo ripristinare.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="195"/>
        <source>Open conflicts: {n}</source>
        <translation>Conflitti aperti: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="196"/>
        <source>No open conflicts.</source>
        <translation>Nessun conflitto aperto.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="219"/>
        <source>Value restored.</source>
        <translation>Valore ripristinato.</translation>
    </message>
</context>
<context>
    <name>ConsentTextDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="43"/>
        <source>Consent text</source>
        <translation>Testo del consenso</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="44"/>
        <source>Edit consent text</source>
        <translation>Modifica testo del consenso</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="49"/>
        <source>e.g. 2021-1</source>
        <translation>es. 2021-1</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="54"/>
        <source>The wording people read before they agree</source>
        <translation>Il testo che le persone leggono prima di dare il consenso</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="63"/>
        <source>&amp;Consent to:</source>
        <translation>&amp;Consenso a:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="64"/>
        <source>&amp;Version:</source>
        <translation>&amp;Versione:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="65"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="66"/>
        <source>&amp;Text:</source>
        <translation>&amp;Testo:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="93"/>
        <source>New consent text {version}</source>
        <translation>Nuovo testo del consenso {version}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="102"/>
        <source>Edit consent text {version}</source>
        <translation>Modifica testo del consenso {version}</translation>
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
        <translation>non iscritto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="104"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="106"/>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="107"/>
        <source>Town</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="108"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="109"/>
        <source>Registration</source>
        <translation>Iscrizione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="174"/>
        <source>Checked in at {time}</source>
        <translation>Check-in alle {time}</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="133"/>
        <source>Duplicate event</source>
        <translation>Duplica evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="142"/>
        <source>A copy of “{title}” with its programme, moved to the new dates. Registrations are not copied.</source>
        <translation>Una copia di “{title}” con il suo programma, spostata alle nuove date. Le iscrizioni non vengono copiate.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="145"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="146"/>
        <source>&amp;Starts on:</source>
        <translation>&amp;Inizia il:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="159"/>
        <source>Duplicate event “{title}”</source>
        <translation>Duplica evento “{title}”</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="53"/>
        <source>Person</source>
        <translation>Persona</translation>
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
        <translation>Forse la stessa persona di</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="60"/>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="61"/>
        <source>Likeness</source>
        <translation>Somiglianza</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="71"/>
        <source>Possible duplicates</source>
        <translation>Possibili duplicati</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/people_view.py" line="87"/>
        <source>%Ln pairs of people may be the same person. Check them before the exchange merges records.</source>
        <translation>
            <numerusform>%Ln coppia di persone potrebbe corrispondere alla stessa persona. Verificarla prima che lo scambio unisca i record.</numerusform>
            <numerusform>%Ln coppie di persone potrebbero corrispondere alla stessa persona. Verificarle prima che lo scambio unisca i record.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="89"/>
        <source>No possible duplicates found.</source>
        <translation>Nessun possibile duplicato trovato.</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="239"/>
        <source>Press Find possible duplicates to look for people entered twice.</source>
        <translation>Premi Trova possibili duplicati per cercare persone inserite due volte.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="240"/>
        <source>Not searched yet.</source>
        <translation>Ricerca non ancora eseguita.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="242"/>
        <source>&amp;Find possible duplicates</source>
        <translation>&amp;Trova possibili duplicati</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="244"/>
        <source>Look for people who may have been entered twice, on this or another laptop</source>
        <translation>Cerca le persone che potrebbero essere state inserite due volte, su questo o su un altro portatile</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="245"/>
        <source>Merge into the fir&amp;st</source>
        <translation>Unisci nella &amp;prima</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="247"/>
        <source>Keep the first person and move the second one&apos;s registrations and check-ins to them</source>
        <translation>Mantieni la prima persona e trasferiscile le iscrizioni e i check-in della seconda</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="248"/>
        <source>Merge into the seco&amp;nd</source>
        <translation>Unisci nella &amp;seconda</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="250"/>
        <source>Keep the second person and move the first one&apos;s registrations and check-ins to them</source>
        <translation>Mantieni la seconda persona e trasferiscile le iscrizioni e i check-in della prima</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="283"/>
        <source>Looking for duplicates…</source>
        <translation>Ricerca dei duplicati…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="291"/>
        <source>Possible duplicates: {n}</source>
        <translation>Possibili duplicati: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="292"/>
        <source>No possible duplicates.</source>
        <translation>Nessun possibile duplicato.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="302"/>
        <source>Search cancelled.</source>
        <translation>Ricerca annullata.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="312"/>
        <source>Merge people</source>
        <translation>Unisci persone</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="313"/>
        <source>Merge {duplicate} into {survivor}? Their registrations and attendance move to {survivor}; the merge travels to every laptop.</source>
        <translation>Unire {duplicate} in {survivor}? Le sue iscrizioni e presenze passano a {survivor}; l&apos;unione viene trasmessa a tutti i portatili.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="44"/>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="110"/>
        <source>Erase personal data</source>
        <translation>Cancella dati personali</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="45"/>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="47"/>
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… e un&apos;altra</numerusform>
            <numerusform>… e altre %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="48"/>
        <source>Erase every personal detail of %Ln people:</source>
        <translation>
            <numerusform>Cancellare tutti i dati personali di %Ln persona:</numerusform>
            <numerusform>Cancellare tutti i dati personali di %Ln persone:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="50"/>
        <source>Erase every personal detail of {name}?</source>
        <translation>Cancellare tutti i dati personali di {name}?</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="55"/>
        <source>&lt;p&gt;&lt;b&gt;Removed for good:&lt;/b&gt; name, e-mail, phone, town, organisation, gender, birth year and consents; their name on notes and interviews; their data in the backups beside the database.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kept, without a name:&lt;/b&gt; country, category, registrations and attendance, so the project&apos;s figures stay right.&lt;/p&gt;&lt;p&gt;The erasure travels to the other laptops with the next exchange workbook; an older workbook cannot bring the data back. It cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Eliminati definitivamente:&lt;/b&gt; nome, e-mail, telefono, città, organizzazione, genere, anno di nascita e consensi; il nome su note e interviste; i dati nei backup accanto al database.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Conservati, senza nome:&lt;/b&gt; paese, categoria, iscrizioni e presenze, perché i dati del progetto restino corretti.&lt;/p&gt;&lt;p&gt;La cancellazione raggiunge gli altri portatili con la prossima cartella di lavoro di scambio; una cartella di lavoro più vecchia non può riportare indietro i dati. L&apos;operazione non può essere annullata.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="63"/>
        <source>I &amp;understand that this cannot be undone</source>
        <translation>&amp;Ho capito che l&apos;operazione non può essere annullata</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="65"/>
        <source>&amp;Erase</source>
        <translation>&amp;Cancella</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="87"/>
        <source>Erasing personal data…</source>
        <translation>Cancellazione dei dati personali…</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="43"/>
        <source>Something went wrong</source>
        <translation>Si è verificato un problema</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="54"/>
        <source>&lt;b&gt;EC-NET Desktop met an unexpected error.&lt;/b&gt;&lt;br&gt;Your work is still open and nothing you typed has been lost. Save or finish what you were doing; if the error comes back, restart the app and send the details below to whoever supports you.</source>
        <translation>&lt;b&gt;EC-NET Desktop ha riscontrato un errore imprevisto.&lt;/b&gt;&lt;br&gt;Il lavoro è ancora aperto e nulla di ciò che è stato digitato è andato perso. Salvare o completare l&apos;operazione in corso; se l&apos;errore si ripresenta, riavviare l&apos;app e inviare i dettagli seguenti a chi fornisce assistenza.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="71"/>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="134"/>
        <source>Show &amp;details</source>
        <translation>Mostra &amp;dettagli</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="74"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Copia dettagli</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="75"/>
        <source>Copy the error and the versions to the clipboard</source>
        <translation>Copiare l&apos;errore e le versioni negli appunti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="77"/>
        <source>Open &amp;log folder</source>
        <translation>Apri cartella dei &amp;log</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="104"/>
        <source>What happened: {summary}</source>
        <translation>Che cosa è successo: {summary}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="107"/>
        <source>What happened: {summary} (and {more} more)</source>
        <translation>Che cosa è successo: {summary} (e altri {more})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="110"/>
        <source>The log is in {path}</source>
        <translation>Il log si trova in {path}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="112"/>
        <source>No log file is being written.</source>
        <translation>Non viene scritto alcun file di log.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="125"/>
        <source>The details are on the clipboard.</source>
        <translation>I dettagli sono negli appunti.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="134"/>
        <source>Hide &amp;details</source>
        <translation>Nascondi &amp;dettagli</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="202"/>
        <source>New event</source>
        <translation>Nuovo evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="202"/>
        <source>Edit event</source>
        <translation>Modifica evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="221"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="222"/>
        <source>&amp;Title:</source>
        <translation>T&amp;itolo:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="223"/>
        <source>Host to&amp;wn:</source>
        <translation>&amp;Città ospitante:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="224"/>
        <source>&amp;Country:</source>
        <translation>&amp;Paese:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="225"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Sede:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="226"/>
        <source>&amp;Starts on:</source>
        <translation>Ini&amp;zio:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="227"/>
        <source>E&amp;nds on:</source>
        <translation>&amp;Fine:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="228"/>
        <source>Host &amp;organisation:</source>
        <translation>&amp;Organizzazione ospitante:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="230"/>
        <source>&amp;Priorities:</source>
        <translation>P&amp;riorità:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="231"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="281"/>
        <source>(none)</source>
        <translation>(nessuna)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="287"/>
        <source>Add new organisation…</source>
        <translation>Aggiungi nuova organizzazione…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="359"/>
        <source>Create event “{title}”</source>
        <translation>Crea evento “{title}”</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="363"/>
        <source>Edit event “{title}”</source>
        <translation>Modifica evento “{title}”</translation>
    </message>
</context>
<context>
    <name>EventsSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="66"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="67"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="68"/>
        <source>Host town</source>
        <translation>Città ospitante</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="69"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="71"/>
        <source>Dates</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="74"/>
        <source>Priorities</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="224"/>
        <source>No events to show. New event… adds one; or change the filters above.</source>
        <translation>Nessun evento da mostrare. Nuovo evento… ne aggiunge uno; oppure cambia i filtri qui sopra.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="246"/>
        <source>&amp;New event…</source>
        <translation>&amp;Nuovo evento…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="248"/>
        <source>Create an event: title, place, dates and the towns taking part</source>
        <translation>Crea un evento: titolo, luogo, date e città partecipanti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="249"/>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="251"/>
        <source>Change the selected event&apos;s details (double-click or Enter on a row)</source>
        <translation>Modifica i dati dell&apos;evento selezionato (doppio clic o Invio su una riga)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="252"/>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplica…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="253"/>
        <source>Copy the event and its programme as a template for the next one</source>
        <translation>Copiare l&apos;evento e il suo programma come modello per il successivo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="255"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="257"/>
        <source>Delete the selected event (Delete); Ctrl+Z brings it back</source>
        <translation>Elimina l&apos;evento selezionato (Canc); Ctrl+Z lo ripristina</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="290"/>
        <source>All kinds</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="300"/>
        <source>Title, town or venue</source>
        <translation>Titolo, città o sede</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="303"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="304"/>
        <source>&amp;Year:</source>
        <translation>&amp;Anno:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="305"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Paese:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="306"/>
        <source>Fil&amp;ter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="346"/>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="353"/>
        <source>All years</source>
        <translation>Tutti gli anni</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="358"/>
        <source>All countries</source>
        <translation>Tutti i paesi</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/events_view.py" line="375"/>
        <source>{shown} of %Ln events</source>
        <translation>
            <numerusform>{shown} di %Ln evento</numerusform>
            <numerusform>{shown} di %Ln eventi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="471"/>
        <location filename="../ecnet_desktop/ui/events_view.py" line="486"/>
        <source>Delete event</source>
        <translation>Elimina evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="472"/>
        <source>Delete “{title}” and its programme? Registrations, attendance and notes are kept; Edit → Undo brings the event back.</source>
        <translation>Eliminare “{title}” e il suo programma? Iscrizioni, presenze e note vengono conservate; Modifica → Annulla ripristina l&apos;evento.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="484"/>
        <source>Delete event “{title}”</source>
        <translation>Elimina evento “{title}”</translation>
    </message>
</context>
<context>
    <name>ExchangeSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="85"/>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="86"/>
        <source>Reading…</source>
        <translation>Lettura…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="87"/>
        <source>Ready to import</source>
        <translation>Pronto per l&apos;importazione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="88"/>
        <source>Rejected cells: cannot be imported</source>
        <translation>Celle rifiutate: impossibile importare</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="89"/>
        <source>Needs a password</source>
        <translation>Richiede una password</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="90"/>
        <source>Refused</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="99"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="106"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="115"/>
        <source>Sheet</source>
        <translation>Foglio</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="116"/>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="118"/>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="119"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="120"/>
        <source>Rule</source>
        <translation>Regola</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="479"/>
        <source>E&amp;xport</source>
        <translation>E&amp;sporta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="480"/>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="481"/>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflitti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="482"/>
        <source>&amp;Duplicates</source>
        <translation>&amp;Duplicati</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="483"/>
        <source>&amp;History</source>
        <translation>Cro&amp;nologia</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="484"/>
        <source>Exchange</source>
        <translation>Scambio</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="107"/>
        <source>Entity</source>
        <translation>Entità</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="108"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="109"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="110"/>
        <source>Losing value</source>
        <translation>Valore perdente</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="111"/>
        <source>Losing clock</source>
        <translation>Orologio perdente</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="112"/>
        <source>Winning clock</source>
        <translation>Orologio vincente</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="113"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="121"/>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="122"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="124"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="130"/>
        <source>First person</source>
        <translation>Prima persona</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="131"/>
        <source>Second person</source>
        <translation>Seconda persona</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="132"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="133"/>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="147"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="98"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="148"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="149"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="91"/>
        <source>Imported</source>
        <translation>Importato</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="151"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="107"/>
        <source>New</source>
        <translation>Nuovi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="152"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="108"/>
        <source>Updated</source>
        <translation>Aggiornati</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="153"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="109"/>
        <source>Unchanged</source>
        <translation>Invariati</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="154"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="110"/>
        <source>Conflicting</source>
        <translation>In conflitto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="155"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="111"/>
        <source>Rejected</source>
        <translation>Rifiutati</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="371"/>
        <source>&amp;Whole database</source>
        <translation>&amp;Intero database</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="372"/>
        <source>Current &amp;event only</source>
        <translation>Solo l&apos;&amp;evento corrente</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="373"/>
        <source>Export everything in this database</source>
        <translation>Esporta tutto il contenuto di questo database</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="374"/>
        <source>Export only what belongs to the current event</source>
        <translation>Esporta solo ciò che riguarda l&apos;evento corrente</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="381"/>
        <source>optional: encrypts the file</source>
        <translation>facoltativa: cifra il file</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="385"/>
        <source>Export to &amp;file…</source>
        <translation>Esporta su &amp;file…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="387"/>
        <source>Write an exchange workbook to carry to another laptop or to the coordinator</source>
        <translation>Scrivi una cartella di lavoro di scambio da portare su un altro portatile o al coordinatore</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="395"/>
        <source>What to export</source>
        <translation>Che cosa esportare</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="399"/>
        <source>Password for files that travel on USB sticks</source>
        <translation>Password per i file trasportati su chiavetta USB</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="401"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="402"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Ripeti:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="409"/>
        <source>Write an exchange workbook to carry to another laptop or to the coordinator.</source>
        <translation>Scrivere una cartella di lavoro di scambio da portare su un altro portatile o al coordinatore.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="413"/>
        <source>⚠ The workbook contains personal data (names, e-mails, phones, consents): protect it with a password when it travels, and delete it once it is imported.</source>
        <translation>⚠ La cartella di lavoro contiene dati personali (nomi, e-mail, telefoni, consensi): proteggerla con una password durante il trasporto ed eliminarla una volta importata.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="433"/>
        <source>Current &amp;event only: {title}</source>
        <translation>Solo l&apos;&amp;evento corrente: {title}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="434"/>
        <source>Current &amp;event only (none chosen)</source>
        <translation>Solo l&apos;&amp;evento corrente (nessuno scelto)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="448"/>
        <source>Last export: {when}</source>
        <translation>Ultima esportazione: {when}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="450"/>
        <source>Not exported yet.</source>
        <translation>Non ancora esportato.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="463"/>
        <source>The two passwords differ.</source>
        <translation>Le due password non coincidono.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="468"/>
        <source>Export workbook</source>
        <translation>Esporta cartella di lavoro</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="469"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro di Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="485"/>
        <source>Exporting…</source>
        <translation>Esportazione…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="486"/>
        <source>Exporting the workbook…</source>
        <translation>Esportazione della cartella di lavoro…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="497"/>
        <source>Exported %Ln rows to {file}.</source>
        <translation>
            <numerusform>Esportata %Ln riga in {file}.</numerusform>
            <numerusform>Esportate %Ln righe in {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="513"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Esportazione annullata; nessun file è stato scritto.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="242"/>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="279"/>
        <source>Choose the list</source>
        <translation>Scegliere l&apos;elenco</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="244"/>
        <source>A CSV or XLSX file from a partner town or an online form. Nothing is imported before you have seen the preview.</source>
        <translation>Un file CSV o XLSX di una città partner o di un modulo online. Nulla viene importato prima di averne visto l&apos;anteprima.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="248"/>
        <source>registrations.xlsx</source>
        <translation>iscrizioni.xlsx</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="249"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="250"/>
        <source>Choose the coordinator&apos;s workbook (.xlsx) to import</source>
        <translation>Scegli la cartella di lavoro del coordinatore (.xlsx) da importare</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="260"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="262"/>
        <source>&amp;Sheet:</source>
        <translation>F&amp;oglio:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="281"/>
        <source>Lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Elenchi (*.csv *.xlsx *.txt);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="104"/>
        <location filename="../ecnet_desktop/ui/first_run.py" line="105"/>
        <source>Welcome to EC-NET Desktop</source>
        <translation>Benvenuti in EC-NET Desktop</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="107"/>
        <source>EC-NET Desktop works offline. Give this laptop a name that colleagues will recognise in exchanged workbooks, for example “Laptop Bari 2”.</source>
        <translation>EC-NET Desktop funziona offline. Assegnare a questo portatile un nome che i colleghi riconosceranno nelle cartelle di lavoro scambiate, ad esempio “Portatile Bari 2”.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="109"/>
        <source>Name of this &amp;laptop:</source>
        <translation>Nome di questo &amp;portatile:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="110"/>
        <source>Lan&amp;guage:</source>
        <translation>Lin&amp;gua:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="111"/>
        <source>How would you like to start?</source>
        <translation>Come si desidera iniziare?</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="112"/>
        <source>Open the &amp;demo</source>
        <translation>Apri la &amp;demo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="114"/>
        <source>A realistic example to try things out: the six international events of EC-NET, about 600 people from more than nine countries. Kept apart from your own data.</source>
        <translation>Un esempio realistico per fare delle prove: i sei eventi internazionali di EC-NET, circa 600 persone da più di nove paesi. Tenuto separato dai propri dati.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="116"/>
        <source>Start &amp;empty</source>
        <translation>Inizia da &amp;zero</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="118"/>
        <source>Create your events and register people yourself.</source>
        <translation>Creare i propri eventi e iscrivere personalmente le persone.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="119"/>
        <source>&amp;Import the coordinator&apos;s workbook…</source>
        <translation>&amp;Importa la cartella di lavoro del coordinatore…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="121"/>
        <source>Start from the exchange workbook (.xlsx) the coordinator gave you; it is checked and previewed before anything is imported.</source>
        <translation>Iniziare dalla cartella di lavoro di scambio (.xlsx) ricevuta dal coordinatore; viene controllata e mostrata in anteprima prima di importare qualsiasi cosa.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="142"/>
        <source>The coordinator&apos;s workbook</source>
        <translation>La cartella di lavoro del coordinatore</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="143"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro di Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>GuideEditor</name>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="158"/>
        <source>Interview guide</source>
        <translation>Traccia dell&apos;intervista</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="162"/>
        <source>Language codes, comma-separated; the first is the main one, e.g. en,it,hr</source>
        <translation>Codici lingua separati da virgole; il primo è quello principale, ad es. en,it,hr</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="167"/>
        <source>&amp;Save guide</source>
        <translation>&amp;Salva traccia</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="168"/>
        <source>Save the guide&apos;s title, languages and questions</source>
        <translation>Salva titolo, lingue e domande della traccia</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="172"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="173"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Lingue:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="174"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="181"/>
        <source>&amp;Add question…</source>
        <translation>&amp;Aggiungi domanda…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="182"/>
        <source>Add a question at the end of the guide</source>
        <translation>Aggiungi una domanda alla fine della traccia</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="183"/>
        <source>&amp;Edit question…</source>
        <translation>&amp;Modifica domanda…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="185"/>
        <source>Change the selected question&apos;s text, type and choices</source>
        <translation>Modifica testo, tipo e opzioni della domanda selezionata</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="186"/>
        <source>De&amp;lete question</source>
        <translation>&amp;Elimina domanda</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="187"/>
        <source>Remove the selected question from the guide</source>
        <translation>Togli la domanda selezionata dalla traccia</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="188"/>
        <source>Move &amp;up</source>
        <translation>Sposta s&amp;u</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="189"/>
        <source>Ask the selected question one place earlier</source>
        <translation>Sposta la domanda selezionata di un posto in su</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="190"/>
        <source>Move do&amp;wn</source>
        <translation>Sposta &amp;giù</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="191"/>
        <source>Ask the selected question one place later</source>
        <translation>Sposta la domanda selezionata di un posto in giù</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="202"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="230"/>
        <source>New guide</source>
        <translation>Nuova traccia</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="240"/>
        <source>Edit guide</source>
        <translation>Modifica traccia</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="280"/>
        <source>Delete question</source>
        <translation>Elimina domanda</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="292"/>
        <source>Move question</source>
        <translation>Sposta domanda</translation>
    </message>
</context>
<context>
    <name>GuidesTab</name>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="121"/>
        <source>No interview guides yet. New guide… writes one; Import XLSForm… reads one.</source>
        <translation>Ancora nessuna traccia di intervista. Nuova traccia… ne scrive una; Importa XLSForm… ne legge una.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="126"/>
        <source>&amp;New guide…</source>
        <translation>&amp;Nuova traccia…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="127"/>
        <source>Write a new interview guide</source>
        <translation>Scrivi una nuova traccia di intervista</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="128"/>
        <source>&amp;Edit guide…</source>
        <translation>&amp;Modifica traccia…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="130"/>
        <source>Change the selected guide and its questions (double-click)</source>
        <translation>Modifica la traccia selezionata e le sue domande (doppio clic)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="131"/>
        <source>&amp;Import XLSForm…</source>
        <translation>&amp;Importa XLSForm…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="133"/>
        <source>Read a guide from an XLSForm workbook (KoboToolbox, ODK)</source>
        <translation>Leggi una traccia da una cartella di lavoro XLSForm (KoboToolbox, ODK)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="134"/>
        <source>E&amp;xport XLSForm…</source>
        <translation>E&amp;sporta XLSForm…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="135"/>
        <source>Save the selected guide as an XLSForm workbook</source>
        <translation>Salva la traccia selezionata come cartella di lavoro XLSForm</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="136"/>
        <source>&amp;Delete guide</source>
        <translation>&amp;Elimina traccia</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="137"/>
        <source>Delete the selected guide</source>
        <translation>Elimina la traccia selezionata</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="244"/>
        <source>Delete guide</source>
        <translation>Elimina traccia</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="252"/>
        <source>Import a guide (XLSForm)</source>
        <translation>Importa una traccia (XLSForm)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="253"/>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="281"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro di Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="279"/>
        <source>Export the guide (XLSForm)</source>
        <translation>Esporta la traccia (XLSForm)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="82"/>
        <source>EC-NET Desktop Help</source>
        <translation>Guida di EC-NET Desktop</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="83"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="84"/>
        <source>How &amp;syncing works</source>
        <translation>Come &amp;funziona la sincronizzazione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="85"/>
        <source>Anywhere</source>
        <translation>Ovunque</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="96"/>
        <source>Check-in desk</source>
        <translation>Banco del check-in</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="97"/>
        <source>Lists</source>
        <translation>Elenchi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="98"/>
        <source>Dialogs</source>
        <translation>Finestre di dialogo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="102"/>
        <source>Type a name or scan a badge</source>
        <translation>Digitare un nome o scansionare un badge</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="103"/>
        <source>Search the people of the event</source>
        <translation>Cercare tra le persone dell&apos;evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="104"/>
        <source>Check in the selected person</source>
        <translation>Check-in della persona selezionata</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="105"/>
        <source>Move through the results</source>
        <translation>Spostarsi tra i risultati</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="106"/>
        <source>Move a page at a time</source>
        <translation>Spostarsi di una pagina alla volta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="107"/>
        <source>Clear the search</source>
        <translation>Cancellare la ricerca</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="108"/>
        <source>Register a walk-in</source>
        <translation>Iscrivere una persona sul posto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="109"/>
        <source>Undo the last check-in</source>
        <translation>Annullare l&apos;ultimo check-in</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="110"/>
        <source>Open the selected record</source>
        <translation>Aprire il record selezionato</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="111"/>
        <source>Delete the selected record (can be undone)</source>
        <translation>Eliminare il record selezionato (annullabile)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="112"/>
        <source>Tick or untick attendance in the matrix</source>
        <translation>Spuntare o togliere la spunta alla presenza nella matrice</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="113"/>
        <source>Confirm (the default button)</source>
        <translation>Confermare (il pulsante predefinito)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="114"/>
        <source>Cancel and close</source>
        <translation>Annullare e chiudere</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="115"/>
        <source>Alt + underlined letter</source>
        <translation>Alt + lettera sottolineata</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="116"/>
        <source>Jump to that field or button</source>
        <translation>Passare a quel campo o pulsante</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="121"/>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="122"/>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="123"/>
        <source>What it does</source>
        <translation>Funzione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="128"/>
        <source>&lt;h2&gt;How syncing works&lt;/h2&gt;&lt;p&gt;Every laptop keeps its own database and works without a network. Laptops exchange data through &lt;b&gt;exchange workbooks&lt;/b&gt; (.xlsx files) carried on a USB stick or sent by e-mail.&lt;/p&gt;&lt;h3&gt;At the venue&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Register people, check them in and take notes as usual.&lt;/li&gt;&lt;li&gt;At the end of the day open &lt;b&gt;Exchange → Export&lt;/b&gt; and save a workbook. It holds everything this laptop knows; give it a password if it travels on a USB stick.&lt;/li&gt;&lt;li&gt;Hand the workbook to the coordinator.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;At the coordinator&apos;s desk&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Open &lt;b&gt;Exchange → Import&lt;/b&gt; and choose the workbooks from every laptop, in any order. Each file is checked and previewed first: new, updated, conflicting and rejected rows. Nothing changes until you press Import, and a backup is made before it.&lt;/li&gt;&lt;li&gt;Export a combined workbook and import it on every laptop, so all of them hold the same data again.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;What happens to edits&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Edits of &lt;i&gt;different&lt;/i&gt; fields of the same person, made on two laptops, both survive.&lt;/li&gt;&lt;li&gt;Edits of the &lt;i&gt;same&lt;/i&gt; field made without seeing each other are a &lt;b&gt;conflict&lt;/b&gt;: one value wins the same way on every laptop, and the other is kept in &lt;b&gt;Exchange → Conflicts&lt;/b&gt;, where you can restore it.&lt;/li&gt;&lt;li&gt;Importing the same workbook twice changes nothing; the order of imports does not matter.&lt;/li&gt;&lt;li&gt;The same person registered on two laptops shows up in &lt;b&gt;Exchange → Duplicates&lt;/b&gt;; merging them travels with the next workbook.&lt;/li&gt;&lt;li&gt;Deletions and GDPR erasures travel too; an old workbook cannot bring erased personal data back.&lt;/li&gt;&lt;li&gt;A cell corrected by hand in Excel or LibreOffice is recognised and imported as a new edit.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;Come funziona la sincronizzazione&lt;/h2&gt;&lt;p&gt;Ogni portatile ha il proprio database e funziona senza rete. I portatili si scambiano i dati tramite &lt;b&gt;cartelle di lavoro di scambio&lt;/b&gt; (file .xlsx) trasportate su chiavetta USB o inviate per e-mail.&lt;/p&gt;&lt;h3&gt;Presso la sede&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Iscrivere le persone, registrarne il check-in e prendere appunti come di consueto.&lt;/li&gt;&lt;li&gt;A fine giornata aprire &lt;b&gt;Scambio → Esporta&lt;/b&gt; e salvare una cartella di lavoro. Contiene tutto ciò che questo portatile conosce; proteggerla con una password se viaggia su chiavetta USB.&lt;/li&gt;&lt;li&gt;Consegnare la cartella di lavoro al coordinatore.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;Presso il coordinatore&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Aprire &lt;b&gt;Scambio → Importa&lt;/b&gt; e scegliere le cartelle di lavoro di tutti i portatili, in qualsiasi ordine. Ogni file viene prima controllato e mostrato in anteprima: righe nuove, aggiornate, in conflitto e rifiutate. Nulla cambia finché non si preme Importa, e prima viene creato un backup.&lt;/li&gt;&lt;li&gt;Esportare una cartella di lavoro combinata e importarla su ogni portatile, in modo che tutti contengano di nuovo gli stessi dati.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;Che cosa succede alle modifiche&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Le modifiche a campi &lt;i&gt;diversi&lt;/i&gt; della stessa persona, fatte su due portatili, vengono mantenute entrambe.&lt;/li&gt;&lt;li&gt;Le modifiche allo &lt;i&gt;stesso&lt;/i&gt; campo fatte indipendentemente l&apos;una dall&apos;altra sono un &lt;b&gt;conflitto&lt;/b&gt;: un valore prevale allo stesso modo su ogni portatile e l&apos;altro viene conservato in &lt;b&gt;Scambio → Conflitti&lt;/b&gt;, dove è possibile ripristinarlo.&lt;/li&gt;&lt;li&gt;Importare due volte la stessa cartella di lavoro non cambia nulla; l&apos;ordine delle importazioni non conta.&lt;/li&gt;&lt;li&gt;La stessa persona iscritta su due portatili compare in &lt;b&gt;Scambio → Duplicati&lt;/b&gt;; la loro unione viaggia con la cartella di lavoro successiva.&lt;/li&gt;&lt;li&gt;Anche le eliminazioni e le cancellazioni GDPR vengono trasmesse; una cartella di lavoro vecchia non può riportare indietro dati personali cancellati.&lt;/li&gt;&lt;li&gt;Una cella corretta a mano in Excel o LibreOffice viene riconosciuta e importata come nuova modifica.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="344"/>
        <source>Nothing imported yet. Imported exchange files are listed here.</source>
        <translation>Ancora nessuna importazione. Qui sono elencati i file di scambio importati.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="353"/>
        <source>Imports: {n}</source>
        <translation>Importazioni: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="354"/>
        <source>Nothing imported yet.</source>
        <translation>Ancora nessuna importazione.</translation>
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
        <translation>Evento corrente</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="63"/>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="63"/>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="63"/>
        <source>Session</source>
        <translation>Sessione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="63"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="69"/>
        <source>The database could not be opened. Use File → Open to choose one.</source>
        <translation>Non è stato possibile aprire il database. Usare File → Apri per sceglierne uno.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="70"/>
        <source>Opening database…</source>
        <translation>Apertura del database…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="81"/>
        <source>This database is empty. Use File → New or Open, or start from the demo.</source>
        <translation>Questo database è vuoto. Usare File → Nuovo o Apri, oppure iniziare dalla demo.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="84"/>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="85"/>
        <source>Sessions</source>
        <translation>Sessioni</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="86"/>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="87"/>
        <source>Countries</source>
        <translation>Paesi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="88"/>
        <source>Organisations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="89"/>
        <source>Registrations</source>
        <translation>Iscrizioni</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="90"/>
        <source>Attendances</source>
        <translation>Presenze</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="91"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="104"/>
        <source>No event chosen.</source>
        <translation>Nessun evento scelto.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="112"/>
        <source>Title:</source>
        <translation>Titolo:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="113"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="115"/>
        <source>Where:</source>
        <translation>Dove:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="119"/>
        <source>When:</source>
        <translation>Quando:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="120"/>
        <source>Priorities:</source>
        <translation>Priorità:</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="176"/>
        <source>Drop exchange workbooks (.xlsx) here, or press Choose files…</source>
        <translation>Trascina qui le cartelle di lavoro di scambio (.xlsx) oppure premi Scegli file…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="179"/>
        <source>Choose &amp;files…</source>
        <translation>Scegli &amp;file…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="181"/>
        <source>Pick exchange workbooks from other laptops to import</source>
        <translation>Scegli le cartelle di lavoro di scambio di altri portatili da importare</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="182"/>
        <source>Re&amp;move</source>
        <translation>Ri&amp;muovi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="184"/>
        <source>Take the selected file off the list; nothing is imported from it</source>
        <translation>Togli dall&apos;elenco il file selezionato; non ne viene importato nulla</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="185"/>
        <source>Imp&amp;ort</source>
        <translation>Imp&amp;orta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="186"/>
        <source>Import every listed file; a backup is made first</source>
        <translation>Importa tutti i file elencati; prima viene fatto un backup</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="187"/>
        <source>Cop&amp;y report</source>
        <translation>Cop&amp;ia rapporto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="188"/>
        <source>Copy the import report to the clipboard</source>
        <translation>Copia negli appunti il resoconto dell&apos;importazione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="189"/>
        <source>&amp;Save report…</source>
        <translation>&amp;Salva rapporto…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="190"/>
        <source>Save the import report as a text file</source>
        <translation>Salva il resoconto dell&apos;importazione come file di testo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="206"/>
        <source>Choose exchange workbooks, or drop .xlsx files here. Each is checked before anything changes.</source>
        <translation>Scegliere le cartelle di lavoro di scambio o trascinare qui i file .xlsx. Ognuno viene controllato prima di qualsiasi modifica.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="222"/>
        <source>Rejected cells:</source>
        <translation>Celle rifiutate:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="244"/>
        <source>Import workbooks</source>
        <translation>Importa cartelle di lavoro</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="244"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro di Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="311"/>
        <source>{file} is encrypted. Its password:</source>
        <translation>{file} è cifrato. La sua password:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="314"/>
        <source>Encrypted workbook</source>
        <translation>Cartella di lavoro cifrata</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="320"/>
        <source>no password given</source>
        <translation>nessuna password indicata</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="334"/>
        <source>No file chosen.</source>
        <translation>Nessun file scelto.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="339"/>
        <source>Exported by {device} on {time}. Conflicting values: {conflicts}; rows edited by hand: {hand}.</source>
        <translation>Esportato da {device} il {time}. Valori in conflitto: {conflicts}; righe modificate a mano: {hand}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="344"/>
        <source>{sheet}, column {column} ({header})</source>
        <translation>{sheet}, colonna {column} ({header})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="348"/>
        <source>Not read, their headers are unknown: {columns}</source>
        <translation>Non lette, le intestazioni sono sconosciute: {columns}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="349"/>
        <source>Imported</source>
        <translation>Importato</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="349"/>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="371"/>
        <source>The report is on the clipboard.</source>
        <translation>Il rapporto è negli appunti.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="379"/>
        <source>Save report</source>
        <translation>Salva rapporto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="379"/>
        <source>Text files (*.txt)</source>
        <translation>File di testo (*.txt)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="386"/>
        <source>Could not save the report: {reason}</source>
        <translation>Impossibile salvare il rapporto: {reason}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="389"/>
        <source>Report saved to {file}.</source>
        <translation>Rapporto salvato in {file}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="396"/>
        <source>Wait until every file has been checked.</source>
        <translation>Attendere che tutti i file siano stati controllati.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="417"/>
        <source>Importing {file}…</source>
        <translation>Importazione di {file}…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="443"/>
        <source>Files imported: {files}. Rows: {new} new, {updated} updated, {unchanged} unchanged; conflicting values: {conflicts}.</source>
        <translation>File importati: {files}. Righe: {new} nuove, {updated} aggiornate, {unchanged} invariate; valori in conflitto: {conflicts}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="450"/>
        <source>Cancelled; the file being imported was left unchanged.</source>
        <translation>Annullato; il file in corso di importazione non è stato modificato.</translation>
    </message>
</context>
<context>
    <name>ImportRegistrationsWizard</name>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="619"/>
        <source>Import registrations</source>
        <translation>Importa iscrizioni</translation>
    </message>
</context>
<context>
    <name>InterviewRunner</name>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="58"/>
        <source>Interview: {guide}</source>
        <translation>Intervista: {guide}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="64"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="86"/>
        <source>&amp;Back (PageUp)</source>
        <translation>&amp;Indietro (PagSu)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="88"/>
        <source>Go back to the previous question; what you typed is kept (PageUp)</source>
        <translation>Torna alla domanda precedente; ciò che hai scritto resta (PagSu)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="90"/>
        <source>&amp;Save draft (Ctrl+S)</source>
        <translation>&amp;Salva bozza (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="92"/>
        <source>Save the answers so far as a draft to resume later (Ctrl+S)</source>
        <translation>Salva le risposte date finora come bozza da riprendere più tardi (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="94"/>
        <source>&amp;Next (Ctrl+Enter)</source>
        <translation>&amp;Avanti (Ctrl+Invio)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="95"/>
        <source>Go to the next question (Ctrl+Enter)</source>
        <translation>Vai alla domanda successiva (Ctrl+Invio)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="118"/>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="121"/>
        <source>Before any question: explain the purpose of the research, that answers are analysed without names, that taking part is voluntary and can be stopped at any time. Ask whether the respondent agrees to be interviewed.

No consent, no answers.</source>
        <translation>Prima di qualsiasi domanda: spiegare lo scopo della ricerca, che le risposte vengono analizzate senza nomi, che la partecipazione è volontaria e può essere interrotta in qualsiasi momento. Chiedere se l&apos;intervistato accetta di essere intervistato.

Senza consenso, nessuna risposta.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="126"/>
        <source>The respondent &amp;consents to this interview (Space)</source>
        <translation>L&apos;intervistato &amp;acconsente a questa intervista (Spazio)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="130"/>
        <source>Space ticks the box; Enter or Ctrl+Enter starts the questions.</source>
        <translation>La barra spaziatrice spunta la casella; Invio o Ctrl+Invio avvia le domande.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="143"/>
        <source>End of the interview</source>
        <translation>Fine dell&apos;intervista</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="147"/>
        <source>&amp;Complete the interview (Ctrl+Enter)</source>
        <translation>&amp;Completa l&apos;intervista (Ctrl+Invio)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="149"/>
        <source>Mark the interview as completed and save it (Ctrl+Enter)</source>
        <translation>Segna l&apos;intervista come completata e salvala (Ctrl+Invio)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="166"/>
        <source>registered person</source>
        <translation>persona registrata</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="167"/>
        <source>anonymous respondent</source>
        <translation>intervistato anonimo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="247"/>
        <source>{answered} of {count} questions answered.</source>
        <translation>Risposte date: {answered} domande su {count}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="250"/>
        <source>Required questions still open: {numbers}.</source>
        <translation>Domande obbligatorie ancora aperte: {numbers}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="279"/>
        <source>No consent, no answers: tick the box only if the respondent agrees. Escape closes without an interview.</source>
        <translation>Senza consenso, nessuna risposta: spuntare la casella solo se l&apos;intervistato è d&apos;accordo. Esc chiude senza intervista.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="326"/>
        <source>Draft saved at {time}.</source>
        <translation>Bozza salvata alle {time}.</translation>
    </message>
</context>
<context>
    <name>InterviewsSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="73"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="74"/>
        <source>Languages</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="79"/>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="80"/>
        <source>Section</source>
        <translation>Sezione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="81"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="82"/>
        <source>Required</source>
        <translation>Obbligatoria</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="83"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="84"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="85"/>
        <source>Question</source>
        <translation>Domanda</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="91"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="93"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="94"/>
        <source>Respondent</source>
        <translation>Intervistato</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="95"/>
        <source>registered person</source>
        <translation>persona registrata</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="96"/>
        <source>anonymous</source>
        <translation>anonimo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="97"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="100"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="102"/>
        <source>Age band</source>
        <translation>Fascia d&apos;età</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="103"/>
        <source>Answers</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="105"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="106"/>
        <source>Interviewer</source>
        <translation>Intervistatore</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="479"/>
        <source>&amp;Interviews</source>
        <translation>&amp;Interviste</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="480"/>
        <source>G&amp;uides</source>
        <translation>T&amp;racce</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="481"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Analisi</translation>
    </message>
</context>
<context>
    <name>InterviewsTab</name>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="354"/>
        <source>No interviews to show. New interview… (Ctrl+N) starts one with the chosen guide.</source>
        <translation>Nessuna intervista da mostrare. Nuova intervista… (Ctrl+N) ne avvia una con la traccia scelta.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="309"/>
        <source>all</source>
        <translation>tutte</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="313"/>
        <source>&amp;Guide:</source>
        <translation>&amp;Traccia:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="315"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="317"/>
        <source>&amp;New interview… (Ctrl+N)</source>
        <translation>&amp;Nuova intervista… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="318"/>
        <source>Start an interview with the chosen guide (Ctrl+N)</source>
        <translation>Avvia un&apos;intervista con la traccia scelta (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="319"/>
        <source>&amp;Resume (Enter)</source>
        <translation>&amp;Riprendi (Invio)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="321"/>
        <source>Open the selected interview to continue or review it (Enter or double-click)</source>
        <translation>Apri l&apos;intervista selezionata per continuarla o rivederla (Invio o doppio clic)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="322"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="323"/>
        <source>Delete the selected interview and its answers</source>
        <translation>Elimina l&apos;intervista selezionata e le sue risposte</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="327"/>
        <source>Research e&amp;xport…</source>
        <translation>Esportazione per la ri&amp;cerca…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="329"/>
        <source>A pseudonymised workbook for researchers: no names or contacts, one row per interview, a codebook</source>
        <translation>Una cartella di lavoro pseudonimizzata per i ricercatori: niente nomi né contatti, una riga per intervista, un codebook</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="360"/>
        <source>all guides</source>
        <translation>tutte le tracce</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="388"/>
        <source>%Ln interviews</source>
        <translation>
            <numerusform>%Ln intervista</numerusform>
            <numerusform>%Ln interviste</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="391"/>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="392"/>
        <source>Loading interviews…</source>
        <translation>Caricamento delle interviste…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="439"/>
        <source>Wrote {file}: %Ln interviews, pseudonymised.</source>
        <translation>
            <numerusform>Scritto {file}: %Ln intervista, pseudonimizzata.</numerusform>
            <numerusform>Scritto {file}: %Ln interviste, pseudonimizzate.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="423"/>
        <source>Research export</source>
        <translation>Esportazione per la ricerca</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="425"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro di Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="442"/>
        <source>Writing the research export…</source>
        <translation>Scrittura dell&apos;esportazione per la ricerca…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="450"/>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="463"/>
        <source>Delete interview</source>
        <translation>Elimina intervista</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="451"/>
        <source>Delete this interview and its {n} answers?</source>
        <translation>Eliminare questa intervista e le sue {n} risposte?</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="289"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nuovo database…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="290"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Apri database…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="291"/>
        <source>Open &amp;recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="292"/>
        <source>Connect to a &amp;server…</source>
        <translation>Connetti a un &amp;server…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="293"/>
        <source>Restore from &amp;backup…</source>
        <translation>Ripristina da &amp;backup…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="294"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="295"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="296"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="297"/>
        <source>&amp;Help</source>
        <translation>&amp;Guida</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="298"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="299"/>
        <source>How &amp;syncing works</source>
        <translation>Come &amp;funziona la sincronizzazione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="300"/>
        <source>&amp;About EC-NET Desktop</source>
        <translation>&amp;Informazioni su EC-NET Desktop</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="303"/>
        <source>Create a new, empty database file</source>
        <translation>Creare un nuovo file di database vuoto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="304"/>
        <source>Open another database file</source>
        <translation>Aprire un altro file di database</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="305"/>
        <source>Open one of the databases used lately</source>
        <translation>Aprire uno dei database usati di recente</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="307"/>
        <source>Work on the coordinators&apos; shared PostgreSQL database instead of a file</source>
        <translation>Lavora sul database PostgreSQL condiviso dei coordinatori invece che su un file</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="309"/>
        <source>Replace this database with one of the backups taken before imports</source>
        <translation>Sostituisci questo database con uno dei backup fatti prima delle importazioni</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="310"/>
        <source>Close EC-NET Desktop</source>
        <translation>Chiudere EC-NET Desktop</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="311"/>
        <source>Undo the last change</source>
        <translation>Annullare l&apos;ultima modifica</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="312"/>
        <source>Redo the change just undone</source>
        <translation>Ripristinare la modifica appena annullata</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="314"/>
        <source>Language, name of this laptop, paper size, backups and retention</source>
        <translation>Lingua, nome di questo portatile, formato carta, backup e conservazione dei dati</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="315"/>
        <source>The keys that work in each part of the app</source>
        <translation>I tasti disponibili in ogni parte dell&apos;app</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="316"/>
        <source>How laptops exchange data through workbooks</source>
        <translation>Come i portatili si scambiano i dati tramite cartelle di lavoro</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="317"/>
        <source>Version, data folder and log folder</source>
        <translation>Versione, cartella dei dati e cartella dei log</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="322"/>
        <source>Choose a section</source>
        <translation>Scegliere una sezione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="323"/>
        <source>Current &amp;event:</source>
        <translation>&amp;Evento corrente:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="372"/>
        <source>The database could not be opened. Use File → Open to choose one.</source>
        <translation>Non è stato possibile aprire il database. Usare File → Apri per sceglierne uno.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="374"/>
        <source>Opening database…</source>
        <translation>Apertura del database…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="493"/>
        <source>Connect to a server</source>
        <translation>Connetti a un server</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="494"/>
        <source>Database URL, e.g. postgresql+psycopg://coordinator@hub.example.org/ecnet
(the password is read from ~/.pgpass or PGPASSWORD and never stored):</source>
        <translation>URL del database, ad es. postgresql+psycopg://coordinator@hub.example.org/ecnet
(la password viene letta da ~/.pgpass o PGPASSWORD e non viene mai salvata):</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="325"/>
        <source>The event that check-in, notes and reports use</source>
        <translation>L&apos;evento usato da check-in, note e rapporti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="330"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="453"/>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="463"/>
        <source>New database</source>
        <translation>Nuovo database</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="472"/>
        <source>{path} already exists. Use File → Open to open it; it has not been changed.</source>
        <translation>{path} esiste già. Usare File → Apri per aprirlo; non è stato modificato.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="480"/>
        <source>Open database</source>
        <translation>Apri database</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="581"/>
        <source>Creating the demo…</source>
        <translation>Creazione della demo…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="663"/>
        <source>Device: {name}</source>
        <translation>Dispositivo: {name}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="665"/>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="667"/>
        <source>Database: {path} (could not be opened)</source>
        <translation>Database: {path} (impossibile aprirlo)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="670"/>
        <source>Database: {path} (opening…)</source>
        <translation>Database: {path} (apertura…)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="683"/>
        <source>About EC-NET Desktop</source>
        <translation>Informazioni su EC-NET Desktop</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="685"/>
        <source>&lt;h3&gt;EC-NET Desktop {version}&lt;/h3&gt;&lt;p&gt;Offline registration, check-in, notes and interviews for the events of the European Citizenship Network of Towns (EC-NET).&lt;/p&gt;&lt;p&gt;Database: {database}&lt;br&gt;Device: {device}&lt;/p&gt;&lt;p&gt;Data folder: {data}&lt;br&gt;Log folder: {logs}&lt;/p&gt;&lt;p&gt;Qt {qt}, Qt for Python (PySide6) {pyside}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EC-NET Desktop {version}&lt;/h3&gt;&lt;p&gt;Iscrizioni, check-in, note e interviste offline per gli eventi della European Citizenship Network of Towns (EC-NET).&lt;/p&gt;&lt;p&gt;Database: {database}&lt;br&gt;Dispositivo: {device}&lt;/p&gt;&lt;p&gt;Cartella dei dati: {data}&lt;br&gt;Cartella dei log: {logs}&lt;/p&gt;&lt;p&gt;Qt {qt}, Qt for Python (PySide6) {pyside}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="128"/>
        <source>(no header: column {n})</source>
        <translation>(nessuna intestazione: colonna {n})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="139"/>
        <source>Not recognised: choose what this column holds, or “do not import”.</source>
        <translation>Non riconosciuta: scegliere che cosa contiene questa colonna, oppure “non importare”.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="165"/>
        <source>Column in the file</source>
        <translation>Colonna nel file</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="165"/>
        <source>Examples</source>
        <translation>Esempi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="166"/>
        <source>Imported as</source>
        <translation>Importata come</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="302"/>
        <source>What do the columns hold?</source>
        <translation>Che cosa contengono le colonne?</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="304"/>
        <source>Recognised columns are filled in. Change a choice with a click, or F2 and the arrow keys. Columns marked “not imported” are left out.</source>
        <translation>Le colonne riconosciute sono già compilate. Per cambiare una scelta fare clic, oppure usare F2 e i tasti freccia. Le colonne contrassegnate come “non importata” vengono escluse.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="342"/>
        <source>Reading the file…</source>
        <translation>Lettura del file…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="358"/>
        <source>sheet “{sheet}”</source>
        <translation>foglio “{sheet}”</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="359"/>
        <source>encoding {encoding}</source>
        <translation>codifica {encoding}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="361"/>
        <source>%Ln rows below the header on row {header} ({where}).</source>
        <translation>
            <numerusform>%Ln riga sotto l&apos;intestazione alla riga {header} ({where}).</numerusform>
            <numerusform>%Ln righe sotto l&apos;intestazione alla riga {header} ({where}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="388"/>
        <source>Choose the column with the given or family name.</source>
        <translation>Scegliere la colonna con il nome o il cognome.</translation>
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
        <translation>{details} (non iscritto)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="196"/>
        <source>Not registered</source>
        <translation>Non iscritto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="220"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="222"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="230"/>
        <source>Total
{count}</source>
        <translation>Totale
{count}</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="65"/>
        <source>(the whole event)</source>
        <translation>(l&apos;intero evento)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="80"/>
        <source>(not set)</source>
        <translation>(non impostato)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="209"/>
        <source>Editing…</source>
        <translation>Modifica in corso…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="236"/>
        <source>Saved at {time}.</source>
        <translation>Salvato alle {time}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="253"/>
        <source>Add note</source>
        <translation>Aggiungi nota</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="260"/>
        <source>Not saved.</source>
        <translation>Non salvato.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="293"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="293"/>
        <source>Note — {heading}</source>
        <translation>Nota — {heading}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="298"/>
        <source>&amp;Session:</source>
        <translation>&amp;Sessione:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="299"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="300"/>
        <source>T&amp;itle:</source>
        <translation>T&amp;itolo:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="301"/>
        <source>&amp;Level:</source>
        <translation>&amp;Livello:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="302"/>
        <source>&amp;Addressed to:</source>
        <translation>&amp;Destinatari:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="304"/>
        <source>&amp;Text (Markdown: **bold**, *italic*, - lists; saved as you type):</source>
        <translation>Test&amp;o (Markdown: **grassetto**, *corsivo*, - elenchi; salvato durante la digitazione):</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="305"/>
        <source>Priorities:</source>
        <translation>Priorità:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="306"/>
        <source>Lan&amp;guage:</source>
        <translation>Lin&amp;gua:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="307"/>
        <source>Author&apos;s &amp;role:</source>
        <translation>&amp;Ruolo dell&apos;autore:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="308"/>
        <source>e.g. facilitator, rapporteur — no names</source>
        <translation>es. facilitatore, relatore — senza nomi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="309"/>
        <source>&amp;Publishable (may appear in the compendia)</source>
        <translation>&amp;Pubblicabile (può comparire nelle raccolte)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="310"/>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="312"/>
        <source>Saved automatically as you type.</source>
        <translation>Salvataggio automatico durante la digitazione.</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="458"/>
        <source>&amp;Notes</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="459"/>
        <source>&amp;Recommendations</source>
        <translation>&amp;Raccomandazioni</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="460"/>
        <source>&amp;Toolkit</source>
        <translation>&amp;Toolkit</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="461"/>
        <source>&amp;Quick note for the session now</source>
        <translation>Nota rapi&amp;da per la sessione in corso</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="66"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="68"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="69"/>
        <source>Session</source>
        <translation>Sessione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="70"/>
        <source>(whole event)</source>
        <translation>(intero evento)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="71"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="72"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="73"/>
        <source>Priorities</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="74"/>
        <source>Publishable</source>
        <translation>Pubblicabile</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="75"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="125"/>
        <source>No notes to show. New note writes one; or change the search and filters.</source>
        <translation>Nessuna nota da mostrare. Nuova nota ne scrive una; oppure cambia la ricerca e i filtri.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="199"/>
        <source>All kinds</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="202"/>
        <source>All priorities</source>
        <translation>Tutte le priorità</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="233"/>
        <source>All events</source>
        <translation>Tutti gli eventi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="248"/>
        <source>All sessions</source>
        <translation>Tutte le sessioni</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/notes_view.py" line="276"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln nota</numerusform>
            <numerusform>%Ln note</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="312"/>
        <source>Choose an event first: a note belongs to an event or one of its sessions.</source>
        <translation>Scegliere prima un evento: una nota appartiene a un evento o a una delle sue sessioni.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="345"/>
        <source>Delete note</source>
        <translation>Elimina nota</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="362"/>
        <source>&amp;Search:</source>
        <translation>&amp;Cerca:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="363"/>
        <source>Words in the title or text (accents ignored)</source>
        <translation>Parole nel titolo o nel testo (accenti ignorati)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="364"/>
        <source>&amp;New note</source>
        <translation>&amp;Nuova nota</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="365"/>
        <source>Write a new note or recommendation</source>
        <translation>Scrivi una nuova nota o raccomandazione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="366"/>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="367"/>
        <source>Open the selected note (Enter or double-click)</source>
        <translation>Apri la nota selezionata (Invio o doppio clic)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="368"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="370"/>
        <source>Delete the selected note (Delete); Ctrl+Z brings it back</source>
        <translation>Elimina la nota selezionata (Canc); Ctrl+Z la ripristina</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="153"/>
        <source>New organisation</source>
        <translation>Nuova organizzazione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="164"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="165"/>
        <source>&amp;Town:</source>
        <translation>&amp;Città:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="166"/>
        <source>&amp;Country:</source>
        <translation>&amp;Paese:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="167"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="184"/>
        <source>Create organisation “{name}”</source>
        <translation>Crea organizzazione “{name}”</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="282"/>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="283"/>
        <source>&amp;Count:</source>
        <translation>&amp;Conta:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="284"/>
        <source>All events</source>
        <translation>Tutti gli eventi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="284"/>
        <source>International events</source>
        <translation>Eventi internazionali</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="285"/>
        <source>Local working groups</source>
        <translation>Gruppi di lavoro locali</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="287"/>
        <source>Edit &amp;targets…</source>
        <translation>Modifica &amp;obiettivi…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="289"/>
        <source>Set the project&apos;s targets: participants, countries, events</source>
        <translation>Imposta gli obiettivi del progetto: partecipanti, paesi, eventi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="290"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="291"/>
        <source>Count again from the database</source>
        <translation>Ricalcola dal database</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="292"/>
        <source>Progress against the project&apos;s targets</source>
        <translation>Avanzamento rispetto agli obiettivi del progetto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="294"/>
        <source>International events held</source>
        <translation>Eventi internazionali svolti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="295"/>
        <source>Participants (each person once)</source>
        <translation>Partecipanti (ogni persona una volta)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="296"/>
        <source>Participants&apos; countries</source>
        <translation>Paesi dei partecipanti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="298"/>
        <source>participants, each counted once</source>
        <translation>partecipanti, ciascuno contato una volta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="299"/>
        <source>participations (person × event)</source>
        <translation>partecipazioni (persona × evento)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="300"/>
        <source>attendances (person × session, everyone present)</source>
        <translation>presenze (persona × sessione, tutti i presenti)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="301"/>
        <source>countries</source>
        <translation>paesi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="302"/>
        <source>events with participants</source>
        <translation>eventi con partecipanti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="303"/>
        <source>international at international events</source>
        <translation>internazionali agli eventi internazionali</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="304"/>
        <source>staff / interpreters, counted apart</source>
        <translation>staff / interpreti, contati a parte</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="309"/>
        <source>Participants by country</source>
        <translation>Partecipanti per paese</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="310"/>
        <source>Participants by category</source>
        <translation>Partecipanti per categoria</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="311"/>
        <source>Participants by gender</source>
        <translation>Partecipanti per genere</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="312"/>
        <source>Participants by age band</source>
        <translation>Partecipanti per fascia d&apos;età</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="313"/>
        <source>Participants by event (local / international)</source>
        <translation>Partecipanti per evento (locali / internazionali)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="314"/>
        <source>Participants over time</source>
        <translation>Partecipanti nel tempo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="318"/>
        <source>Save as PNG…</source>
        <translation>Salva come PNG…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="319"/>
        <source>Save this chart as a PNG image</source>
        <translation>Salvare questo grafico come immagine PNG</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="321"/>
        <source>A participant is a person checked in for at least one session of an event, registered as participant, speaker or facilitator (or not registered at all). Staff and interpreters are counted apart. Each person counts once however many events they attended; merged duplicates count once; erased people still count by country and category. International: from another country than the event&apos;s.</source>
        <translation>Un partecipante è una persona che ha fatto il check-in ad almeno una sessione di un evento, iscritta come partecipante, relatore o facilitatore (oppure non iscritta affatto). Staff e interpreti sono contati a parte. Ogni persona conta una volta, indipendentemente dal numero di eventi a cui ha partecipato; i duplicati uniti contano una volta; le persone i cui dati sono stati cancellati contano ancora per paese e categoria. Internazionale: proveniente da un paese diverso da quello dell&apos;evento.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="387"/>
        <source>{reached} of {target}</source>
        <translation>{reached} su {target}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="408"/>
        <source>{events} events, {people} people present in all.</source>
        <translation>{events} eventi, {people} persone presenti in totale.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/overview_view.py" line="411"/>
        <source>%Ln international event(s) below one third from abroad.</source>
        <translation>
            <numerusform>%Ln evento internazionale con meno di un terzo di partecipanti dall&apos;estero.</numerusform>
            <numerusform>%Ln eventi internazionali con meno di un terzo di partecipanti dall&apos;estero.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="417"/>
        <source>No participants yet.</source>
        <translation>Ancora nessun partecipante.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="424"/>
        <source>others</source>
        <translation>altri</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="440"/>
        <source>local</source>
        <translation>locali</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="441"/>
        <source>international</source>
        <translation>internazionali</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="455"/>
        <source>participants so far</source>
        <translation>partecipanti finora</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="456"/>
        <source>participants&apos; attendances in the month</source>
        <translation>presenze dei partecipanti nel mese</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="497"/>
        <source>Change project targets</source>
        <translation>Modifica obiettivi del progetto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="503"/>
        <source>Save chart as PNG</source>
        <translation>Salva grafico come PNG</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="504"/>
        <source>PNG images (*.png)</source>
        <translation>Immagini PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="512"/>
        <source>Could not write {path}.</source>
        <translation>Impossibile scrivere {path}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="515"/>
        <source>Saved {path}.</source>
        <translation>Salvato {path}.</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="316"/>
        <source>Any part of a name, organisation or town</source>
        <translation>Parte di un nome, di un&apos;organizzazione o di una città</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="319"/>
        <source>&amp;Search:</source>
        <translation>&amp;Cerca:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="327"/>
        <source>No one to show. New person… adds someone; or change the search.</source>
        <translation>Nessuno da mostrare. Nuova persona… aggiunge qualcuno; oppure cambia la ricerca.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="349"/>
        <source>The search failed.</source>
        <translation>La ricerca non è riuscita.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/people_model.py" line="352"/>
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln persone</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="68"/>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="69"/>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="70"/>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="71"/>
        <source>Town</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="72"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="74"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="117"/>
        <source>&amp;New person…</source>
        <translation>&amp;Nuova persona…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="118"/>
        <source>Add a person to the address book</source>
        <translation>Aggiungi una persona alla rubrica</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="120"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="122"/>
        <source>Change the selected person&apos;s details (Enter or double-click)</source>
        <translation>Modifica i dati della persona selezionata (Invio o doppio clic)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="124"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="126"/>
        <source>Delete the selected person; Ctrl+Z brings them back</source>
        <translation>Elimina la persona selezionata; Ctrl+Z la ripristina</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="128"/>
        <source>&amp;Register for the event…</source>
        <translation>&amp;Iscrivi all&apos;evento…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="130"/>
        <source>Register the selected people for the current event</source>
        <translation>Iscrivi le persone selezionate all&apos;evento corrente</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="132"/>
        <source>Possible d&amp;uplicates…</source>
        <translation>Possibili d&amp;uplicati…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="134"/>
        <source>List people who may have been entered twice, and merge them</source>
        <translation>Elenca le persone che potrebbero essere state inserite due volte e uniscile</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="142"/>
        <source>&amp;People</source>
        <translation>&amp;Persone</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="144"/>
        <source>Pri&amp;vacy</source>
        <translation>Pri&amp;vacy</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="205"/>
        <source>Re&amp;gistrations for {event}</source>
        <translation>Is&amp;crizioni a {event}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="206"/>
        <source>Re&amp;gistrations</source>
        <translation>Is&amp;crizioni</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="234"/>
        <source>Edit person</source>
        <translation>Modifica persona</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="248"/>
        <location filename="../ecnet_desktop/ui/people_view.py" line="257"/>
        <source>Delete person</source>
        <translation>Elimina persona</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="249"/>
        <source>Delete {name}? Their registrations and attendance stay in the counts.</source>
        <translation>Eliminare {name}? Le sue iscrizioni e presenze restano nei conteggi.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="255"/>
        <source>Delete person “{name}”</source>
        <translation>Elimina persona “{name}”</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="271"/>
        <source>Looking for possible duplicates…</source>
        <translation>Ricerca di possibili duplicati…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="281"/>
        <source>Possible duplicates</source>
        <translation>Possibili duplicati</translation>
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
        <translation>Forse la stessa persona di: {people}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="214"/>
        <source>New person</source>
        <translation>Nuova persona</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="214"/>
        <source>Edit person</source>
        <translation>Modifica persona</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="242"/>
        <source>Data &amp;processing</source>
        <translation>Trattamento dei &amp;dati</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="243"/>
        <source>P&amp;hotos</source>
        <translation>&amp;Foto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="244"/>
        <source>Appearing on &amp;lists</source>
        <translation>Comparsa negli e&amp;lenchi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="270"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="271"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Cognome:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="272"/>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="273"/>
        <source>Pho&amp;ne:</source>
        <translation>Tel&amp;efono:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="274"/>
        <source>&amp;Town:</source>
        <translation>Ci&amp;ttà:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="275"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Paese:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="276"/>
        <source>O&amp;rganisation:</source>
        <translation>O&amp;rganizzazione:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="277"/>
        <source>C&amp;ategory:</source>
        <translation>C&amp;ategoria:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="278"/>
        <source>Gen&amp;der:</source>
        <translation>&amp;Genere:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="279"/>
        <source>&amp;Birth year:</source>
        <translation>Ann&amp;o di nascita:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="285"/>
        <source>Consents</source>
        <translation>Consensi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="287"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="287"/>
        <source>Text version</source>
        <translation>Versione del testo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="288"/>
        <source>Recorded by</source>
        <translation>Registrato da</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="347"/>
        <source>Type to find or create one</source>
        <translation>Digitare per trovarne o crearne una</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="406"/>
        <source>“{name}” is new: it will be created when you save.</source>
        <translation>“{name}” è nuova: verrà creata al salvataggio.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="462"/>
        <source>Create person “{name}”</source>
        <translation>Crea persona “{name}”</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="465"/>
        <source>Edit person “{name}”</source>
        <translation>Modifica persona “{name}”</translation>
    </message>
</context>
<context>
    <name>PersonPrivacyActions</name>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="123"/>
        <source>Er&amp;ase…</source>
        <translation>Ca&amp;ncella…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="124"/>
        <source>GDPR erasure: remove this person&apos;s personal data</source>
        <translation>Cancellazione GDPR: rimuovere i dati personali di questa persona</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="126"/>
        <source>E&amp;xport everything about them…</source>
        <translation>E&amp;sporta tutti i suoi dati…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="127"/>
        <source>Answer a subject access request: everything held about this person, as xlsx or PDF</source>
        <translation>Rispondere a una richiesta di accesso dell&apos;interessato: tutti i dati conservati su questa persona, in formato xlsx o PDF</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="145"/>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="146"/>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="147"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="148"/>
        <source>&amp;Name of this laptop:</source>
        <translation>&amp;Nome di questo portatile:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="150"/>
        <source>Shown in exchanged workbooks, so colleagues know which laptop an edit came from</source>
        <translation>Mostrato nelle cartelle di lavoro scambiate, così i colleghi sanno da quale portatile proviene una modifica</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="151"/>
        <source>Printing</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="152"/>
        <source>&amp;Paper size:</source>
        <translation>&amp;Formato carta:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="153"/>
        <source>&amp;Blank rows on attendance sheets:</source>
        <translation>&amp;Righe vuote nei fogli presenze:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="154"/>
        <source>Empty numbered rows for walk-ins who sign on paper</source>
        <translation>Righe numerate vuote per chi si iscrive sul posto e firma su carta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="155"/>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="156"/>
        <source>Backups &amp;kept per database:</source>
        <translation>&amp;Backup conservati per database:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="158"/>
        <source>A backup is made before every import and upgrade; older ones are deleted, so erased personal data does not linger</source>
        <translation>Prima di ogni importazione e aggiornamento viene creato un backup; quelli più vecchi vengono eliminati, così i dati personali cancellati non restano in giro</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="160"/>
        <source>Keep personal data after the project &amp;ends:</source>
        <translation>Conservare i dati personali dopo la fine del &amp;progetto:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="161"/>
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln anno</numerusform>
            <numerusform>%Ln anni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="163"/>
        <source>After this many years past the project&apos;s end, personal data is due for erasure</source>
        <translation>Trascorsi questi anni dalla fine del progetto, i dati personali devono essere cancellati</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="222"/>
        <source>Give this laptop a name.</source>
        <translation>Assegnare un nome a questo portatile.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="396"/>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="398"/>
        <source>Check what will happen. Only the valid rows are imported, all of them at once, when you press Import.</source>
        <translation>Verificare che cosa succederà. Vengono importate solo le righe valide, tutte insieme, quando si preme Importa.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="401"/>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="410"/>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="416"/>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="423"/>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="429"/>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="411"/>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="412"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="413"/>
        <source>Why it is not imported</source>
        <translation>Motivo della mancata importazione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="417"/>
        <source>In the file</source>
        <translation>Nel file</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="418"/>
        <source>Already in the database</source>
        <translation>Già nel database</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="419"/>
        <source>Because</source>
        <translation>Perché</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="420"/>
        <source>What happens</source>
        <translation>Che cosa succede</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="424"/>
        <source>Repeats row</source>
        <translation>Ripete la riga</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="426"/>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="430"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="431"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="432"/>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="433"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="438"/>
        <source>&amp;Change what happens to this person</source>
        <translation>&amp;Cambia che cosa succede a questa persona</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="440"/>
        <source>Switch between adding this row as a new person and updating the matching person</source>
        <translation>Alterna tra aggiungere questa riga come nuova persona e aggiornare la persona corrispondente</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="467"/>
        <source>already registered: nothing to do</source>
        <translation>già iscritta: nulla da fare</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="469"/>
        <source>register the person already in the database</source>
        <translation>iscrivere la persona già presente nel database</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="471"/>
        <source>create a new person (the names or e-mails differ)</source>
        <translation>creare una nuova persona (i nomi o le e-mail sono diversi)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="472"/>
        <source>create a new person</source>
        <translation>creare una nuova persona</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="510"/>
        <source>&amp;Rejected rows ({n})</source>
        <translation>&amp;Righe rifiutate ({n})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="510"/>
        <source>&amp;Possible duplicates ({n})</source>
        <translation>&amp;Possibili duplicati ({n})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="511"/>
        <source>Re&amp;peated in the file ({n})</source>
        <translation>Ripe&amp;tute nel file ({n})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="511"/>
        <source>&amp;New people ({n})</source>
        <translation>&amp;Nuove persone ({n})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="515"/>
        <source>Checking every row…</source>
        <translation>Controllo di ogni riga…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="518"/>
        <source>For “{event}”: new people: {new}; people already in the database: {existing}; rows repeated in the file: {repeated}; rows rejected: {rejected}.</source>
        <translation>Per “{event}”: nuove persone: {new}; persone già nel database: {existing}; righe ripetute nel file: {repeated}; righe rifiutate: {rejected}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="525"/>
        <source>Columns not imported: {headers}.</source>
        <translation>Colonne non importate: {headers}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="528"/>
        <source>There is no valid row to import.</source>
        <translation>Non ci sono righe valide da importare.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="555"/>
        <source>Importing…</source>
        <translation>Importazione…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="561"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importazione annullata; nulla è stato modificato.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="124"/>
        <source>Consent &amp;texts</source>
        <translation>&amp;Testi del consenso</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="125"/>
        <source>&amp;Retention period</source>
        <translation>Periodo di &amp;conservazione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="126"/>
        <source>Audit &amp;log</source>
        <translation>&amp;Registro di audit</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="143"/>
        <source>No consent texts yet. New text… adds the wording people agree to.</source>
        <translation>Ancora nessun testo del consenso. Nuovo testo… aggiunge la formulazione che le persone accettano.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="145"/>
        <source>&amp;New text…</source>
        <translation>&amp;Nuovo testo…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="146"/>
        <source>Write a new version of a consent text</source>
        <translation>Scrivi una nuova versione di un testo del consenso</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="148"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="149"/>
        <source>Change the selected consent text</source>
        <translation>Modifica il testo del consenso selezionato</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="151"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="152"/>
        <source>Delete the selected consent text</source>
        <translation>Elimina il testo del consenso selezionato</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="155"/>
        <source>The wording people agree to. Each consent records the version of the text it was given to; add a new version when the wording changes, so older consents keep pointing at what people actually read.</source>
        <translation>Il testo a cui le persone danno il consenso. Ogni consenso registra la versione del testo a cui è stato dato; aggiungere una nuova versione quando il testo cambia, così i consensi precedenti continuano a rimandare a ciò che le persone hanno effettivamente letto.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="203"/>
        <source>Delete consent text {version}</source>
        <translation>Elimina testo del consenso {version}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="207"/>
        <source>Delete consent text</source>
        <translation>Elimina testo del consenso</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="220"/>
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln anno</numerusform>
            <numerusform>%Ln anni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="305"/>
        <source>%Ln people are past the retention period.</source>
        <translation>
            <numerusform>%Ln persona ha superato il periodo di conservazione.</numerusform>
            <numerusform>%Ln persone hanno superato il periodo di conservazione.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="330"/>
        <source>%Ln people erased.</source>
        <translation>
            <numerusform>%Ln persona cancellata.</numerusform>
            <numerusform>%Ln persone cancellate.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="340"/>
        <source>Nothing recorded yet: consents, erasures and data exports are logged here.</source>
        <translation>Ancora nessuna registrazione: qui vengono annotati consensi, cancellazioni ed esportazioni di dati.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="222"/>
        <source>&amp;Apply</source>
        <translation>&amp;Applica</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="65"/>
        <source>Consent to</source>
        <translation>Consenso a</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="66"/>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="67"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="68"/>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="74"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="75"/>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="76"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="77"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="78"/>
        <source>Last event ended</source>
        <translation>Ultimo evento concluso</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="81"/>
        <source>Kept until</source>
        <translation>Conservati fino al</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="92"/>
        <source>When (UTC)</source>
        <translation>Quando (UTC)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="93"/>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="94"/>
        <source>Subject</source>
        <translation>Interessato</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="95"/>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="96"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="224"/>
        <source>Save the retention period and the project&apos;s end date</source>
        <translation>Salva il periodo di conservazione e la data di fine del progetto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="233"/>
        <source>&amp;Find people past the period</source>
        <translation>Tro&amp;va persone oltre il periodo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="235"/>
        <source>List the people whose data is kept longer than the retention period</source>
        <translation>Elenca le persone i cui dati sono conservati oltre il periodo di conservazione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="237"/>
        <source>Erase everyone l&amp;isted…</source>
        <translation>Cancella tutte le persone e&amp;lencate…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="239"/>
        <source>Erase the personal data of everyone listed; you confirm first</source>
        <translation>Cancella i dati personali di tutte le persone elencate; prima chiede conferma</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="243"/>
        <source>Keep personal data &amp;for:</source>
        <translation>Conservare i dati personali &amp;per:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="245"/>
        <source>after the project&apos;s &amp;end:</source>
        <translation>dopo la &amp;fine del progetto:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="275"/>
        <source>Personal data is kept until {date} (for audits of the grant), or longer for people who took part in later events: their period runs from their last event.</source>
        <translation>I dati personali vengono conservati fino al {date} (per gli audit della sovvenzione), o più a lungo per chi ha partecipato a eventi successivi: il loro periodo decorre dall&apos;ultimo evento.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="297"/>
        <source>Looking…</source>
        <translation>Ricerca…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="306"/>
        <source>Nobody is past the retention period.</source>
        <translation>Nessuno ha superato il periodo di conservazione.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="342"/>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="343"/>
        <source>Read the privacy log again</source>
        <translation>Rileggi il registro della privacy</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="346"/>
        <source>Exports, imports, erasures and subject access answers made on this laptop: what, when and on which device. Kept in the database; it names people by id only.</source>
        <translation>Esportazioni, importazioni, cancellazioni e risposte a richieste di accesso effettuate su questo portatile: che cosa, quando e su quale dispositivo. Conservato nel database; le persone sono indicate solo tramite id.</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="88"/>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="88"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="88"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="88"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="88"/>
        <source>Facilitator</source>
        <translation>Facilitatore</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="89"/>
        <source>Methodology</source>
        <translation>Metodologia</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="172"/>
        <source>{day} (outside the event&apos;s dates)</source>
        <translation>{day} (fuori dalle date dell&apos;evento)</translation>
    </message>
</context>
<context>
    <name>ProgrammeView</name>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="243"/>
        <source>&amp;Add session…</source>
        <translation>&amp;Aggiungi sessione…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="244"/>
        <source>Add a session to the event&apos;s programme</source>
        <translation>Aggiungi una sessione al programma dell&apos;evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="246"/>
        <source>Edit se&amp;ssion…</source>
        <translation>Modifica se&amp;ssione…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="247"/>
        <source>Change the selected session (Enter or double-click)</source>
        <translation>Modifica la sessione selezionata (Invio o doppio clic)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="249"/>
        <source>De&amp;lete session</source>
        <translation>E&amp;limina sessione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="251"/>
        <source>Delete the selected session (Delete); Ctrl+Z brings it back</source>
        <translation>Elimina la sessione selezionata (Canc); Ctrl+Z la ripristina</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="308"/>
        <source>Programme of “{title}”</source>
        <translation>Programma di “{title}”</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="309"/>
        <source>No event chosen</source>
        <translation>Nessun evento scelto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="311"/>
        <source>No sessions yet. Add session… puts the first one in the programme.</source>
        <translation>Ancora nessuna sessione. Aggiungi sessione… inserisce la prima nel programma.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="312"/>
        <source>Choose an event to see its programme.</source>
        <translation>Scegli un evento per vederne il programma.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="324"/>
        <source>2 sessions overlap in room {room} on {day}: “{first}” ({first_time}) and “{second}” ({second_time}).</source>
        <translation>2 sessioni si sovrappongono nella sala {room} il {day}: “{first}” ({first_time}) e “{second}” ({second_time}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="331"/>
        <source>Overlaps with “{other}” ({time}) in room {room}.</source>
        <translation>Si sovrappone a “{other}” ({time}) nella sala {room}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="338"/>
        <source>Falls outside the event&apos;s dates: move it to one of its days.</source>
        <translation>È fuori dalle date dell&apos;evento: spostarla in uno dei suoi giorni.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/programme_view.py" line="341"/>
        <source>%Ln session(s) fall outside the event&apos;s dates.</source>
        <translation>
            <numerusform>%Ln sessione è fuori dalle date dell&apos;evento.</numerusform>
            <numerusform>%Ln sessioni sono fuori dalle date dell&apos;evento.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="404"/>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="419"/>
        <source>Delete session</source>
        <translation>Elimina sessione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="405"/>
        <source>Delete the session “{title}”?</source>
        <translation>Eliminare la sessione “{title}”?</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="416"/>
        <source>Delete session “{title}”</source>
        <translation>Elimina sessione “{title}”</translation>
    </message>
</context>
<context>
    <name>ProgressRunner</name>
    <message>
        <location filename="../ecnet_desktop/ui/tasks.py" line="128"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/tasks.py" line="173"/>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../ecnet_desktop/app.py" line="333"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="62"/>
        <source>Question</source>
        <translation>Domanda</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="62"/>
        <source>New question</source>
        <translation>Nuova domanda</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="69"/>
        <source>&amp;Required</source>
        <translation>&amp;Obbligatoria</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="73"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="74"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="75"/>
        <source>&amp;Section:</source>
        <translation>&amp;Sezione:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="81"/>
        <source>Text ({language}):</source>
        <translation>Testo ({language}):</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="84"/>
        <source>one choice a line: value = label</source>
        <translation>una scelta per riga: valore = etichetta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="85"/>
        <source>&amp;Choices:</source>
        <translation>S&amp;celte:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="127"/>
        <source>Add question</source>
        <translation>Aggiungi domanda</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="139"/>
        <source>Edit question</source>
        <translation>Modifica domanda</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="38"/>
        <source>Question {number} of {count}</source>
        <translation>Domanda {number} di {count}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="90"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="92"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="98"/>
        <source>Type the answer; Ctrl+Enter: next question.</source>
        <translation>Digitare la risposta; Ctrl+Invio: domanda successiva.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="99"/>
        <source>Type a number; Enter: next question.</source>
        <translation>Digitare un numero; Invio: domanda successiva.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="100"/>
        <source>Press 1 to 5 (or arrows and Space); Enter: next.</source>
        <translation>Premere da 1 a 5 (o frecce e barra spaziatrice); Invio: avanti.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="101"/>
        <source>Press the number of the answer; Enter: next.</source>
        <translation>Premere il numero della risposta; Invio: avanti.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="102"/>
        <source>Press numbers to tick or untick answers; Enter: next.</source>
        <translation>Premere i numeri per spuntare o togliere la spunta alle risposte; Invio: avanti.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="104"/>
        <source>Press 1 or Y for yes, 2 or N for no; Enter: next.</source>
        <translation>Premere 1 o S per sì, 2 o N per no; Invio: avanti.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="106"/>
        <source>Required.</source>
        <translation>Obbligatoria.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="106"/>
        <source>Optional.</source>
        <translation>Facoltativa.</translation>
    </message>
</context>
<context>
    <name>RecommendationsView</name>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="42"/>
        <source>(no priority)</source>
        <translation>(nessuna priorità)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="54"/>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="57"/>
        <source>Recommendation</source>
        <translation>Raccomandazione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="58"/>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="59"/>
        <source>Addressed to</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="60"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="61"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="63"/>
        <source>Linked</source>
        <translation>Collegamenti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="65"/>
        <source>Publishable</source>
        <translation>Pubblicabile</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="66"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="170"/>
        <source>%Ln recommendation(s)</source>
        <translation>
            <numerusform>%Ln raccomandazione</numerusform>
            <numerusform>%Ln raccomandazioni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="251"/>
        <source>Link recommendations</source>
        <translation>Collega raccomandazioni</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="251"/>
        <source>Unlink recommendations</source>
        <translation>Scollega raccomandazioni</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="269"/>
        <source>Workbook (*.xlsx)</source>
        <translation>Cartella di lavoro (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="271"/>
        <source>Save the EC-NET Recommendations</source>
        <translation>Salva le Raccomandazioni EC-NET</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="282"/>
        <source>Only &amp;publishable</source>
        <translation>Solo &amp;pubblicabili</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="284"/>
        <source>Show only the recommendations marked as ready to publish</source>
        <translation>Mostra solo le raccomandazioni segnate come pronte da pubblicare</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="285"/>
        <source>&amp;Linked to:</source>
        <translation>&amp;Collegate a:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="286"/>
        <source>&amp;Similar, not linked yet:</source>
        <translation>&amp;Simili, non ancora collegate:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="287"/>
        <source>Lin&amp;k</source>
        <translation>Coll&amp;ega</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="288"/>
        <source>Link the selected recommendation to another note</source>
        <translation>Collega la raccomandazione selezionata a un&apos;altra nota</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="289"/>
        <source>&amp;Unlink</source>
        <translation>Scolle&amp;ga</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="290"/>
        <source>Remove the selected link</source>
        <translation>Rimuovi il collegamento selezionato</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="291"/>
        <source>Save as P&amp;DF…</source>
        <translation>Salva come P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="293"/>
        <source>Save the recommendations shown as a PDF to print or share</source>
        <translation>Salva le raccomandazioni mostrate come PDF da stampare o condividere</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="294"/>
        <source>Save as &amp;workbook…</source>
        <translation>Salva come cartella di la&amp;voro…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="295"/>
        <source>Save the recommendations shown as an Excel workbook</source>
        <translation>Salva le raccomandazioni mostrate come cartella di lavoro di Excel</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="40"/>
        <source>Restore the database from a backup</source>
        <translation>Ripristina il database da un backup</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="53"/>
        <source>&amp;Backups (newest first):</source>
        <translation>&amp;Backup (dal più recente):</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="55"/>
        <source>The current file is not deleted: it is renamed and kept beside the database.</source>
        <translation>Il file corrente non viene eliminato: viene rinominato e conservato accanto al database.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="63"/>
        <source>&amp;Restore selected backup</source>
        <translation>&amp;Ripristina il backup selezionato</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="77"/>
        <source>There are no backups of this database in {folder}.</source>
        <translation>Non ci sono backup di questo database in {folder}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="84"/>
        <source>before an import</source>
        <translation>prima di un&apos;importazione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="85"/>
        <source>before an update of the app</source>
        <translation>prima di un aggiornamento dell&apos;app</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="86"/>
        <source>before adding a list of people</source>
        <translation>prima di aggiungere un elenco di persone</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="87"/>
        <source>{when} — {why} ({size} kB)</source>
        <translation>{when} — {why} ({size} kB)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="89"/>
        <source>{backup} — latest good backup</source>
        <translation>{backup} — ultimo backup integro</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="127"/>
        <source>Restore the selected backup to go on working; changes made after it was taken are not in it.</source>
        <translation>Ripristinare il backup selezionato per continuare a lavorare; le modifiche fatte dopo la sua creazione non sono incluse.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="129"/>
        <source>Without a backup the database cannot be repaired by the app.</source>
        <translation>Senza un backup l&apos;app non può riparare il database.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="141"/>
        <source>Restore from backup</source>
        <translation>Ripristina da backup</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="141"/>
        <source>A database on a server is backed up and restored by the server&apos;s administrator.</source>
        <translation>Il backup e il ripristino di un database su server sono gestiti dall&apos;amministratore del server.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="144"/>
        <source>Replace the database {path} with one of its backups. Changes made after the backup was taken are not in it.</source>
        <translation>Sostituire il database {path} con uno dei suoi backup. Le modifiche fatte dopo la creazione del backup non sono incluse.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="168"/>
        <source>The database was restored from {backup}.</source>
        <translation>Il database è stato ripristinato da {backup}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="171"/>
        <source>The replaced file was kept as {aside}.</source>
        <translation>Il file sostituito è stato conservato come {aside}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="173"/>
        <source>Database restored</source>
        <translation>Database ripristinato</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="174"/>
        <source>Change registration</source>
        <translation>Modifica iscrizione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="175"/>
        <source>Register for {event}</source>
        <translation>Iscrivi a {event}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="188"/>
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} e un&apos;altra</numerusform>
            <numerusform>{names} e altre %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="197"/>
        <source>(each keeps their own)</source>
        <translation>(ognuno mantiene il proprio)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="200"/>
        <source>&amp;Role:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="201"/>
        <source>&amp;Status:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="202"/>
        <source>&amp;Invited by town:</source>
        <translation>&amp;Invitato dalla città:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="233"/>
        <source>Choose at least one person in the list.</source>
        <translation>Scegliere almeno una persona nell&apos;elenco.</translation>
    </message>
</context>
<context>
    <name>RegistrationsPanel</name>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="62"/>
        <source>international</source>
        <translation>internazionale</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="63"/>
        <source>local</source>
        <translation>locale</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="67"/>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="71"/>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="74"/>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="76"/>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="93"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="78"/>
        <source>Local / international</source>
        <translation>Locale / internazionale</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="79"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="81"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="83"/>
        <source>Invited by</source>
        <translation>Invitato da</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="86"/>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="88"/>
        <source>Town</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="94"/>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="274"/>
        <source>&amp;Add people…</source>
        <translation>&amp;Aggiungi persone…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="275"/>
        <source>Register people from the address book for this event</source>
        <translation>Iscrivi a questo evento persone della rubrica</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="277"/>
        <source>C&amp;hange role or status…</source>
        <translation>&amp;Cambia ruolo o stato…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="279"/>
        <source>Change the role or status of the selected registrations</source>
        <translation>Modifica ruolo o stato delle iscrizioni selezionate</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="281"/>
        <source>Un&amp;register</source>
        <translation>Annulla &amp;iscrizione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="283"/>
        <source>Remove the selected people from this event; Ctrl+Z brings them back</source>
        <translation>Togli le persone selezionate da questo evento; Ctrl+Z le ripristina</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="285"/>
        <source>E&amp;xport participant list…</source>
        <translation>E&amp;sporta elenco partecipanti…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="287"/>
        <source>Save this event&apos;s participant list as an Excel workbook</source>
        <translation>Salva l&apos;elenco dei partecipanti di questo evento come cartella di lavoro di Excel</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="289"/>
        <source>&amp;Import registrations…</source>
        <translation>I&amp;mporta iscrizioni…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="291"/>
        <source>Read a CSV or XLSX list from a partner town or an online form</source>
        <translation>Leggere un elenco CSV o XLSX di una città partner o di un modulo online</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="364"/>
        <source>No event chosen</source>
        <translation>Nessun evento scelto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="366"/>
        <source>Choose the current event in the toolbar to see and change its registrations.</source>
        <translation>Scegliere l&apos;evento corrente nella barra degli strumenti per vederne e modificarne le iscrizioni.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="373"/>
        <source>{title} — {place}, {start} to {end}</source>
        <translation>{title} — {place}, dal {start} al {end}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="378"/>
        <source>{registered} registered: {local} local, {international} international ({countries} countries). {listed} registrations in the list, including cancelled and no-shows.</source>
        <translation>{registered} iscritti: {local} locali, {international} internazionali ({countries} paesi). {listed} iscrizioni nell&apos;elenco, comprese quelle annullate e le persone non presentate.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="446"/>
        <source>Register %Ln people</source>
        <translation>
            <numerusform>Iscrivi %Ln persona</numerusform>
            <numerusform>Iscrivi %Ln persone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="459"/>
        <source>Change %Ln registrations</source>
        <translation>
            <numerusform>Modifica %Ln iscrizione</numerusform>
            <numerusform>Modifica %Ln iscrizioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="467"/>
        <source>Unregister %Ln people</source>
        <translation>
            <numerusform>Annulla l&apos;iscrizione di %Ln persona</numerusform>
            <numerusform>Annulla l&apos;iscrizione di %Ln persone</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="475"/>
        <source>participants {title}.xlsx</source>
        <translation>partecipanti {title}.xlsx</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="478"/>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="502"/>
        <source>Export participant list</source>
        <translation>Esporta elenco partecipanti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="479"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro di Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="492"/>
        <source>Exporting the participant list…</source>
        <translation>Esportazione dell&apos;elenco partecipanti…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="496"/>
        <source>Saved %Ln participants to {path}.</source>
        <translation>
            <numerusform>%Ln partecipante salvato in {path}.</numerusform>
            <numerusform>%Ln partecipanti salvati in {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWorkbooks</name>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="62"/>
        <source>Save the event report as a &amp;workbook (.xlsx)…</source>
        <translation>Salva il rapporto dell&apos;evento come &amp;cartella di lavoro (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="63"/>
        <source>Save the project &amp;summary workbook (.xlsx)…</source>
        <translation>Salva la cartella di lavoro di &amp;riepilogo del progetto (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="65"/>
        <source>Asks where to save, then writes the chosen event&apos;s report (figures per country, category and session) as an Excel workbook.</source>
        <translation>Chiede dove salvare, poi scrive il rapporto dell&apos;evento scelto (dati per paese, categoria e sessione) come cartella di lavoro di Excel.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="68"/>
        <source>Asks where to save, then writes the figures of every event of the project, and their totals, as an Excel workbook.</source>
        <translation>Chiede dove salvare, poi scrive i dati di tutti gli eventi del progetto, con i totali, come cartella di lavoro di Excel.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="80"/>
        <source>Save workbook</source>
        <translation>Salva cartella di lavoro</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="81"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro di Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="90"/>
        <source>Choose an event first.</source>
        <translation>Scegliere prima un evento.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="108"/>
        <source>Writing the event report workbook…</source>
        <translation>Scrittura della cartella di lavoro del rapporto dell&apos;evento…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="118"/>
        <source>Writing the project summary workbook…</source>
        <translation>Scrittura della cartella di lavoro di riepilogo del progetto…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="133"/>
        <source>Saved {path}.</source>
        <translation>Salvato {path}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="142"/>
        <source>Cancelled; no workbook was written.</source>
        <translation>Annullato; nessuna cartella di lavoro è stata scritta.</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="147"/>
        <source>The printer could not be opened.</source>
        <translation>Impossibile aprire la stampante.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="384"/>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="385"/>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="386"/>
        <source>Attendance sheet (EU, to sign)</source>
        <translation>Foglio presenze (UE, da firmare)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="387"/>
        <source>Name badges with QR code</source>
        <translation>Badge con codice QR</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="388"/>
        <source>Certificates of attendance</source>
        <translation>Attestati di partecipazione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="389"/>
        <source>Event report (grant)</source>
        <translation>Rapporto dell&apos;evento (sovvenzione)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="391"/>
        <source>Options</source>
        <translation>Opzioni</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="392"/>
        <source>&amp;Lists:</source>
        <translation>E&amp;lenchi:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="393"/>
        <source>One list for the whole event has a signature column per day.</source>
        <translation>Un unico elenco per l&apos;intero evento ha una colonna firma per ogni giorno.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="395"/>
        <source>for the whole event</source>
        <translation>per l&apos;intero evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="395"/>
        <source>one per day</source>
        <translation>uno per giorno</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="396"/>
        <source>one per session</source>
        <translation>uno per sessione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="398"/>
        <source>&amp;Blank rows for walk-ins:</source>
        <translation>&amp;Righe vuote per le iscrizioni sul posto:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="399"/>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientamento:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="400"/>
        <source>Automatic: landscape when a list has a signature column for several days.</source>
        <translation>Automatico: orizzontale quando un elenco ha una colonna firma per più giorni.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="402"/>
        <source>automatic</source>
        <translation>automatico</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="402"/>
        <source>portrait</source>
        <translation>verticale</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="403"/>
        <source>landscape</source>
        <translation>orizzontale</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="405"/>
        <source>Legal &amp;representative:</source>
        <translation>Rapprese&amp;ntante legale:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="406"/>
        <source>pre-printed in the certification</source>
        <translation>prestampato nella certificazione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="407"/>
        <source>One list per invited &amp;town</source>
        <translation>Un elenco per ogni &amp;città invitante</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="408"/>
        <source>&amp;Local and international participants on separate lists</source>
        <translation>Partecipanti locali e internazionali in elenchi &amp;separati</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="410"/>
        <source>Prints a separate list for the participants invited by each partner town</source>
        <translation>Stampa un elenco separato per i partecipanti invitati da ciascuna città partner</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="412"/>
        <source>Prints local participants and participants from other countries on separate lists</source>
        <translation>Stampa su elenchi separati i partecipanti locali e quelli di altri paesi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="413"/>
        <source>&amp;Badges per sheet:</source>
        <translation>&amp;Badge per foglio:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="414"/>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="415"/>
        <source>&amp;For:</source>
        <translation>&amp;Per:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="416"/>
        <source>&amp;Signed by:</source>
        <translation>F&amp;irmato da:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="417"/>
        <source>R&amp;ole of the signatory:</source>
        <translation>R&amp;uolo del firmatario:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="418"/>
        <source>e.g. Mayor, Project coordinator</source>
        <translation>es. Sindaco, Coordinatore del progetto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="419"/>
        <source>&amp;Place:</source>
        <translation>Lu&amp;ogo:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="420"/>
        <source>the event&apos;s town</source>
        <translation>la città dell&apos;evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="421"/>
        <source>&amp;Date:</source>
        <translation>Dat&amp;a:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="422"/>
        <source>&amp;Generate</source>
        <translation>&amp;Genera</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="423"/>
        <source>P&amp;rint…</source>
        <translation>S&amp;tampa…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="424"/>
        <source>Open in PDF &amp;viewer</source>
        <translation>Apri nel &amp;visualizzatore PDF</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="425"/>
        <source>Sa&amp;ve as…</source>
        <translation>Salva co&amp;me…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="427"/>
        <source>Writes the chosen document for the chosen event as a PDF, on the paper size set in Preferences, and shows its first pages here.</source>
        <translation>Scrive il documento scelto per l&apos;evento scelto come PDF, nel formato carta impostato nelle Preferenze, e ne mostra qui le prime pagine.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="430"/>
        <source>Chooses a printer, then sends the generated document&apos;s pages to it.</source>
        <translation>Sceglie una stampante e poi le invia le pagine del documento generato.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="432"/>
        <source>Opens the generated PDF in the computer&apos;s PDF viewer, to see or print every page.</source>
        <translation>Apre il PDF generato nel visualizzatore PDF del computer, per vedere o stampare tutte le pagine.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="434"/>
        <source>Saves a copy of the generated PDF where you choose (a USB stick, a shared folder).</source>
        <translation>Salva una copia del PDF generato dove scegli (una chiavetta USB, una cartella condivisa).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="467"/>
        <source>Paper size: {paper} (change it in Edit ▸ Preferences).</source>
        <translation>Formato carta: {paper} (si cambia in Modifica ▸ Preferenze).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="541"/>
        <source>everyone registered</source>
        <translation>tutti gli iscritti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="543"/>
        <source>everyone checked in at least once</source>
        <translation>tutti coloro che hanno fatto il check-in almeno una volta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="557"/>
        <source>Registered participants are listed alphabetically; cancelled registrations and no-shows are left out. Labels keep the English alongside the chosen language.</source>
        <translation>I partecipanti iscritti sono elencati in ordine alfabetico; le iscrizioni annullate e le persone non presentate sono escluse. Le etichette mantengono l&apos;inglese accanto alla lingua scelta.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="560"/>
        <source>The QR code on each badge checks the person in at the desk for this event.</source>
        <translation>Il codice QR su ogni badge registra il check-in della persona al banco per questo evento.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="562"/>
        <source>One page per person, with the sessions they were checked in for and their hours.</source>
        <translation>Una pagina per persona, con le sessioni per cui ha fatto il check-in e le relative ore.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="564"/>
        <source>Place and dates, participants per country (local and international), categories, sessions, the one-third check and the text for the host town&apos;s website.</source>
        <translation>Luogo e date, partecipanti per paese (locali e internazionali), categorie, sessioni, la verifica di un terzo e il testo per il sito web della città ospitante.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="639"/>
        <source>Choose an event first.</source>
        <translation>Scegliere prima un evento.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="647"/>
        <source>Generating…</source>
        <translation>Generazione…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="649"/>
        <source>Generating the document…</source>
        <translation>Generazione del documento…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="670"/>
        <source>Cancelled; no document was written.</source>
        <translation>Annullato; nessun documento è stato scritto.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="707"/>
        <source>Choose a document and press Generate.</source>
        <translation>Scegliere un documento e premere Genera.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/reports_view.py" line="711"/>
        <source>{name}: %Ln page(s).</source>
        <translation>
            <numerusform>{name}: %Ln pagina.</numerusform>
            <numerusform>{name}: %Ln pagine.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="713"/>
        <source>The first {shown} are shown here; open it in the PDF viewer to see all.</source>
        <translation>Qui sono mostrate le prime {shown}; aprirlo nel visualizzatore PDF per vederle tutte.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="739"/>
        <source>Print {name}</source>
        <translation>Stampa {name}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="747"/>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="748"/>
        <source>Printing…</source>
        <translation>Stampa in corso…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/reports_view.py" line="758"/>
        <source>Sent %Ln page(s) to the printer.</source>
        <translation>
            <numerusform>%Ln pagina inviata alla stampante.</numerusform>
            <numerusform>%Ln pagine inviate alla stampante.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="764"/>
        <source>Printing cancelled.</source>
        <translation>Stampa annullata.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="775"/>
        <source>Save the document as</source>
        <translation>Salva il documento come</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="777"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="783"/>
        <source>Could not save {path}: {reason}</source>
        <translation>Impossibile salvare {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="786"/>
        <source>Saved as {path}.</source>
        <translation>Salvato come {path}.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="579"/>
        <source>Imported</source>
        <translation>Importato</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="580"/>
        <source>The people are registered for the event.</source>
        <translation>Le persone sono iscritte all&apos;evento.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="592"/>
        <source>People created and registered: {n}</source>
        <translation>Persone create e iscritte: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="593"/>
        <source>People already in the database, now registered: {n}</source>
        <translation>Persone già nel database, ora iscritte: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="595"/>
        <source>Already registered for this event: {n}</source>
        <translation>Già iscritte a questo evento: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="597"/>
        <source>Organisations created: {n}</source>
        <translation>Organizzazioni create: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="598"/>
        <source>Rows not imported: {n}</source>
        <translation>Righe non importate: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="602"/>
        <source>A copy of the database from before the import: {path}</source>
        <translation>Una copia del database precedente all&apos;importazione: {path}</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="145"/>
        <source>New session</source>
        <translation>Nuova sessione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="146"/>
        <source>Edit session</source>
        <translation>Modifica sessione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="155"/>
        <source>{day} (outside the event)</source>
        <translation>{day} (fuori dall&apos;evento)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="174"/>
        <source>Type part of a name</source>
        <translation>Digitare parte di un nome</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="176"/>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="195"/>
        <source>&amp;until</source>
        <translation>fino a&amp;lle</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="204"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="205"/>
        <source>&amp;Day:</source>
        <translation>&amp;Giorno:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="206"/>
        <source>Ti&amp;me:</source>
        <translation>&amp;Ora:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="207"/>
        <source>&amp;Room:</source>
        <translation>&amp;Sala:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="208"/>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="209"/>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Facilitatore:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="210"/>
        <source>Met&amp;hodology:</source>
        <translation>&amp;Metodologia:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="211"/>
        <source>&amp;Priorities:</source>
        <translation>P&amp;riorità:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="257"/>
        <source>Choose the facilitator from the list that opens as you type, or leave the field empty.</source>
        <translation>Scegliere il facilitatore dall&apos;elenco che si apre durante la digitazione, oppure lasciare il campo vuoto.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="266"/>
        <source>Add session “{title}”</source>
        <translation>Aggiungi sessione “{title}”</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="270"/>
        <source>Edit session “{title}”</source>
        <translation>Modifica sessione “{title}”</translation>
    </message>
</context>
<context>
    <name>StartInterviewDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="45"/>
        <source>New interview</source>
        <translation>Nuova intervista</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="53"/>
        <source>(no event)</source>
        <translation>(nessun evento)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="60"/>
        <source>&amp;Registered person</source>
        <translation>Persona &amp;registrata</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="61"/>
        <source>&amp;Anonymous respondent</source>
        <translation>Intervistato &amp;anonimo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="67"/>
        <source>Type a name to find the person</source>
        <translation>Digitare un nome per trovare la persona</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="77"/>
        <source>optional, e.g. the number on a paper form</source>
        <translation>facoltativo, ad es. il numero su un modulo cartaceo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="92"/>
        <source>&amp;Guide:</source>
        <translation>&amp;Traccia:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="93"/>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="95"/>
        <source>&amp;Find:</source>
        <translation>Tro&amp;va:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="98"/>
        <source>C&amp;ode:</source>
        <translation>C&amp;odice:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="99"/>
        <source>Ca&amp;tegory:</source>
        <translation>Cate&amp;goria:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="100"/>
        <source>Co&amp;untry:</source>
        <translation>&amp;Paese:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="101"/>
        <source>A&amp;ge band:</source>
        <translation>&amp;Fascia d&apos;età:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="102"/>
        <source>&amp;Interviewer:</source>
        <translation>&amp;Intervistatore:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="103"/>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="126"/>
        <source>Create or import an interview guide first.</source>
        <translation>Creare o importare prima una traccia d&apos;intervista.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="138"/>
        <source>Find the person by name and choose them in the list.</source>
        <translation>Trovare la persona per nome e sceglierla nell&apos;elenco.</translation>
    </message>
</context>
<context>
    <name>SubjectAccessDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="47"/>
        <source>Everything about {name}</source>
        <translation>Tutti i dati su {name}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="49"/>
        <source>Write everything this database holds about {name} — personal data, consents, registrations, attendance, notes, interviews and audit entries — to answer a subject access request.</source>
        <translation>Scrivere tutto ciò che questo database contiene su {name} (dati personali, consensi, iscrizioni, presenze, note, interviste e voci del registro di audit) per rispondere a una richiesta di accesso dell&apos;interessato.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="54"/>
        <source>⚠ The file contains personal data: give it only to the person it is about, protect it with a password when it travels, and delete your copy afterwards.</source>
        <translation>⚠ Il file contiene dati personali: consegnarlo solo alla persona interessata, proteggerlo con una password durante il trasporto ed eliminare la propria copia in seguito.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="58"/>
        <source>E&amp;xcel workbook (.xlsx)</source>
        <translation>Cartella di lavoro E&amp;xcel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="59"/>
        <source>P&amp;DF document</source>
        <translation>Documento P&amp;DF</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="65"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="70"/>
        <source>optional: encrypts the workbook</source>
        <translation>facoltativa: cifra la cartella di lavoro</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="86"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="87"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="90"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="91"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Ripeti:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="93"/>
        <source>&amp;Write file</source>
        <translation>Scri&amp;vi file</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="126"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro di Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="126"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="138"/>
        <source>Choose where to write the file.</source>
        <translation>Scegliere dove scrivere il file.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="144"/>
        <source>The two passwords differ.</source>
        <translation>Le due password non coincidono.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="159"/>
        <source>Writing…</source>
        <translation>Scrittura…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="167"/>
        <source>Written to {file}.</source>
        <translation>Scritto in {file}.</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/overview_targets.py" line="27"/>
        <source>Project targets</source>
        <translation>Obiettivi del progetto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_targets.py" line="41"/>
        <source>International &amp;events:</source>
        <translation>&amp;Eventi internazionali:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_targets.py" line="42"/>
        <source>Direct &amp;participants:</source>
        <translation>&amp;Partecipanti diretti:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_targets.py" line="43"/>
        <source>&amp;Countries:</source>
        <translation>Pae&amp;si:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_targets.py" line="47"/>
        <source>What the grant agreement promised. Participants count each person once, across every event.</source>
        <translation>Ciò che prevede la convenzione di sovvenzione. I partecipanti contano ogni persona una sola volta, su tutti gli eventi.</translation>
    </message>
</context>
<context>
    <name>ToolkitView</name>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="38"/>
        <source>Methodology</source>
        <translation>Metodologia</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="40"/>
        <source>Duration</source>
        <translation>Durata</translation>
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
        <translation>Dimensione del gruppo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="44"/>
        <source>Priorities</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="46"/>
        <source>Used</source>
        <translation>Usi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="57"/>
        <source>group: {size}</source>
        <translation>gruppo: {size}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="58"/>
        <source>from: {network}</source>
        <translation>da: {network}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="62"/>
        <source>Aim</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="63"/>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="64"/>
        <source>Steps</source>
        <translation>Fasi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="65"/>
        <source>Materials</source>
        <translation>Materiali</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="66"/>
        <source>Tips</source>
        <translation>Suggerimenti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="69"/>
        <source>Where it was used</source>
        <translation>Dove è stata usata</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="76"/>
        <source>Not used at a recorded session yet.</source>
        <translation>Non ancora usata in una sessione registrata.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="78"/>
        <source>Outcomes of those sessions</source>
        <translation>Risultati di quelle sessioni</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="178"/>
        <source>%Ln methodology(ies)</source>
        <translation>
            <numerusform>%Ln metodologia</numerusform>
            <numerusform>%Ln metodologie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="212"/>
        <source>Added %Ln methodology(ies) to the Toolkit.</source>
        <translation>
            <numerusform>%Ln metodologia aggiunta al Toolkit.</numerusform>
            <numerusform>%Ln metodologie aggiunte al Toolkit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="218"/>
        <source>Workbook (*.xlsx)</source>
        <translation>Cartella di lavoro (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="219"/>
        <source>Save the EC-NET Toolkit</source>
        <translation>Salva il Toolkit EC-NET</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="225"/>
        <source>&amp;Find:</source>
        <translation>&amp;Trova:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="226"/>
        <source>Words in the name, aim or summary</source>
        <translation>Parole nel nome, nell&apos;obiettivo o nel riepilogo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="227"/>
        <source>Add the &amp;standard methods</source>
        <translation>Aggiungi i metodi &amp;standard</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="229"/>
        <source>Adds the participatory methods of the EC-NET Toolkit that this database does not hold yet (methods you deleted stay deleted).</source>
        <translation>Aggiunge i metodi partecipativi del Toolkit EC-NET che questo database non contiene ancora (i metodi eliminati restano eliminati).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="231"/>
        <source>Save as P&amp;DF…</source>
        <translation>Salva come P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="232"/>
        <source>Save the toolkit as a PDF to print or share</source>
        <translation>Salva il Toolkit come PDF da stampare o condividere</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="233"/>
        <source>Save as &amp;workbook…</source>
        <translation>Salva come cartella di la&amp;voro…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="234"/>
        <source>Save the toolkit as an Excel workbook</source>
        <translation>Salva il Toolkit come cartella di lavoro di Excel</translation>
    </message>
</context>
<context>
    <name>WalkinDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="129"/>
        <source>Walk-in</source>
        <translation>Iscrizione sul posto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="137"/>
        <source>Optional; a new name is created</source>
        <translation>Facoltativa; viene creato un nuovo nome</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="144"/>
        <source>Agrees to the processing of their personal data (consent text {version})</source>
        <translation>Acconsente al trattamento dei propri dati personali (testo del consenso {version})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="154"/>
        <source>Check in the selected person &amp;instead</source>
        <translation>Registra &amp;invece il check-in della persona selezionata</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="156"/>
        <source>Do not add a new person: check in the selected existing person</source>
        <translation>Non aggiungere una nuova persona: registra il check-in della persona esistente selezionata</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="165"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="166"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Cognome:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="167"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Paese:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="168"/>
        <source>O&amp;rganisation:</source>
        <translation>O&amp;rganizzazione:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="170"/>
        <source>C&amp;ategory:</source>
        <translation>C&amp;ategoria:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="177"/>
        <source>&amp;Register and check in</source>
        <translation>I&amp;scrivi e registra il check-in</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="184"/>
        <source>Register a new person for {event} and check them in.</source>
        <translation>Iscrivere una nuova persona a {event} e registrarne il check-in.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="313"/>
        <source>Walk-in “{name}”</source>
        <translation>Iscrizione sul posto “{name}”</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../ecnet_desktop/services/audit.py" line="35"/>
        <source>export</source>
        <translation>esportazione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/audit.py" line="36"/>
        <source>import</source>
        <translation>importazione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/audit.py" line="37"/>
        <source>erasure</source>
        <translation>cancellazione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/audit.py" line="38"/>
        <source>subject access export</source>
        <translation>esportazione per richiesta di accesso</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/audit.py" line="39"/>
        <source>research export</source>
        <translation>esportazione per la ricerca</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/audit.py" line="40"/>
        <source>backups scrubbed</source>
        <translation>backup ripuliti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/audit.py" line="41"/>
        <source>consent</source>
        <translation>consenso</translation>
    </message>
</context>
<context>
    <name>checkin</name>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="143"/>
        <source>{name} is checked in.</source>
        <translation>Check-in di {name} registrato.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="144"/>
        <source>{name} was already checked in.</source>
        <translation>{name} aveva già fatto il check-in.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="145"/>
        <source>This is not an EC-NET badge code.</source>
        <translation>Questo non è un codice badge EC-NET.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="146"/>
        <source>This badge code cannot be read (damaged or mistyped). Search by name instead.</source>
        <translation>Impossibile leggere questo codice badge (danneggiato o digitato male). Cercare invece per nome.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="148"/>
        <source>This badge belongs to nobody in this database. Search by name, or register the person as a walk-in.</source>
        <translation>Questo badge non appartiene a nessuno in questo database. Cercare per nome o iscrivere la persona sul posto.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="151"/>
        <source>This badge is for another event: “{title}”. Search by name to check the person in here.</source>
        <translation>Questo badge è per un altro evento: “{title}”. Cercare per nome per registrare qui il check-in della persona.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="154"/>
        <source>This badge is for an event that is not in this database. Search by name to check the person in here.</source>
        <translation>Questo badge è per un evento che non è in questo database. Cercare per nome per registrare qui il check-in della persona.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="157"/>
        <source>The session “{title}” is not part of this event.</source>
        <translation>La sessione “{title}” non fa parte di questo evento.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../ecnet_desktop/cli.py" line="218"/>
        <location filename="../ecnet_desktop/cli_common.py" line="20"/>
        <source>Interrupted; nothing was changed.</source>
        <translation>Interrotto; nulla è stato modificato.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_compendium.py" line="25"/>
        <source>Wrote {path} ({rows} rows).</source>
        <translation>Scritto {path} ({rows} righe).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_compendium.py" line="31"/>
        <location filename="../ecnet_desktop/cli_print.py" line="70"/>
        <source>Wrote {path} (1 page).</source>
        <translation>Scritto {path} (1 pagina).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_compendium.py" line="32"/>
        <location filename="../ecnet_desktop/cli_print.py" line="71"/>
        <source>Wrote {path} ({pages} pages).</source>
        <translation>Scritto {path} ({pages} pagine).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_erase.py" line="45"/>
        <source>Erasure cannot be undone: add --yes to erase without a question.</source>
        <translation>La cancellazione non può essere annullata: aggiungere --yes per cancellare senza conferma.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_erase.py" line="47"/>
        <source>Erase every personal detail of {name} ({id})? This cannot be undone. [y/N] </source>
        <translation>Cancellare tutti i dati personali di {name} ({id})? L&apos;operazione non può essere annullata. [y/N] </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_erase.py" line="51"/>
        <source>Nothing was erased.</source>
        <translation>Nulla è stato cancellato.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_exchange.py" line="65"/>
        <source>The folder {folder} does not exist.</source>
        <translation>La cartella {folder} non esiste.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_exchange.py" line="67"/>
        <source>{path} does not exist yet: the preview shows what importing into a new, empty database would do; nothing was created.</source>
        <translation>{path} non esiste ancora: l&apos;anteprima mostra che cosa farebbe l&apos;importazione in un nuovo database vuoto; non è stato creato nulla.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_common.py" line="19"/>
        <source>Interrupted; no file was written.</source>
        <translation>Interrotto; nessun file è stato scritto.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_print.py" line="68"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Impossibile scrivere {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_print.py" line="84"/>
        <source>--event is required for attendance, badges, certificates and report.</source>
        <translation>--event è obbligatorio per attendance, badges, certificates e report.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_print.py" line="87"/>
        <source>--person works with badges and certificates; an attendance sheet lists everyone registered.</source>
        <translation>--person funziona con badges e certificates; un foglio presenze elenca tutti gli iscritti.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="37"/>
        <source>No valid row to import in {file}; nothing was changed.</source>
        <translation>Nessuna riga valida da importare in {file}; nulla è stato modificato.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="41"/>
        <source>Dry run: nothing was changed.</source>
        <translation>Prova: nulla è stato modificato.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="44"/>
        <source>Imported. People created: {created}; people already in the database now registered: {existing}; already registered for this event: {already}; organisations created: {orgs}.</source>
        <translation>Importato. Persone create: {created}; persone già nel database ora iscritte: {existing}; già iscritte a questo evento: {already}; organizzazioni create: {orgs}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="51"/>
        <source>Backup taken before the import: {path}</source>
        <translation>Backup creato prima dell&apos;importazione: {path}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="60"/>
        <source>{file}, sheet “{sheet}”, header on row {row}, for the event “{event}”:</source>
        <translation>{file}, foglio “{sheet}”, intestazione alla riga {row}, per l&apos;evento “{event}”:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="65"/>
        <source>{file} ({encoding}, separated by {delimiter}), header on row {row}, for the event “{event}”:</source>
        <translation>{file} ({encoding}, separato da {delimiter}), intestazione alla riga {row}, per l&apos;evento “{event}”:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="71"/>
        <source>  New people: {new}; people already in the database: {existing}; rows repeated in the file: {repeated}; rows rejected: {rejected}.</source>
        <translation>  Nuove persone: {new}; persone già nel database: {existing}; righe ripetute nel file: {repeated}; righe rifiutate: {rejected}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="81"/>
        <source>  Row {row}: {name} matches {existing} in the database ({reason}), already registered for this event.</source>
        <translation>  Riga {row}: {name} corrisponde a {existing} nel database ({reason}), già iscritto a questo evento.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="85"/>
        <source>  Row {row}: {name} matches {existing} in the database ({reason}): that person is registered.</source>
        <translation>  Riga {row}: {name} corrisponde a {existing} nel database ({reason}): quella persona viene iscritta.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="89"/>
        <source>  Row {row}: {name} looks like {existing} ({reason}), but their names or e-mails differ: a new person is created.</source>
        <translation>  Riga {row}: {name} somiglia a {existing} ({reason}), ma i nomi o le e-mail sono diversi: viene creata una nuova persona.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="95"/>
        <source>  Row {row} repeats row {first} ({name}): skipped.</source>
        <translation>  La riga {row} ripete la riga {first} ({name}): saltata.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="101"/>
        <source>  Unknown columns, not imported: {headers}.</source>
        <translation>  Colonne sconosciute, non importate: {headers}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_report.py" line="21"/>
        <source>The event report is printed as PDF: give --out a name ending in .pdf (the workbook comes from `ecnet-desktop summary --event ID --out FILE.xlsx`).</source>
        <translation>Il rapporto dell&apos;evento viene stampato in PDF: indicare in --out un nome che termina con .pdf (la cartella di lavoro si ottiene con `ecnet-desktop summary --event ID --out FILE.xlsx`).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_report.py" line="24"/>
        <source>The summary is a workbook: give --out a name ending in .xlsx.</source>
        <translation>Il riepilogo è una cartella di lavoro: indicare in --out un nome che termina con .xlsx.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_report.py" line="60"/>
        <source>Wrote {path}.</source>
        <translation>Scritto {path}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_research.py" line="28"/>
        <source>Wrote {path}: {n} interviews from {guides} guides, pseudonymised.</source>
        <translation>Scritto {path}: {n} interviste da {guides} tracce, pseudonimizzate.</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <location filename="../ecnet_desktop/services/duplicates.py" line="19"/>
        <source>same e-mail</source>
        <translation>stessa e-mail</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/duplicates.py" line="20"/>
        <source>similar name</source>
        <translation>nome simile</translation>
    </message>
</context>
<context>
    <name>enum</name>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="128"/>
        <source>international event</source>
        <translation>evento internazionale</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="129"/>
        <source>local working group</source>
        <translation>gruppo di lavoro locale</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="130"/>
        <location filename="../ecnet_desktop/domain/enums.py" line="136"/>
        <location filename="../ecnet_desktop/domain/enums.py" line="140"/>
        <location filename="../ecnet_desktop/domain/enums.py" line="145"/>
        <location filename="../ecnet_desktop/domain/enums.py" line="148"/>
        <source>other</source>
        <translation>altro</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="131"/>
        <source>plenary</source>
        <translation>plenaria</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="132"/>
        <source>workshop</source>
        <translation>workshop</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="133"/>
        <source>study visit</source>
        <translation>visita di studio</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="134"/>
        <source>panel debate</source>
        <translation>dibattito</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="135"/>
        <source>cultural programme</source>
        <translation>programma culturale</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="137"/>
        <source>municipality</source>
        <translation>comune</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="138"/>
        <source>civil-society organisation</source>
        <translation>organizzazione della società civile</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="139"/>
        <source>school</source>
        <translation>scuola</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="141"/>
        <source>policy maker</source>
        <translation>decisore politico</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="142"/>
        <source>public officer</source>
        <translation>funzionario pubblico</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="143"/>
        <source>activist</source>
        <translation>attivista</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="144"/>
        <source>citizen</source>
        <translation>cittadino</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="146"/>
        <source>female</source>
        <translation>donna</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="147"/>
        <source>male</source>
        <translation>uomo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="149"/>
        <source>prefers not to say</source>
        <translation>preferisce non dichiararlo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="150"/>
        <source>participant</source>
        <translation>partecipante</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="151"/>
        <source>speaker</source>
        <translation>relatore</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="152"/>
        <source>facilitator</source>
        <translation>facilitatore</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="153"/>
        <source>staff</source>
        <translation>staff</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="154"/>
        <source>interpreter</source>
        <translation>interprete</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="155"/>
        <source>registered</source>
        <translation>iscritto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="156"/>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="157"/>
        <source>no-show</source>
        <translation>non presentato</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="158"/>
        <source>desk</source>
        <translation>banco</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="159"/>
        <source>badge scan</source>
        <translation>scansione badge</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="160"/>
        <source>paper sheet</source>
        <translation>foglio cartaceo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="161"/>
        <source>minutes</source>
        <translation>verbale</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="162"/>
        <source>observation</source>
        <translation>osservazione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="163"/>
        <source>outcome</source>
        <translation>risultato</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="164"/>
        <source>recommendation</source>
        <translation>raccomandazione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="165"/>
        <source>quote</source>
        <translation>citazione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="166"/>
        <source>Euroscepticism</source>
        <translation>Euroscetticismo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="167"/>
        <source>Solidarity</source>
        <translation>Solidarietà</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="168"/>
        <source>Active citizenship</source>
        <translation>Cittadinanza attiva</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="169"/>
        <source>Intercultural dialogue</source>
        <translation>Dialogo interculturale</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="170"/>
        <source>open text</source>
        <translation>testo libero</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="171"/>
        <source>Likert 1–5</source>
        <translation>Likert 1–5</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="172"/>
        <source>single choice</source>
        <translation>scelta singola</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="173"/>
        <source>multiple choice</source>
        <translation>scelta multipla</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="174"/>
        <source>number</source>
        <translation>numero</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="175"/>
        <source>yes/no</source>
        <translation>sì/no</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="176"/>
        <source>draft</source>
        <translation>bozza</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="177"/>
        <source>completed</source>
        <translation>completata</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="178"/>
        <source>local</source>
        <translation>locale</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="179"/>
        <source>national</source>
        <translation>nazionale</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="180"/>
        <source>European programme</source>
        <translation>programma europeo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="181"/>
        <source>data processing</source>
        <translation>trattamento dei dati</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="182"/>
        <source>photos</source>
        <translation>foto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="183"/>
        <source>appearing on lists</source>
        <translation>comparsa negli elenchi</translation>
    </message>
</context>
<context>
    <name>event report</name>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="27"/>
        <source>Participation: The event involved {count} participants, including {list}.</source>
        <translation>Partecipazione: all&apos;evento hanno preso parte {count} partecipanti, di cui {list}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="29"/>
        <source>Participation: No participants have been recorded yet.</source>
        <translation>Partecipazione: non è stato ancora registrato alcun partecipante.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="31"/>
        <source>{count} from {country}</source>
        <translation>{count} da {country}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="32"/>
        <source>{count} from other countries</source>
        <translation>{count} da altri paesi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="33"/>
        <source>{items} and {last}</source>
        <translation>{items} e {last}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="34"/>
        <source>Place/Dates: The event took place in {place} from {start} to {end}.</source>
        <translation>Luogo/Date: l&apos;evento si è svolto a {place} dal {start} al {end}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="36"/>
        <source>Place/Dates: The event took place in {place} on {date}.</source>
        <translation>Luogo/Date: l&apos;evento si è svolto a {place} il {date}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="38"/>
        <source>Short description: {text}</source>
        <translation>Breve descrizione: {text}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="39"/>
        <source>The event “{title}” was part of the project EC-NET – European Citizenship Network of Towns.</source>
        <translation>L&apos;evento “{title}” ha fatto parte del progetto EC-NET – European Citizenship Network of Towns.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="42"/>
        <source>{day}: {activities}.</source>
        <translation>{day}: {activities}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="43"/>
        <source>The project was funded by the European Union within the “Europe for Citizens” programme.</source>
        <translation>Il progetto è stato finanziato dall&apos;Unione europea nell&apos;ambito del programma “Europa per i cittadini”.</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="29"/>
        <source>EC-NET Recommendations</source>
        <translation>Raccomandazioni EC-NET</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="30"/>
        <source>EC-NET Toolkit</source>
        <translation>Toolkit EC-NET</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="31"/>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="32"/>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="33"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="34"/>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="35"/>
        <source>Addressed to</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="36"/>
        <source>Recommendation</source>
        <translation>Raccomandazione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="37"/>
        <source>All priorities</source>
        <translation>Tutte le priorità</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="38"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="39"/>
        <source>Town</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="40"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="41"/>
        <source>Dates</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="42"/>
        <source>Session</source>
        <translation>Sessione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="43"/>
        <source>See also</source>
        <translation>Vedi anche</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="44"/>
        <source>Methodology</source>
        <translation>Metodologia</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="45"/>
        <source>Aim</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="46"/>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="47"/>
        <source>Steps</source>
        <translation>Fasi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="48"/>
        <source>Duration (minutes)</source>
        <translation>Durata (minuti)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="49"/>
        <source>Group size</source>
        <translation>Dimensione del gruppo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="50"/>
        <source>Materials</source>
        <translation>Materiali</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="51"/>
        <source>Tips</source>
        <translation>Suggerimenti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="52"/>
        <source>Source network</source>
        <translation>Rete di origine</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="53"/>
        <source>Used at (event — session, date)</source>
        <translation>Usata in (evento — sessione, data)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="54"/>
        <source>Other topics</source>
        <translation>Altri temi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="55"/>
        <source>whole event</source>
        <translation>intero evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/safe_xlsx.py" line="75"/>
        <source>A text of {length} characters does not fit in a workbook cell (at most {limit}); shorten it and export again. It starts: {start}</source>
        <translation>Un testo di {length} caratteri non entra in una cella della cartella di lavoro (massimo {limit}); accorciarlo ed esportare di nuovo. Inizia con: {start}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/safe_xlsx.py" line="145"/>
        <source>Could not write {path}: {reason}</source>
        <translation>Impossibile scrivere {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="64"/>
        <source>Devices</source>
        <translation>Dispositivi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="65"/>
        <source>Organisations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="66"/>
        <source>Consent texts</source>
        <translation>Testi del consenso</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="67"/>
        <source>Methodologies</source>
        <translation>Metodologie</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="68"/>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="69"/>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="70"/>
        <source>Sessions</source>
        <translation>Sessioni</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="71"/>
        <source>Registrations</source>
        <translation>Iscrizioni</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="72"/>
        <source>Attendance</source>
        <translation>Presenze</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="73"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="74"/>
        <source>Interview guides</source>
        <translation>Tracce d&apos;intervista</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="75"/>
        <source>Questions</source>
        <translation>Domande</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="76"/>
        <source>Interviews</source>
        <translation>Interviste</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="77"/>
        <source>Answers</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="80"/>
        <source>About</source>
        <translation>Informazioni</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="84"/>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="85"/>
        <source>format version</source>
        <translation>versione del formato</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="86"/>
        <source>app version</source>
        <translation>versione dell&apos;app</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="87"/>
        <source>device id</source>
        <translation>id del dispositivo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="88"/>
        <source>device name</source>
        <translation>nome del dispositivo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="89"/>
        <source>exported at (UTC)</source>
        <translation>esportato il (UTC)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="90"/>
        <source>scope</source>
        <translation>contenuto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="91"/>
        <source>checksum</source>
        <translation>somma di controllo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="93"/>
        <source>rows: {sheet}</source>
        <translation>righe: {sheet}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="94"/>
        <source>whole database</source>
        <translation>intera banca dati</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="95"/>
        <source>event {id}</source>
        <translation>evento {id}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_read.py" line="84"/>
        <source>Sheet {sheet}, row {row}, column {column}: {value} — {rule}</source>
        <translation>Foglio {sheet}, riga {row}, colonna {column}: {value} — {rule}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_read.py" line="357"/>
        <source>unknown column; its cells were not read</source>
        <translation>colonna sconosciuta: le sue celle non sono state lette</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_read.py" line="412"/>
        <source>a new row needs every column of the sheet</source>
        <translation>una nuova riga richiede tutte le colonne del foglio</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_read.py" line="498"/>
        <source>expected one of: {options}</source>
        <translation>atteso uno tra: {options}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_read.py" line="505"/>
        <source>at most {n} characters</source>
        <translation>al massimo {n} caratteri</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/sync_apply.py" line="438"/>
        <source>The file holds clocks far in the future ({clock}); check the date of the laptop that wrote it.</source>
        <translation>Il file contiene orologi molto avanti nel futuro ({clock}); controllare la data del portatile che lo ha scritto.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/sync_apply.py" line="662"/>
        <source>A person cannot be merged into themselves.</source>
        <translation>Una persona non può essere unita a se stessa.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/sync_apply.py" line="686"/>
        <source>No conflict {id}.</source>
        <translation>Nessun conflitto {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/sync_apply.py" line="769"/>
        <source>The file refers to records that are neither in it nor in this database ({reason}); nothing was imported.</source>
        <translation>Il file fa riferimento a record che non si trovano né nel file né in questo database ({reason}); non è stato importato nulla.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/exchange/importer.py" line="118"/>
        <source>{file} has %Ln rejected cells; nothing was imported:
{report}</source>
        <translation>
            <numerusform>{file} ha %Ln cella rifiutata; non è stato importato nulla:
{report}</numerusform>
            <numerusform>{file} ha %Ln celle rifiutate; non è stato importato nulla:
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
        <translation>tipo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="11"/>
        <source>title</source>
        <translation>titolo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="12"/>
        <source>host town</source>
        <translation>città ospitante</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="13"/>
        <source>country</source>
        <translation>paese</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="14"/>
        <source>venue</source>
        <translation>sede</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="15"/>
        <source>start date</source>
        <translation>data di inizio</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="16"/>
        <source>end date</source>
        <translation>data di fine</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="17"/>
        <source>priorities</source>
        <translation>priorità</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="18"/>
        <source>host organisation</source>
        <translation>organizzazione ospitante</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="19"/>
        <source>description</source>
        <translation>descrizione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="20"/>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="21"/>
        <source>session</source>
        <translation>sessione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="22"/>
        <source>start</source>
        <translation>inizio</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="23"/>
        <source>end</source>
        <translation>fine</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="24"/>
        <source>room</source>
        <translation>sala</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="25"/>
        <source>methodology</source>
        <translation>metodologia</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="26"/>
        <source>facilitator</source>
        <translation>facilitatore</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="27"/>
        <source>given name</source>
        <translation>nome</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="28"/>
        <source>family name</source>
        <translation>cognome</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="29"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="30"/>
        <source>phone</source>
        <translation>telefono</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="31"/>
        <source>town</source>
        <translation>città</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="32"/>
        <location filename="../ecnet_desktop/domain/fields.py" line="33"/>
        <source>organisation</source>
        <translation>organizzazione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="34"/>
        <source>category</source>
        <translation>categoria</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="35"/>
        <source>gender</source>
        <translation>genere</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="36"/>
        <source>birth year</source>
        <translation>anno di nascita</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="37"/>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="38"/>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="39"/>
        <source>role</source>
        <translation>ruolo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="40"/>
        <source>status</source>
        <translation>stato</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="41"/>
        <source>invited by town</source>
        <translation>invitato dalla città</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="42"/>
        <source>text</source>
        <translation>testo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="43"/>
        <source>language</source>
        <translation>lingua</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="44"/>
        <source>author</source>
        <translation>autore</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="45"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="46"/>
        <source>method</source>
        <translation>metodo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="47"/>
        <source>sessions</source>
        <translation>sessioni</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="48"/>
        <source>days</source>
        <translation>giorni</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="100"/>
        <source>deleted</source>
        <translation>eliminato</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="101"/>
        <source>version</source>
        <translation>versione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="102"/>
        <source>summary</source>
        <translation>riepilogo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="103"/>
        <source>steps</source>
        <translation>fasi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="104"/>
        <source>duration minutes</source>
        <translation>durata in minuti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="105"/>
        <source>group size</source>
        <translation>dimensione del gruppo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="106"/>
        <source>materials</source>
        <translation>materiali</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="107"/>
        <source>tips</source>
        <translation>suggerimenti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="108"/>
        <source>source network</source>
        <translation>rete di origine</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="109"/>
        <source>aim</source>
        <translation>obiettivo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="110"/>
        <source>consent processing at</source>
        <translation>consenso al trattamento: data</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="111"/>
        <source>consent processing version</source>
        <translation>consenso al trattamento: versione del testo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="112"/>
        <source>consent processing by</source>
        <translation>consenso al trattamento: registrato da</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="113"/>
        <source>consent photos at</source>
        <translation>consenso alle foto: data</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="114"/>
        <source>consent photos version</source>
        <translation>consenso alle foto: versione del testo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="115"/>
        <source>consent photos by</source>
        <translation>consenso alle foto: registrato da</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="116"/>
        <source>consent lists at</source>
        <translation>consenso agli elenchi: data</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="117"/>
        <source>consent lists version</source>
        <translation>consenso agli elenchi: versione del testo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="118"/>
        <source>consent lists by</source>
        <translation>consenso agli elenchi: registrato da</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="119"/>
        <source>erased</source>
        <translation>cancellato (GDPR)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="120"/>
        <source>merged into id</source>
        <translation>unito a (id)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="121"/>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="122"/>
        <source>checked at</source>
        <translation>registrato alle</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="123"/>
        <source>recorded by device</source>
        <translation>registrato dal dispositivo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="124"/>
        <source>publishable</source>
        <translation>pubblicabile</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="125"/>
        <source>level</source>
        <translation>livello</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="126"/>
        <source>addressee</source>
        <translation>destinatario</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="127"/>
        <source>related</source>
        <translation>correlate</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="128"/>
        <source>languages</source>
        <translation>lingue</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="129"/>
        <source>guide id</source>
        <translation>traccia (id)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="130"/>
        <source>position</source>
        <translation>posizione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="131"/>
        <source>section</source>
        <translation>sezione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="132"/>
        <source>required</source>
        <translation>obbligatoria</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="133"/>
        <source>choices</source>
        <translation>opzioni</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="134"/>
        <source>respondent code</source>
        <translation>codice dell&apos;intervistato</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="135"/>
        <source>respondent category</source>
        <translation>categoria dell&apos;intervistato</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="136"/>
        <source>respondent country</source>
        <translation>paese dell&apos;intervistato</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="137"/>
        <source>respondent age band</source>
        <translation>fascia d&apos;età dell&apos;intervistato</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="138"/>
        <source>interviewer</source>
        <translation>intervistatore</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="139"/>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="140"/>
        <source>consent</source>
        <translation>consenso</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="141"/>
        <source>interview id</source>
        <translation>intervista (id)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="142"/>
        <source>question id</source>
        <translation>domanda (id)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="143"/>
        <source>value</source>
        <translation>valore</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="144"/>
        <source>tags</source>
        <translation>etichette</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="145"/>
        <source>codes</source>
        <translation>codici</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="29"/>
        <source>date of birth</source>
        <translation>data di nascita</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="30"/>
        <source>consent: data processing</source>
        <translation>consenso: trattamento dei dati</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="31"/>
        <source>consent: photos</source>
        <translation>consenso: foto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="32"/>
        <source>consent: appearing on lists</source>
        <translation>consenso: comparsa negli elenchi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="33"/>
        <source>time of the form (not imported)</source>
        <translation>ora del modulo (non importata)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="34"/>
        <source>do not import</source>
        <translation>non importare</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="35"/>
        <source>unknown: not imported</source>
        <translation>sconosciuta: non importata</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="409"/>
        <source>Columns “{first}” and “{second}” both hold the {field}; only “{first}” is imported.</source>
        <translation>Le colonne “{first}” e “{second}” contengono entrambe il campo {field}; viene importata solo “{first}”.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="417"/>
        <source>No column holds the given or the family name; map one of the columns ({headers}) to a name.</source>
        <translation>Nessuna colonna contiene il nome o il cognome; associare una delle colonne ({headers}) a un nome.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="421"/>
        <source>No column holds the category: new people are recorded as “{value}”.</source>
        <translation>Nessuna colonna contiene la categoria: le nuove persone vengono registrate come “{value}”.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="127"/>
        <source>Row {row}, column “{column}”: the text is too long ({length} characters; at most {limit}).</source>
        <translation>Riga {row}, colonna “{column}”: il testo è troppo lungo ({length} caratteri; massimo {limit}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="132"/>
        <source>Row {row}: there is neither a given nor a family name.</source>
        <translation>Riga {row}: non c&apos;è né un nome né un cognome.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="136"/>
        <source>Row {row}, column “{column}”: “{value}” is not an e-mail address (expected e.g. name@example.org).</source>
        <translation>Riga {row}, colonna “{column}”: “{value}” non è un indirizzo e-mail (previsto ad es. nome@example.org).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="141"/>
        <source>Row {row}, column “{column}”: “{value}” is not a phone number (expected digits, spaces and + ( ) . / -).</source>
        <translation>Riga {row}, colonna “{column}”: “{value}” non è un numero di telefono (previsti cifre, spazi e + ( ) . / -).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="146"/>
        <source>Row {row}, column “{column}”: “{value}” is not a known country (expected an ISO code such as HR, or the country&apos;s name).</source>
        <translation>Riga {row}, colonna “{column}”: “{value}” non è un paese noto (previsto un codice ISO come HR o il nome del paese).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="152"/>
        <source>Row {row}, column “{column}”: “{value}” is not a category (expected policy maker, public officer, activist, citizen or other).</source>
        <translation>Riga {row}, colonna “{column}”: “{value}” non è una categoria (prevista: decisore politico, funzionario pubblico, attivista, cittadino o altro).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="158"/>
        <source>Row {row}, column “{column}”: “{value}” is not a role (expected participant, speaker, facilitator, staff or interpreter).</source>
        <translation>Riga {row}, colonna “{column}”: “{value}” non è un ruolo (previsto: partecipante, relatore, facilitatore, staff o interprete).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="163"/>
        <source>Row {row}, column “{column}”: “{value}” is not a gender (expected female, male, other or prefers not to say).</source>
        <translation>Riga {row}, colonna “{column}”: “{value}” non è un genere (previsto: donna, uomo, altro o preferisce non dichiararlo).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="173"/>
        <source>Row {row}, column “{column}”: “{value}” is not a date of birth (expected e.g. 31.12.1980, 1980-12-31 or a spreadsheet date).</source>
        <translation>Riga {row}, colonna “{column}”: “{value}” non è una data di nascita (prevista ad es. 31.12.1980, 1980-12-31 o una data del foglio di calcolo).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="179"/>
        <source>Row {row}, column “{column}”: “{value}” is not a year of birth between 1900 and {last}.</source>
        <translation>Riga {row}, colonna “{column}”: “{value}” non è un anno di nascita compreso tra 1900 e {last}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="189"/>
        <source>Row {row}, column “{column}”: “{value}” is neither yes nor no.</source>
        <translation>Riga {row}, colonna “{column}”: “{value}” non è né sì né no.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="386"/>
        <source>The header is on row {row}; the rows above it were skipped.</source>
        <translation>L&apos;intestazione è alla riga {row}; le righe soprastanti sono state saltate.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="390"/>
        <source>Blank or totals rows skipped: {rows}.</source>
        <translation>Righe vuote o di totali saltate: {rows}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="129"/>
        <source>The file is not a text (CSV) file; save it as CSV or XLSX.</source>
        <translation>Il file non è un file di testo (CSV); salvarlo come CSV o XLSX.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="187"/>
        <source>Row {row} cannot be read: {reason}.</source>
        <translation>Impossibile leggere la riga {row}: {reason}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="194"/>
        <source>The file has more than {limit} rows; split it into smaller files.</source>
        <translation>Il file ha più di {limit} righe; suddividerlo in file più piccoli.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="198"/>
        <source>The file has more than {limit} columns; is it the right file?</source>
        <translation>Il file ha più di {limit} colonne; è il file giusto?</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="226"/>
        <location filename="../ecnet_desktop/services/tabular.py" line="249"/>
        <source>{file} is not a readable XLSX workbook.</source>
        <translation>{file} non è una cartella di lavoro XLSX leggibile.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="229"/>
        <source>{file} unpacks to more than {limit} MB; split it into smaller files.</source>
        <translation>{file} decompresso supera {limit} MB; suddividerlo in file più piccoli.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="261"/>
        <source>{file} is not a readable XLSX workbook ({reason}).</source>
        <translation>{file} non è una cartella di lavoro XLSX leggibile ({reason}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="274"/>
        <source>{file} has no sheet named “{sheet}” (sheets: {sheets}).</source>
        <translation>{file} non ha un foglio denominato “{sheet}” (fogli: {sheets}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="341"/>
        <source>No header row found: the first rows should name the columns.</source>
        <translation>Nessuna riga di intestazione trovata: le prime righe devono indicare i nomi delle colonne.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="357"/>
        <source>There is no file at {path}.</source>
        <translation>Non esiste alcun file in {path}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="360"/>
        <source>{file} is larger than {limit} MB; split it into smaller files.</source>
        <translation>{file} supera {limit} MB; suddividerlo in file più piccoli.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="365"/>
        <source>{file} is an old .xls or a password-protected workbook; save it as XLSX or CSV without a password.</source>
        <translation>{file} è un vecchio file .xls o una cartella di lavoro protetta da password; salvarlo come XLSX o CSV senza password.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="375"/>
        <source>{file} holds no rows.</source>
        <translation>{file} non contiene righe.</translation>
    </message>
</context>
<context>
    <name>interviews</name>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="68"/>
        <source>&apos;{value}&apos; is not a Likert answer: give a whole number from 1 to 5.</source>
        <translation>&apos;{value}&apos; non è una risposta Likert: indicare un numero intero da 1 a 5.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="79"/>
        <source>&apos;{value}&apos; is not yes or no.</source>
        <translation>&apos;{value}&apos; non è né sì né no.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="84"/>
        <location filename="../ecnet_desktop/services/interviews.py" line="92"/>
        <source>&apos;{value}&apos; is not one of the choices: {allowed}.</source>
        <translation>&apos;{value}&apos; non è una delle scelte: {allowed}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="103"/>
        <location filename="../ecnet_desktop/services/interviews.py" line="105"/>
        <source>&apos;{value}&apos; is not a number.</source>
        <translation>&apos;{value}&apos; non è un numero.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="115"/>
        <source>A question needs its text in at least one language.</source>
        <translation>Una domanda richiede il testo in almeno una lingua.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="140"/>
        <source>Each choice needs its own value (&apos;{value}&apos;).</source>
        <translation>Ogni scelta richiede un proprio valore (&apos;{value}&apos;).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="146"/>
        <source>A choice question needs at least two choices.</source>
        <translation>Una domanda a scelta richiede almeno due scelte.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="156"/>
        <source>The name &apos;{value}&apos; must start with a letter and hold only letters, digits and _ . - (at most 64).</source>
        <translation>Il nome &apos;{value}&apos; deve iniziare con una lettera e contenere solo lettere, cifre e _ . - (massimo 64).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="174"/>
        <source>&apos;{value}&apos; is not a language code such as en or it.</source>
        <translation>&apos;{value}&apos; non è un codice lingua come en o it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/services/interviews.py" line="224"/>
        <source>This guide was used in %Ln interviews; it cannot be deleted.</source>
        <translation>
            <numerusform>Questa traccia è stata usata in %Ln intervista; non può essere eliminata.</numerusform>
            <numerusform>Questa traccia è stata usata in %Ln interviste; non può essere eliminata.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="352"/>
        <source>This person&apos;s data was erased; interview them as an anonymous respondent.</source>
        <translation>I dati di questa persona sono stati cancellati; intervistarla come intervistato anonimo.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="362"/>
        <source>&apos;{value}&apos; is not an age band: {allowed}.</source>
        <translation>&apos;{value}&apos; non è una fascia d&apos;età: {allowed}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="406"/>
        <location filename="../ecnet_desktop/services/interviews.py" line="440"/>
        <source>Record the respondent&apos;s consent before any answer.</source>
        <translation>Registrare il consenso dell&apos;intervistato prima di qualsiasi risposta.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="412"/>
        <source>The question {id} is not in this guide.</source>
        <translation>La domanda {id} non è in questa traccia.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="445"/>
        <source>Question {number} is required: {question}</source>
        <translation>La domanda {number} è obbligatoria: {question}</translation>
    </message>
</context>
<context>
    <name>participant list</name>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="28"/>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="32"/>
        <source>local / international</source>
        <translation>locale / internazionale</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="33"/>
        <source>on published lists</source>
        <translation>negli elenchi pubblicati</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="35"/>
        <source>local</source>
        <translation>locale</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="36"/>
        <source>international</source>
        <translation>internazionale</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="37"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="38"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="39"/>
        <source>Participant list: {title}</source>
        <translation>Elenco partecipanti: {title}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="40"/>
        <source>Place: {place}</source>
        <translation>Luogo: {place}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="41"/>
        <source>Dates: {start} to {end}</source>
        <translation>Date: dal {start} al {end}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="42"/>
        <source>{registered} registered ({local} local, {international} international); {listed} rows including cancelled and no-shows. Exported {today}.</source>
        <translation>{registered} iscritti ({local} locali, {international} internazionali); {listed} righe comprese iscrizioni annullate e persone non presentate. Esportato il {today}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="45"/>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="79"/>
        <source>Attendance sheet</source>
        <translation>Foglio presenze</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="80"/>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="81"/>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="82"/>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="83"/>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="84"/>
        <source>Town</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="85"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="86"/>
        <source>E-mail or phone</source>
        <translation>E-mail o telefono</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="87"/>
        <location filename="../ecnet_desktop/printing/certificates.py" line="75"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="88"/>
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="89"/>
        <source>Dates</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="90"/>
        <source>List {n} of {total}</source>
        <translation>Elenco {n} di {total}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="91"/>
        <source>Day {n}: {date}</source>
        <translation>Giorno {n}: {date}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="92"/>
        <source>Days {first}–{last}</source>
        <translation>Giorni {first}–{last}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="93"/>
        <source>Invited by {town}</source>
        <translation>Invitati da {town}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="94"/>
        <source>Not invited by a partner town</source>
        <translation>Non invitati da una città partner</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="95"/>
        <source>Local participants ({country})</source>
        <translation>Partecipanti locali ({country})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="96"/>
        <source>Local participants</source>
        <translation>Partecipanti locali</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="97"/>
        <source>International participants</source>
        <translation>Partecipanti internazionali</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="98"/>
        <source>Certification by the legal representative</source>
        <translation>Certificazione del rappresentante legale</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="99"/>
        <source>I, the undersigned legal representative of {organisation}, certify that the persons who signed this list took part in the event above.</source>
        <translation>Il/La sottoscritto/a, rappresentante legale di {organisation}, certifica che le persone che hanno firmato questo elenco hanno partecipato all&apos;evento sopra indicato.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="103"/>
        <source>the organising body</source>
        <translation>l&apos;ente organizzatore</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="104"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="105"/>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="106"/>
        <location filename="../ecnet_desktop/printing/certificates.py" line="68"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="107"/>
        <location filename="../ecnet_desktop/printing/certificates.py" line="76"/>
        <source>Stamp</source>
        <translation>Timbro</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="108"/>
        <source>Data protection: {organiser} collects these data only to document participation in the EC-NET project to the European Commission (Europe for Citizens programme) and keeps them as long as the grant rules require. E-mail addresses and phone numbers are printed only for people who agreed to appear on lists. You may ask the organiser to see, correct or erase your data.</source>
        <translation>Protezione dei dati: {organiser} raccoglie questi dati al solo scopo di documentare alla Commissione europea la partecipazione al progetto EC-NET (programma “Europa per i cittadini”) e li conserva per il tempo previsto dalle regole della sovvenzione. Indirizzi e-mail e numeri di telefono sono stampati solo per le persone che hanno acconsentito a comparire negli elenchi. È possibile chiedere all&apos;organizzatore di consultare, correggere o cancellare i propri dati.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="115"/>
        <source>The event “{event}” has no sessions yet: print the attendance sheet per day or for the whole event instead.</source>
        <translation>L&apos;evento “{event}” non ha ancora sessioni: stampare invece il foglio presenze per giorno o per l&apos;intero evento.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="119"/>
        <source>Unknown choice “{per}”: print per event, day or session.</source>
        <translation>Scelta sconosciuta “{per}”: stampare per evento, giorno o sessione.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="120"/>
        <source>The number of blank rows must be between 0 and {most}.</source>
        <translation>Il numero di righe vuote deve essere compreso tra 0 e {most}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="47"/>
        <source>Badges</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="48"/>
        <source>Nobody is registered for “{event}” yet: there are no badges to print.</source>
        <translation>Nessuno è ancora iscritto a “{event}”: non ci sono badge da stampare.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="49"/>
        <source>That person is not registered for “{event}”.</source>
        <translation>Questa persona non è iscritta a “{event}”.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="50"/>
        <source>Unknown badge layout “{layout}”: choose 2x4, 2x5 or 3x3.</source>
        <translation>Layout dei badge sconosciuto “{layout}”: scegliere 2x4, 2x5 o 3x3.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="52"/>
        <source>Participant</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="53"/>
        <source>Speaker</source>
        <translation>Relatore</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="54"/>
        <source>Facilitator</source>
        <translation>Facilitatore</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="55"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="56"/>
        <source>Interpreter</source>
        <translation>Interprete</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="62"/>
        <source>Certificate of attendance</source>
        <translation>Attestato di partecipazione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="63"/>
        <source>This is to certify that</source>
        <translation>Si attesta che</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="64"/>
        <source>took part in the event</source>
        <translation>ha partecipato all&apos;evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="65"/>
        <source>held at {place} from {start} to {end}.</source>
        <translation>svoltosi a {place} dal {start} al {end}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="66"/>
        <source>held at {place} on {date}.</source>
        <translation>svoltosi a {place} il {date}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="67"/>
        <source>Sessions attended</source>
        <translation>Sessioni frequentate</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="69"/>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="70"/>
        <source>Session</source>
        <translation>Sessione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="71"/>
        <source>Hours</source>
        <translation>Ore</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="72"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="73"/>
        <source>Present at the event; no session check-ins were recorded.</source>
        <translation>Presente all&apos;evento; non sono stati registrati check-in alle sessioni.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="74"/>
        <source>{place}, {date}</source>
        <translation>{place}, {date}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="77"/>
        <source>For {organiser}</source>
        <translation>Per {organiser}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="78"/>
        <source>Nobody was checked in at “{event}” yet: certificates go to people present at least once.</source>
        <translation>Nessuno ha ancora fatto il check-in a “{event}”: gli attestati spettano a chi è stato presente almeno una volta.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="81"/>
        <source>That person was neither checked in nor registered at “{event}”.</source>
        <translation>Questa persona non ha fatto il check-in né è iscritta a “{event}”.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="82"/>
        <source>Certificates of attendance</source>
        <translation>Attestati di partecipazione</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/common.py" line="48"/>
        <source>Unknown paper size “{paper}”: choose A4 or Letter.</source>
        <translation>Formato carta sconosciuto «{paper}»: scegli A4 o Letter.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/common.py" line="279"/>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} di {pages}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/common.py" line="280"/>
        <source>Preparing page {page}…</source>
        <translation>Preparazione della pagina {page}…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/common.py" line="281"/>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/common.py" line="282"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="60"/>
        <source>EC-NET Toolkit</source>
        <translation>Toolkit EC-NET</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="61"/>
        <source>Participatory methods tested at the events of the network, grouped by the programme priority they serve, each with the sessions where it was used.</source>
        <translation>Metodi partecipativi sperimentati negli eventi della rete, raggruppati in base alla priorità del programma a cui rispondono, ciascuno con le sessioni in cui è stato usato.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="64"/>
        <source>EC-NET Recommendations</source>
        <translation>Raccomandazioni EC-NET</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="65"/>
        <source>Recommendations agreed at the events of the network and marked for publication, grouped by programme priority, each traced to the event and session where it was made.</source>
        <translation>Raccomandazioni concordate negli eventi della rete e contrassegnate per la pubblicazione, raggruppate per priorità del programma, ciascuna ricondotta all&apos;evento e alla sessione in cui è stata formulata.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="69"/>
        <source>Other topics</source>
        <translation>Altri temi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="70"/>
        <source>Nothing to list yet.</source>
        <translation>Ancora niente da elencare.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="71"/>
        <source>Aim</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="72"/>
        <source>Steps</source>
        <translation>Fasi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="73"/>
        <source>Materials</source>
        <translation>Materiali</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="74"/>
        <source>Tips</source>
        <translation>Suggerimenti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="75"/>
        <source>Duration: {duration} · Group size: {size} · Source network: {network}</source>
        <translation>Durata: {duration} · Dimensione del gruppo: {size} · Rete di origine: {network}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="77"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="78"/>
        <source>Used at</source>
        <translation>Usata in</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="79"/>
        <source>Not used at a recorded session yet.</source>
        <translation>Non ancora usata in una sessione registrata.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="80"/>
        <source>Outcomes</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="81"/>
        <source>Level: {level} · Addressed to: {addressee}</source>
        <translation>Livello: {level} · Destinatari: {addressee}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="82"/>
        <source>Level: {level}</source>
        <translation>Livello: {level}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="83"/>
        <source>Made at</source>
        <translation>Formulata in</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="84"/>
        <source>See also: {items}</source>
        <translation>Vedi anche: {items}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="85"/>
        <source>{number} {title} — described under {priority}</source>
        <translation>{number} {title} — descritta in {priority}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="86"/>
        <source>whole event</source>
        <translation>intero evento</translation>
    </message>
</context>
<context>
    <name>research</name>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="45"/>
        <source>Pseudonym of the respondent: the same person has the same pseudonym in every export from this database; it cannot be turned back into a name.</source>
        <translation>Pseudonimo dell&apos;intervistato: la stessa persona ha lo stesso pseudonimo in ogni esportazione da questo database; non è possibile risalire al nome.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="48"/>
        <source>Pseudonym of the interview.</source>
        <translation>Pseudonimo dell&apos;intervista.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="49"/>
        <source>draft or completed</source>
        <translation>bozza o completata</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="50"/>
        <source>Year of the interview.</source>
        <translation>Anno dell&apos;intervista.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="51"/>
        <source>The event the interview belongs to (title).</source>
        <translation>L&apos;evento a cui appartiene l&apos;intervista (titolo).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="53"/>
        <source>Respondent category.</source>
        <translation>Categoria dell&apos;intervistato.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="54"/>
        <source>Respondent country (ISO 3166 code).</source>
        <translation>Paese dell&apos;intervistato (codice ISO 3166).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="55"/>
        <source>Respondent age band at the interview date.</source>
        <translation>Fascia d&apos;età dell&apos;intervistato alla data dell&apos;intervista.</translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <location filename="../ecnet_desktop/services/restore.py" line="69"/>
        <source>The backup {backup} is damaged too ({problem}); nothing was changed.</source>
        <translation>Anche il backup {backup} è danneggiato ({problem}); nulla è stato modificato.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/restore.py" line="80"/>
        <source>Copying the backup failed ({problem}); nothing was changed.</source>
        <translation>La copia del backup non è riuscita ({problem}); nulla è stato modificato.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/restore.py" line="94"/>
        <source>Could not restore {backup} to {path}: {reason}</source>
        <translation>Impossibile ripristinare {backup} in {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="133"/>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="134"/>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="135"/>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="136"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="137"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="138"/>
        <source>Interviews</source>
        <translation>Interviste</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="139"/>
        <source>Exchange</source>
        <translation>Scambio</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="140"/>
        <source>Reports</source>
        <translation>Rapporti</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <location filename="../ecnet_desktop/services/consent.py" line="26"/>
        <source>{name} has no recorded consent to the processing of their personal data; record it (Edit person, Consents) before checking them in.</source>
        <translation>Per {name} non è registrato alcun consenso al trattamento dei dati personali; registrarlo (Modifica persona, Consensi) prima del check-in.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/consent.py" line="29"/>
        <source>Nobody is checked in without a recorded consent to the processing of their personal data.</source>
        <translation>Nessuno può fare il check-in senza un consenso registrato al trattamento dei dati personali.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/project_settings.py" line="58"/>
        <source>A target cannot be negative.</source>
        <translation>Un obiettivo non può essere negativo.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/project_settings.py" line="68"/>
        <source>The retention period must be between 1 and 50 years.</source>
        <translation>Il periodo di conservazione deve essere compreso tra 1 e 50 anni.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="21"/>
        <location filename="../ecnet_desktop/services/sync_apply.py" line="334"/>
        <source>No event with id {id}.</source>
        <translation>Nessun evento con id {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="22"/>
        <source>No person with id {id}.</source>
        <translation>Nessuna persona con id {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="23"/>
        <location filename="../ecnet_desktop/services/base.py" line="24"/>
        <source>No organisation with id {id}.</source>
        <translation>Nessuna organizzazione con id {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="25"/>
        <source>No facilitator with id {id}.</source>
        <translation>Nessun facilitatore con id {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="26"/>
        <source>No session with id {id}.</source>
        <translation>Nessuna sessione con id {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="27"/>
        <source>No methodology with id {id}.</source>
        <translation>Nessuna metodologia con id {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="28"/>
        <source>No interview guide with id {id}.</source>
        <translation>Nessuna traccia di intervista con id {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="29"/>
        <source>No interview with id {id}.</source>
        <translation>Nessuna intervista con id {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="30"/>
        <source>No question with id {id}.</source>
        <translation>Nessuna domanda con id {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="31"/>
        <source>No note with id {id}.</source>
        <translation>Nessuna nota con id {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="33"/>
        <source>No record with id {id}.</source>
        <translation>Nessun record con id {id}.</translation>
    </message>
</context>
<context>
    <name>statistics</name>
    <message>
        <location filename="../ecnet_desktop/services/statistics.py" line="79"/>
        <source>under 18</source>
        <translation>meno di 18</translation>
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
        <translation>oltre 65</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/statistics.py" line="84"/>
        <source>unknown</source>
        <translation>sconosciuta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/statistics.py" line="88"/>
        <source>participants</source>
        <translation>partecipanti</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/statistics.py" line="89"/>
        <source>staff</source>
        <translation>staff</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/statistics.py" line="90"/>
        <source>interpreters</source>
        <translation>interpreti</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <location filename="../ecnet_desktop/store/database.py" line="169"/>
        <source>There is no database at {path}.</source>
        <translation>Non esiste alcun database in {path}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/database.py" line="176"/>
        <source>The folder {folder} does not exist.</source>
        <translation>La cartella {folder} non esiste.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/database.py" line="183"/>
        <source>{path} is not an EC-NET Desktop database.</source>
        <translation>{path} non è un database di EC-NET Desktop.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/database.py" line="194"/>
        <source>Cannot open the database {url}: {reason}</source>
        <translation>Impossibile aprire il database {url}: {reason}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/integrity.py" line="125"/>
        <source>The database {path} is damaged ({problem}). The latest good backup is {backup}.</source>
        <translation>Il database {path} è danneggiato ({problem}). L&apos;ultimo backup integro è {backup}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/integrity.py" line="128"/>
        <source>The database {path} is damaged ({problem}) and there is no good backup of it.</source>
        <translation>Il database {path} è danneggiato ({problem}) e non esiste un suo backup integro.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/integrity.py" line="149"/>
        <source>The database {path} is read-only: nothing can be saved. Copy it to a folder you can write to (not a read-only USB stick or CD) and open the copy.</source>
        <translation>Il database {path} è di sola lettura: non è possibile salvare nulla. Copiarlo in una cartella in cui è possibile scrivere (non una chiavetta USB di sola lettura o un CD) e aprire la copia.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/integrity.py" line="154"/>
        <source>The disk holding {path} is full: the last change was not saved. Free some space and try again.</source>
        <translation>Il disco che contiene {path} è pieno: l&apos;ultima modifica non è stata salvata. Liberare spazio e riprovare.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/integrity.py" line="158"/>
        <source>The database {path} is in use by another program that did not let go of it; the change was not saved. Try again in a moment.</source>
        <translation>Il database {path} è in uso da parte di un altro programma che non lo ha rilasciato; la modifica non è stata salvata. Riprovare tra qualche istante.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/migrate.py" line="125"/>
        <source>This database was not created by EC-NET Desktop; it is left untouched.</source>
        <translation>Questo database non è stato creato da EC-NET Desktop; non viene modificato.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/migrate.py" line="131"/>
        <source>This database was written by a newer version of EC-NET Desktop (schema {revision}). Install the newer version to open it; it has not been changed.</source>
        <translation>Questo database è stato scritto da una versione più recente di EC-NET Desktop (schema {revision}). Installare la versione più recente per aprirlo; il database non è stato modificato.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/backup.py" line="51"/>
        <source>Could not back up the database to {folder} ({reason}), so nothing was changed. Free some disk space or make the folder writable, then try again.</source>
        <translation>Impossibile fare il backup del database in {folder} ({reason}), quindi non è stato modificato nulla. Libera un po&apos; di spazio su disco o rendi la cartella scrivibile, poi riprova.</translation>
    </message>
</context>
<context>
    <name>subject access</name>
    <message>
        <location filename="../ecnet_desktop/exchange/subject_access_xlsx.py" line="24"/>
        <source>About</source>
        <translation>Informazioni</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/subject_access_xlsx.py" line="25"/>
        <source>Written on {date} by {device}.</source>
        <translation>Scritto il {date} da {device}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/subject_access_xlsx.py" line="26"/>
        <location filename="../ecnet_desktop/printing/subject_access_pdf.py" line="46"/>
        <source>(nothing held)</source>
        <translation>(nessun dato)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/subject_access_pdf.py" line="45"/>
        <source>Contains personal data — confidential</source>
        <translation>Contiene dati personali — riservato</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="31"/>
        <location filename="../ecnet_desktop/domain/validation.py" line="84"/>
        <source>{field} is required.</source>
        <translation>{field} è obbligatorio.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="46"/>
        <source>{field} contains a character that cannot be saved (U+{code}); remove it.</source>
        <translation>{field} contiene un carattere che non può essere salvato (U+{code}); rimuoverlo.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="54"/>
        <source>{field} is too long ({length} characters; at most {limit}).</source>
        <translation>{field} è troppo lungo ({length} caratteri; massimo {limit}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="71"/>
        <source>{field}: &apos;{value}&apos; is not one of: {allowed}.</source>
        <translation>{field}: &apos;{value}&apos; non è tra: {allowed}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="92"/>
        <source>{field}: &apos;{value}&apos; is not a known country or ISO code.</source>
        <translation>{field}: &apos;{value}&apos; non è un paese o un codice ISO noto.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="105"/>
        <source>{field}: &apos;{value}&apos; is not an e-mail address.</source>
        <translation>{field}: &apos;{value}&apos; non è un indirizzo e-mail.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="116"/>
        <source>{field}: &apos;{value}&apos; is not a phone number.</source>
        <translation>{field}: &apos;{value}&apos; non è un numero di telefono.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="126"/>
        <source>{field} ({end}) is before the start ({start}).</source>
        <translation>{field} ({end}) è precedente all&apos;inizio ({start}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="141"/>
        <source>{field}: &apos;{value}&apos; is not a date (YYYY-MM-DD).</source>
        <translation>{field}: &apos;{value}&apos; non è una data (AAAA-MM-GG).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="154"/>
        <source>{field}: &apos;{value}&apos; is not a date and time.</source>
        <translation>{field}: &apos;{value}&apos; non è una data e ora.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="170"/>
        <source>{field}: &apos;{value}&apos; is not a year between 1900 and {last}.</source>
        <translation>{field}: &apos;{value}&apos; non è un anno compreso tra 1900 e {last}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="191"/>
        <source>{field}: &apos;{value}&apos; is not a programme priority.</source>
        <translation>{field}: &apos;{value}&apos; non è una priorità del programma.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/consent.py" line="138"/>
        <source>Choose the kind of consent.</source>
        <translation>Scegliere il tipo di consenso.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/consent.py" line="142"/>
        <source>A consent text needs a version, e.g. 2021-1.</source>
        <translation>Un testo del consenso richiede una versione, ad es. 2021-1.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/consent.py" line="146"/>
        <source>Write the text people are shown.</source>
        <translation>Scrivere il testo mostrato alle persone.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/consent.py" line="159"/>
        <source>There is already a text of this kind with version {version} in this language.</source>
        <translation>Esiste già un testo di questo tipo con versione {version} in questa lingua.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/consent.py" line="170"/>
        <source>Say who recorded the consent.</source>
        <translation>Indicare chi ha registrato il consenso.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/events.py" line="67"/>
        <source>The session must end after it starts.</source>
        <translation>La sessione deve terminare dopo l&apos;inizio.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/events.py" line="75"/>
        <source>The session ({start}) falls outside the event&apos;s dates ({first} to {last}).</source>
        <translation>La sessione ({start}) è fuori dalle date dell&apos;evento (dal {first} al {last}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/events.py" line="164"/>
        <source>The session “{title}” ({start}) would fall outside the new dates; move or delete it first.</source>
        <translation>La sessione “{title}” ({start}) sarebbe fuori dalle nuove date; spostarla o eliminarla prima.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/methodologies.py" line="54"/>
        <source>The duration &apos;{value}&apos; is not a number of minutes between 1 and 1440.</source>
        <translation>La durata &apos;{value}&apos; non è un numero di minuti compreso tra 1 e 1440.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/notes.py" line="92"/>
        <source>A note needs some text.</source>
        <translation>Una nota richiede del testo.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/notes.py" line="97"/>
        <location filename="../ecnet_desktop/services/notes.py" line="247"/>
        <source>A note can be linked to at most {most} others.</source>
        <translation>Una nota può essere collegata al massimo ad altre {most}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/notes.py" line="239"/>
        <source>A note cannot be linked to itself.</source>
        <translation>Una nota non può essere collegata a se stessa.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/notes.py" line="300"/>
        <source>A note belongs to an event or a session.</source>
        <translation>Una nota appartiene a un evento o a una sessione.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/people.py" line="49"/>
        <source>A person needs a given or a family name.</source>
        <translation>Una persona richiede un nome o un cognome.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/people.py" line="99"/>
        <source>This person&apos;s data was erased; the record cannot be edited.</source>
        <translation>I dati di questa persona sono stati cancellati; la scheda non può essere modificata.</translation>
    </message>
</context>
<context>
    <name>xlsform</name>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="59"/>
        <source>Sheet {sheet}, row {row}, column {column}: &apos;{value}&apos; — {expected}</source>
        <translation>Foglio {sheet}, riga {row}, colonna {column}: &apos;{value}&apos; — {expected}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="70"/>
        <source>{file} was not imported: %Ln problems.
{details}</source>
        <translation>
            <numerusform>{file} non è stato importato: %Ln problema.
{details}</numerusform>
            <numerusform>{file} non è stato importato: %Ln problemi.
{details}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="145"/>
        <source>{file} is damaged ({reason}).</source>
        <translation>{file} è danneggiato ({reason}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="154"/>
        <source>{file} has no &apos;survey&apos; sheet: it is not an XLSForm guide.</source>
        <translation>{file} non ha un foglio &apos;survey&apos;: non è una traccia XLSForm.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="177"/>
        <source>a column headed &apos;{column}&apos; in the first row</source>
        <translation>una colonna con intestazione &apos;{column}&apos; nella prima riga</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="180"/>
        <source>at least one column headed label or label::&lt;language&gt;, e.g. label::en</source>
        <translation>almeno una colonna con intestazione label o label::&lt;language&gt;, ad es. label::en</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="193"/>
        <source>at least one question</source>
        <translation>almeno una domanda</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="209"/>
        <source>the name of the list this choice belongs to</source>
        <translation>il nome dell&apos;elenco a cui appartiene questa scelta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="213"/>
        <source>the value of the choice (a short code)</source>
        <translation>il valore della scelta (un codice breve)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="218"/>
        <source>a value not used before in the list {list}</source>
        <translation>un valore non ancora usato nell&apos;elenco {list}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="235"/>
        <source>a list named {list} in the choices sheet</source>
        <translation>un elenco denominato {list} nel foglio choices</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="246"/>
        <source>one of: text, integer, decimal, select_one &lt;list&gt;, select_multiple &lt;list&gt;, begin_group, end_group</source>
        <translation>uno tra: text, integer, decimal, select_one &lt;list&gt;, select_multiple &lt;list&gt;, begin_group, end_group</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="262"/>
        <source>begin_group (repeats are not supported)</source>
        <translation>begin_group (le ripetizioni non sono supportate)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="268"/>
        <source>a begin_group above this end_group</source>
        <translation>un begin_group sopra questo end_group</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="282"/>
        <source>a name starting with a letter, of letters, digits and _ . - (at most 64)</source>
        <translation>un nome che inizi con una lettera, composto da lettere, cifre e _ . - (massimo 64)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="286"/>
        <source>a name not used by another question</source>
        <translation>un nome non usato da un&apos;altra domanda</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="290"/>
        <source>the question&apos;s text in at least one label column</source>
        <translation>il testo della domanda in almeno una colonna label</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="294"/>
        <source>yes or no (empty: no)</source>
        <translation>yes o no (vuoto: no)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="297"/>
        <source>at most {n} questions in a guide</source>
        <translation>al massimo {n} domande in una traccia</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="313"/>
        <source>an end_group closing the group {group}</source>
        <translation>un end_group che chiuda il gruppo {group}</translation>
    </message>
</context>
</TS>
