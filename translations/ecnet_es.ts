<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AnalysisTab</name>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="91"/>
        <source>&amp;Guide:</source>
        <translation>&amp;Guion:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="91"/>
        <source>&amp;Question:</source>
        <translation>&amp;Pregunta:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="92"/>
        <source>Co&amp;mpare by:</source>
        <translation>Co&amp;mparar por:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="92"/>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegoría:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="93"/>
        <source>C&amp;ountry:</source>
        <translation>P&amp;aís:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="93"/>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="94"/>
        <source>&amp;Year:</source>
        <translation>Añ&amp;o:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="110"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="110"/>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="111"/>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="111"/>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="112"/>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="146"/>
        <source>Interviews per event</source>
        <translation>Entrevistas por evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="165"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="166"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="167"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="169"/>
        <source>Priorities</source>
        <translation>Prioridades</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="171"/>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="176"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="177"/>
        <source>Completed</source>
        <translation>Completadas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="179"/>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="199"/>
        <source>free codes, comma-separated</source>
        <translation>códigos libres, separados por comas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="200"/>
        <source>Co&amp;des:</source>
        <translation>Có&amp;digos:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="202"/>
        <source>Save codin&amp;g</source>
        <translation>Guardar codifica&amp;ción</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="204"/>
        <source>Save the ticked priorities and codes for the selected answer (Enter in the codes box)</source>
        <translation>Guardar las prioridades marcadas y los códigos de la respuesta seleccionada (Intro en el cuadro de códigos)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="244"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="267"/>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="305"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="314"/>
        <source>No question chosen</source>
        <translation>No se ha elegido ninguna pregunta</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="346"/>
        <source>%Ln respondents answered.</source>
        <translation>
            <numerusform>Respondió %Ln entrevistado.</numerusform>
            <numerusform>Respondieron %Ln entrevistados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="176"/>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="336"/>
        <source>(no event)</source>
        <translation>(sin evento)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="322"/>
        <source>%Ln open answers</source>
        <translation>
            <numerusform>%Ln respuesta abierta</numerusform>
            <numerusform>%Ln respuestas abiertas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="337"/>
        <source>all respondents</source>
        <translation>todos los entrevistados</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="341"/>
        <source>yes</source>
        <translation>sí</translation>
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
        <translation>Codificar una respuesta abierta</translation>
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
        <translation>Cualquier parte de un nombre, organización o ciudad</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="385"/>
        <source>Marking a signed paper sheet: arrows move, Space ticks or unticks (every selected box at once; Shift+arrows select), Ctrl+Z undoes. Ticks made here are recorded as “paper sheet”.</source>
        <translation>Marcado a partir de una hoja en papel firmada: las flechas desplazan, la barra espaciadora marca o desmarca (todas las casillas seleccionadas a la vez; Mayús+flechas para seleccionar), Ctrl+Z deshace. Las marcas hechas aquí se registran como “hoja en papel”.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="428"/>
        <source>No event chosen</source>
        <translation>No se ha elegido ningún evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="429"/>
        <source>Nobody registered or present yet</source>
        <translation>Todavía no hay nadie inscrito ni presente</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="431"/>
        <source>{people} people · {sessions} sessions · {ticks} present in all</source>
        <translation>{people} personas · {sessions} sesiones · {ticks} asistencias en total</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="465"/>
        <source>Tick %Ln attendances</source>
        <translation>
            <numerusform>Marcar %Ln asistencia</numerusform>
            <numerusform>Marcar %Ln asistencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="466"/>
        <source>Untick %Ln attendances</source>
        <translation>
            <numerusform>Desmarcar %Ln asistencia</numerusform>
            <numerusform>Desmarcar %Ln asistencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="467"/>
        <source>Change %Ln attendances</source>
        <translation>
            <numerusform>Cambiar %Ln asistencia</numerusform>
            <numerusform>Cambiar %Ln asistencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckinDesk</name>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="188"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="189"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="190"/>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="411"/>
        <source>&amp;Session:</source>
        <translation>&amp;Sesión:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="412"/>
        <source>&amp;Walk-in…</source>
        <translation>&amp;Inscripción in situ…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="413"/>
        <source>Register someone who is not in the list and check them in (Ctrl+N)</source>
        <translation>Inscribir a alguien que no está en la lista y registrar su entrada (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="416"/>
        <source>Type a name, organisation or town — or scan a badge</source>
        <translation>Escriba un nombre, una organización o una ciudad, o escanee una credencial</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="417"/>
        <source>This session</source>
        <translation>Esta sesión</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="419"/>
        <source>Enter: check in the highlighted person   ·   ↑ ↓: choose   ·   Ctrl+Z: undo the last check-in   ·   Ctrl+N: walk-in   ·   Esc: clear</source>
        <translation>Intro: registrar la entrada de la persona resaltada   ·   ↑ ↓: elegir   ·   Ctrl+Z: deshacer el último registro de entrada   ·   Ctrl+N: inscripción in situ   ·   Esc: borrar</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="485"/>
        <source>No event chosen</source>
        <translation>No se ha elegido ningún evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="487"/>
        <source>Choose the current event in the toolbar to check people in.</source>
        <translation>Elija el evento actual en la barra de herramientas para registrar la entrada de las personas.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="491"/>
        <source>{title} — {place}</source>
        <translation>{title} — {place}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="494"/>
        <source>This event has no sessions yet.</source>
        <translation>Este evento aún no tiene sesiones.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="495"/>
        <source>Add its programme in the Events section.</source>
        <translation>Añada su programa en la sección Eventos.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="657"/>
        <source>Nobody found for “{text}”.</source>
        <translation>No se ha encontrado a nadie para “{text}”.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="658"/>
        <source>Check the spelling, or press Ctrl+N to register a walk-in.</source>
        <translation>Compruebe la ortografía o pulse Ctrl+N para una inscripción in situ.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="688"/>
        <source>Badge not accepted</source>
        <translation>Credencial no aceptada</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="716"/>
        <source>Check in {name}</source>
        <translation>Registrar la entrada de {name}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="724"/>
        <source>{name} is already checked in</source>
        <translation>La entrada de {name} ya está registrada</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="725"/>
        <source>{where} — since {time}</source>
        <translation>{where} — desde las {time}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="727"/>
        <source>since {time}</source>
        <translation>desde las {time}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="732"/>
        <source>{where} — now registered for this event</source>
        <translation>{where} — ahora inscrito en este evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="733"/>
        <source>now registered for this event</source>
        <translation>ahora inscrito en este evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="741"/>
        <source>Check-in of {name} undone</source>
        <translation>Registro de entrada de {name} deshecho</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="742"/>
        <source>Press Ctrl+Shift+Z to check them in again.</source>
        <translation>Pulse Ctrl+Mayús+Z para volver a registrar su entrada.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="754"/>
        <source>Type a name, organisation or town, or scan a badge. Enter checks in.</source>
        <translation>Escriba un nombre, una organización o una ciudad, o escanee una credencial. Intro registra la entrada.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="818"/>
        <source>present / registered</source>
        <translation>presentes / inscritos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="821"/>
        <source>Local: {count}</source>
        <translation>Locales: {count}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="823"/>
        <source>International: {count} ({share} %)</source>
        <translation>Internacionales: {count} ({share} %)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="827"/>
        <source>⚠ International participants are below one third of those present ({international} of {present}). The grant counts this event as international only with at least one third from abroad.</source>
        <translation>⚠ Los participantes internacionales son menos de un tercio de los presentes ({international} de {present}). La subvención solo considera internacional este evento si al menos un tercio procede del extranjero.</translation>
    </message>
</context>
<context>
    <name>CheckinSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="859"/>
        <source>&amp;Desk</source>
        <translation>&amp;Mostrador</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="860"/>
        <source>Attendance &amp;matrix</source>
        <translation>Matriz de &amp;asistencia</translation>
    </message>
</context>
<context>
    <name>Compendium</name>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_printing.py" line="40"/>
        <source>Saved {path}.</source>
        <translation>Guardado {path}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_printing.py" line="47"/>
        <source>Writing {path}…</source>
        <translation>Escribiendo {path}…</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="170"/>
        <source>No open conflicts. When two laptops change the same field, both values show here.</source>
        <translation>No hay conflictos abiertos. Cuando dos portátiles cambian el mismo campo, aquí aparecen ambos valores.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="173"/>
        <source>&amp;Restore this value</source>
        <translation>&amp;Restaurar este valor</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="175"/>
        <source>Put the losing value back, as a new edit made on this laptop</source>
        <translation>Volver a poner el valor descartado, como una nueva modificación hecha en este portátil</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="182"/>
        <source>When two laptops changed the same field, one value wins everywhere; the other is kept here so you can put it back.</source>
        <translation>Cuando dos portátiles cambian el mismo campo, un valor prevalece en todas partes; el otro se conserva aquí para que pueda restaurarlo.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="195"/>
        <source>Open conflicts: {n}</source>
        <translation>Conflictos abiertos: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="196"/>
        <source>No open conflicts.</source>
        <translation>No hay conflictos abiertos.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="219"/>
        <source>Value restored.</source>
        <translation>Valor restaurado.</translation>
    </message>
</context>
<context>
    <name>ConsentTextDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="43"/>
        <source>Consent text</source>
        <translation>Texto de consentimiento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="44"/>
        <source>Edit consent text</source>
        <translation>Editar texto de consentimiento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="49"/>
        <source>e.g. 2021-1</source>
        <translation>p. ej., 2021-1</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="54"/>
        <source>The wording people read before they agree</source>
        <translation>El texto que las personas leen antes de dar su consentimiento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="63"/>
        <source>&amp;Consent to:</source>
        <translation>&amp;Consentimiento para:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="64"/>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="65"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="66"/>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="93"/>
        <source>New consent text {version}</source>
        <translation>Nuevo texto de consentimiento {version}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="102"/>
        <source>Edit consent text {version}</source>
        <translation>Editar texto de consentimiento {version}</translation>
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
        <translation>no inscrito</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="104"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="106"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="107"/>
        <source>Town</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="108"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="109"/>
        <source>Registration</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="174"/>
        <source>Checked in at {time}</source>
        <translation>Entrada registrada a las {time}</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="133"/>
        <source>Duplicate event</source>
        <translation>Duplicar evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="142"/>
        <source>A copy of “{title}” with its programme, moved to the new dates. Registrations are not copied.</source>
        <translation>Una copia de “{title}” con su programa, trasladada a las nuevas fechas. Las inscripciones no se copian.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="145"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="146"/>
        <source>&amp;Starts on:</source>
        <translation>&amp;Empieza el:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="159"/>
        <source>Duplicate event “{title}”</source>
        <translation>Duplicar evento “{title}”</translation>
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
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="56"/>
        <source>Possibly the same as</source>
        <translation>Posiblemente la misma que</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="60"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="61"/>
        <source>Likeness</source>
        <translation>Parecido</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="71"/>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/people_view.py" line="87"/>
        <source>%Ln pairs of people may be the same person. Check them before the exchange merges records.</source>
        <translation>
            <numerusform>%Ln pareja de personas puede ser la misma persona. Revísela antes de que el intercambio fusione los registros.</numerusform>
            <numerusform>%Ln parejas de personas pueden ser la misma persona. Revíselas antes de que el intercambio fusione los registros.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="89"/>
        <source>No possible duplicates found.</source>
        <translation>No se han encontrado posibles duplicados.</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="239"/>
        <source>Press Find possible duplicates to look for people entered twice.</source>
        <translation>Pulse Buscar posibles duplicados para encontrar personas introducidas dos veces.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="240"/>
        <source>Not searched yet.</source>
        <translation>Aún no se ha buscado.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="242"/>
        <source>&amp;Find possible duplicates</source>
        <translation>&amp;Buscar posibles duplicados</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="244"/>
        <source>Look for people who may have been entered twice, on this or another laptop</source>
        <translation>Buscar personas que puedan haberse introducido dos veces, en este u otro portátil</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="245"/>
        <source>Merge into the fir&amp;st</source>
        <translation>Fusionar en la &amp;primera</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="247"/>
        <source>Keep the first person and move the second one&apos;s registrations and check-ins to them</source>
        <translation>Conservar la primera persona y pasarle las inscripciones y registros de entrada de la segunda</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="248"/>
        <source>Merge into the seco&amp;nd</source>
        <translation>Fusionar en la &amp;segunda</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="250"/>
        <source>Keep the second person and move the first one&apos;s registrations and check-ins to them</source>
        <translation>Conservar la segunda persona y pasarle las inscripciones y registros de entrada de la primera</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="283"/>
        <source>Looking for duplicates…</source>
        <translation>Buscando duplicados…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="291"/>
        <source>Possible duplicates: {n}</source>
        <translation>Posibles duplicados: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="292"/>
        <source>No possible duplicates.</source>
        <translation>No hay posibles duplicados.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="302"/>
        <source>Search cancelled.</source>
        <translation>Búsqueda cancelada.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="312"/>
        <source>Merge people</source>
        <translation>Fusionar personas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="313"/>
        <source>Merge {duplicate} into {survivor}? Their registrations and attendance move to {survivor}; the merge travels to every laptop.</source>
        <translation>¿Fusionar {duplicate} en {survivor}? Sus inscripciones y asistencias pasan a {survivor}; la fusión llega a todos los portátiles.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="44"/>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="110"/>
        <source>Erase personal data</source>
        <translation>Suprimir datos personales</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="45"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="47"/>
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… y %Ln más</numerusform>
            <numerusform>… y %Ln más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="48"/>
        <source>Erase every personal detail of %Ln people:</source>
        <translation>
            <numerusform>Suprimir todos los datos personales de %Ln persona:</numerusform>
            <numerusform>Suprimir todos los datos personales de %Ln personas:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="50"/>
        <source>Erase every personal detail of {name}?</source>
        <translation>¿Suprimir todos los datos personales de {name}?</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="55"/>
        <source>&lt;p&gt;&lt;b&gt;Removed for good:&lt;/b&gt; name, e-mail, phone, town, organisation, gender, birth year and consents; their name on notes and interviews; their data in the backups beside the database.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kept, without a name:&lt;/b&gt; country, category, registrations and attendance, so the project&apos;s figures stay right.&lt;/p&gt;&lt;p&gt;The erasure travels to the other laptops with the next exchange workbook; an older workbook cannot bring the data back. It cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Se eliminan definitivamente:&lt;/b&gt; nombre, correo electrónico, teléfono, ciudad, organización, género, año de nacimiento y consentimientos; su nombre en notas y entrevistas; sus datos en las copias de seguridad junto a la base de datos.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Se conservan, sin nombre:&lt;/b&gt; país, categoría, inscripciones y asistencia, para que las cifras del proyecto sigan siendo correctas.&lt;/p&gt;&lt;p&gt;La supresión llega a los demás portátiles con el próximo libro de intercambio; un libro más antiguo no puede recuperar los datos. No se puede deshacer.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="63"/>
        <source>I &amp;understand that this cannot be undone</source>
        <translation>&amp;Entiendo que esto no se puede deshacer</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="65"/>
        <source>&amp;Erase</source>
        <translation>&amp;Suprimir</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="87"/>
        <source>Erasing personal data…</source>
        <translation>Suprimiendo datos personales…</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="43"/>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="54"/>
        <source>&lt;b&gt;EC-NET Desktop met an unexpected error.&lt;/b&gt;&lt;br&gt;Your work is still open and nothing you typed has been lost. Save or finish what you were doing; if the error comes back, restart the app and send the details below to whoever supports you.</source>
        <translation>&lt;b&gt;EC-NET Desktop ha encontrado un error inesperado.&lt;/b&gt;&lt;br&gt;Su trabajo sigue abierto y no se ha perdido nada de lo que ha escrito. Guarde o termine lo que estaba haciendo; si el error vuelve a aparecer, reinicie la aplicación y envíe los detalles siguientes a quien le preste asistencia.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="71"/>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="134"/>
        <source>Show &amp;details</source>
        <translation>Mostrar &amp;detalles</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="74"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="75"/>
        <source>Copy the error and the versions to the clipboard</source>
        <translation>Copiar el error y las versiones al portapapeles</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="77"/>
        <source>Open &amp;log folder</source>
        <translation>Abrir carpeta de &amp;registros</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="104"/>
        <source>What happened: {summary}</source>
        <translation>Qué ha ocurrido: {summary}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="107"/>
        <source>What happened: {summary} (and {more} more)</source>
        <translation>Qué ha ocurrido: {summary} (y {more} más)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="110"/>
        <source>The log is in {path}</source>
        <translation>El registro está en {path}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="112"/>
        <source>No log file is being written.</source>
        <translation>No se está escribiendo ningún archivo de registro.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="125"/>
        <source>The details are on the clipboard.</source>
        <translation>Los detalles están en el portapapeles.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="134"/>
        <source>Hide &amp;details</source>
        <translation>Ocultar &amp;detalles</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="202"/>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="202"/>
        <source>Edit event</source>
        <translation>Editar evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="221"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="222"/>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="223"/>
        <source>Host to&amp;wn:</source>
        <translation>&amp;Ciudad anfitriona:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="224"/>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="225"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Sede:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="226"/>
        <source>&amp;Starts on:</source>
        <translation>&amp;Empieza el:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="227"/>
        <source>E&amp;nds on:</source>
        <translation>Term&amp;ina el:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="228"/>
        <source>Host &amp;organisation:</source>
        <translation>&amp;Organización anfitriona:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="230"/>
        <source>&amp;Priorities:</source>
        <translation>P&amp;rioridades:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="231"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="281"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="287"/>
        <source>Add new organisation…</source>
        <translation>Añadir nueva organización…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="359"/>
        <source>Create event “{title}”</source>
        <translation>Crear evento “{title}”</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="363"/>
        <source>Edit event “{title}”</source>
        <translation>Editar evento “{title}”</translation>
    </message>
</context>
<context>
    <name>EventsSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="66"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="67"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="68"/>
        <source>Host town</source>
        <translation>Ciudad anfitriona</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="69"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="71"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="74"/>
        <source>Priorities</source>
        <translation>Prioridades</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="224"/>
        <source>No events to show. New event… adds one; or change the filters above.</source>
        <translation>No hay eventos que mostrar. Nuevo evento… añade uno; o cambie los filtros de arriba.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="246"/>
        <source>&amp;New event…</source>
        <translation>&amp;Nuevo evento…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="248"/>
        <source>Create an event: title, place, dates and the towns taking part</source>
        <translation>Crear un evento: título, lugar, fechas y municipios participantes</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="249"/>
        <source>Ed&amp;it…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="251"/>
        <source>Change the selected event&apos;s details (double-click or Enter on a row)</source>
        <translation>Cambiar los datos del evento seleccionado (doble clic o Intro en una fila)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="252"/>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplicar…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="253"/>
        <source>Copy the event and its programme as a template for the next one</source>
        <translation>Copiar el evento y su programa como plantilla para el siguiente</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="255"/>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="257"/>
        <source>Delete the selected event (Delete); Ctrl+Z brings it back</source>
        <translation>Eliminar el evento seleccionado (Supr); Ctrl+Z lo recupera</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="290"/>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="300"/>
        <source>Title, town or venue</source>
        <translation>Título, ciudad o sede</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="303"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="304"/>
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="305"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="306"/>
        <source>Fil&amp;ter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="346"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="353"/>
        <source>All years</source>
        <translation>Todos los años</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="358"/>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/events_view.py" line="375"/>
        <source>{shown} of %Ln events</source>
        <translation>
            <numerusform>{shown} de %Ln evento</numerusform>
            <numerusform>{shown} de %Ln eventos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="471"/>
        <location filename="../ecnet_desktop/ui/events_view.py" line="486"/>
        <source>Delete event</source>
        <translation>Eliminar evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="472"/>
        <source>Delete “{title}” and its programme? Registrations, attendance and notes are kept; Edit → Undo brings the event back.</source>
        <translation>¿Eliminar “{title}” y su programa? Las inscripciones, la asistencia y las notas se conservan; Edición → Deshacer recupera el evento.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="484"/>
        <source>Delete event “{title}”</source>
        <translation>Eliminar evento “{title}”</translation>
    </message>
</context>
<context>
    <name>ExchangeSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="85"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="86"/>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="87"/>
        <source>Ready to import</source>
        <translation>Listo para importar</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="88"/>
        <source>Rejected cells: cannot be imported</source>
        <translation>Celdas rechazadas: no se puede importar</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="89"/>
        <source>Needs a password</source>
        <translation>Requiere contraseña</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="90"/>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="99"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="106"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="115"/>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="116"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="118"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="119"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="120"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="479"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="480"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="481"/>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflictos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="482"/>
        <source>&amp;Duplicates</source>
        <translation>&amp;Duplicados</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="483"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="484"/>
        <source>Exchange</source>
        <translation>Intercambio</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="107"/>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="108"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="109"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="110"/>
        <source>Losing value</source>
        <translation>Valor descartado</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="111"/>
        <source>Losing clock</source>
        <translation>Reloj descartado</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="112"/>
        <source>Winning clock</source>
        <translation>Reloj ganador</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="113"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="121"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="122"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="124"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="130"/>
        <source>First person</source>
        <translation>Primera persona</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="131"/>
        <source>Second person</source>
        <translation>Segunda persona</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="132"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="133"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="147"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="98"/>
        <source>File</source>
        <translation>Archivo</translation>
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
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="151"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="107"/>
        <source>New</source>
        <translation>Nuevas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="152"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="108"/>
        <source>Updated</source>
        <translation>Actualizadas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="153"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="109"/>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="154"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="110"/>
        <source>Conflicting</source>
        <translation>En conflicto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="155"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="111"/>
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="371"/>
        <source>&amp;Whole database</source>
        <translation>&amp;Toda la base de datos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="372"/>
        <source>Current &amp;event only</source>
        <translation>Solo el &amp;evento actual</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="373"/>
        <source>Export everything in this database</source>
        <translation>Exportar todo el contenido de esta base de datos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="374"/>
        <source>Export only what belongs to the current event</source>
        <translation>Exportar solo lo que pertenece al evento actual</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="381"/>
        <source>optional: encrypts the file</source>
        <translation>opcional: cifra el archivo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="385"/>
        <source>Export to &amp;file…</source>
        <translation>Exportar a &amp;archivo…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="387"/>
        <source>Write an exchange workbook to carry to another laptop or to the coordinator</source>
        <translation>Crear un libro de intercambio para llevarlo a otro portátil o al coordinador</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="395"/>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="399"/>
        <source>Password for files that travel on USB sticks</source>
        <translation>Contraseña para los archivos que viajan en memorias USB</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="401"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="402"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="409"/>
        <source>Write an exchange workbook to carry to another laptop or to the coordinator.</source>
        <translation>Escriba un libro de intercambio para llevarlo a otro portátil o al coordinador.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="413"/>
        <source>⚠ The workbook contains personal data (names, e-mails, phones, consents): protect it with a password when it travels, and delete it once it is imported.</source>
        <translation>⚠ El libro contiene datos personales (nombres, correos electrónicos, teléfonos, consentimientos): protéjalo con una contraseña cuando se traslade y elimínelo una vez importado.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="433"/>
        <source>Current &amp;event only: {title}</source>
        <translation>Solo el &amp;evento actual: {title}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="434"/>
        <source>Current &amp;event only (none chosen)</source>
        <translation>Solo el &amp;evento actual (no se ha elegido ninguno)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="448"/>
        <source>Last export: {when}</source>
        <translation>Última exportación: {when}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="450"/>
        <source>Not exported yet.</source>
        <translation>Aún no se ha exportado.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="463"/>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="468"/>
        <source>Export workbook</source>
        <translation>Exportar libro</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="469"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="485"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="486"/>
        <source>Exporting the workbook…</source>
        <translation>Exportando el libro…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="497"/>
        <source>Exported %Ln rows to {file}.</source>
        <translation>
            <numerusform>Se ha exportado %Ln fila a {file}.</numerusform>
            <numerusform>Se han exportado %Ln filas a {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="513"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se ha escrito ningún archivo.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="242"/>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="279"/>
        <source>Choose the list</source>
        <translation>Elegir la lista</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="244"/>
        <source>A CSV or XLSX file from a partner town or an online form. Nothing is imported before you have seen the preview.</source>
        <translation>Un archivo CSV o XLSX de una ciudad socia o de un formulario en línea. No se importa nada antes de que haya visto la vista previa.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="248"/>
        <source>registrations.xlsx</source>
        <translation>inscripciones.xlsx</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="249"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="250"/>
        <source>Choose the coordinator&apos;s workbook (.xlsx) to import</source>
        <translation>Elegir el libro del coordinador (.xlsx) que se va a importar</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="260"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="262"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="281"/>
        <source>Lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Listas (*.csv *.xlsx *.txt);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="104"/>
        <location filename="../ecnet_desktop/ui/first_run.py" line="105"/>
        <source>Welcome to EC-NET Desktop</source>
        <translation>Bienvenido a EC-NET Desktop</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="107"/>
        <source>EC-NET Desktop works offline. Give this laptop a name that colleagues will recognise in exchanged workbooks, for example “Laptop Bari 2”.</source>
        <translation>EC-NET Desktop funciona sin conexión. Dé a este portátil un nombre que sus colegas reconozcan en los libros intercambiados, por ejemplo, “Portátil Bari 2”.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="109"/>
        <source>Name of this &amp;laptop:</source>
        <translation>Nombre de este &amp;portátil:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="110"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="111"/>
        <source>How would you like to start?</source>
        <translation>¿Cómo desea empezar?</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="112"/>
        <source>Open the &amp;demo</source>
        <translation>Abrir la &amp;demostración</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="114"/>
        <source>A realistic example to try things out: the six international events of EC-NET, about 600 people from more than nine countries. Kept apart from your own data.</source>
        <translation>Un ejemplo realista para probar: los seis eventos internacionales de EC-NET, unas 600 personas de más de nueve países. Se mantiene separado de sus propios datos.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="116"/>
        <source>Start &amp;empty</source>
        <translation>Empezar &amp;vacío</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="118"/>
        <source>Create your events and register people yourself.</source>
        <translation>Cree sus eventos e inscriba a las personas usted mismo.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="119"/>
        <source>&amp;Import the coordinator&apos;s workbook…</source>
        <translation>Importar el &amp;libro del coordinador…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="121"/>
        <source>Start from the exchange workbook (.xlsx) the coordinator gave you; it is checked and previewed before anything is imported.</source>
        <translation>Empezar a partir del libro de intercambio (.xlsx) que le ha dado el coordinador; se comprueba y se muestra una vista previa antes de importar nada.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="142"/>
        <source>The coordinator&apos;s workbook</source>
        <translation>El libro del coordinador</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="143"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>GuideEditor</name>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="158"/>
        <source>Interview guide</source>
        <translation>Guion de entrevista</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="162"/>
        <source>Language codes, comma-separated; the first is the main one, e.g. en,it,hr</source>
        <translation>Códigos de idioma separados por comas; el primero es el principal, p. ej., en,it,hr</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="167"/>
        <source>&amp;Save guide</source>
        <translation>&amp;Guardar guion</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="168"/>
        <source>Save the guide&apos;s title, languages and questions</source>
        <translation>Guardar el título, los idiomas y las preguntas del guion</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="172"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="173"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="174"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="181"/>
        <source>&amp;Add question…</source>
        <translation>&amp;Añadir pregunta…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="182"/>
        <source>Add a question at the end of the guide</source>
        <translation>Añadir una pregunta al final del guion</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="183"/>
        <source>&amp;Edit question…</source>
        <translation>&amp;Editar pregunta…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="185"/>
        <source>Change the selected question&apos;s text, type and choices</source>
        <translation>Cambiar el texto, el tipo y las opciones de la pregunta seleccionada</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="186"/>
        <source>De&amp;lete question</source>
        <translation>E&amp;liminar pregunta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="187"/>
        <source>Remove the selected question from the guide</source>
        <translation>Quitar la pregunta seleccionada del guion</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="188"/>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="189"/>
        <source>Ask the selected question one place earlier</source>
        <translation>Subir una posición la pregunta seleccionada</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="190"/>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="191"/>
        <source>Ask the selected question one place later</source>
        <translation>Bajar una posición la pregunta seleccionada</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="202"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="230"/>
        <source>New guide</source>
        <translation>Nuevo guion</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="240"/>
        <source>Edit guide</source>
        <translation>Editar guion</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="280"/>
        <source>Delete question</source>
        <translation>Eliminar pregunta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="292"/>
        <source>Move question</source>
        <translation>Mover pregunta</translation>
    </message>
</context>
<context>
    <name>GuidesTab</name>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="121"/>
        <source>No interview guides yet. New guide… writes one; Import XLSForm… reads one.</source>
        <translation>Aún no hay guiones de entrevista. Nuevo guion… crea uno; Importar XLSForm… lee uno.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="126"/>
        <source>&amp;New guide…</source>
        <translation>&amp;Nuevo guion…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="127"/>
        <source>Write a new interview guide</source>
        <translation>Crear un nuevo guion de entrevista</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="128"/>
        <source>&amp;Edit guide…</source>
        <translation>&amp;Editar guion…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="130"/>
        <source>Change the selected guide and its questions (double-click)</source>
        <translation>Cambiar el guion seleccionado y sus preguntas (doble clic)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="131"/>
        <source>&amp;Import XLSForm…</source>
        <translation>&amp;Importar XLSForm…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="133"/>
        <source>Read a guide from an XLSForm workbook (KoboToolbox, ODK)</source>
        <translation>Leer un guion de un libro XLSForm (KoboToolbox, ODK)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="134"/>
        <source>E&amp;xport XLSForm…</source>
        <translation>E&amp;xportar XLSForm…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="135"/>
        <source>Save the selected guide as an XLSForm workbook</source>
        <translation>Guardar el guion seleccionado como libro XLSForm</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="136"/>
        <source>&amp;Delete guide</source>
        <translation>E&amp;liminar guion</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="137"/>
        <source>Delete the selected guide</source>
        <translation>Eliminar el guion seleccionado</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="244"/>
        <source>Delete guide</source>
        <translation>Eliminar guion</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="252"/>
        <source>Import a guide (XLSForm)</source>
        <translation>Importar un guion (XLSForm)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="253"/>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="281"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="279"/>
        <source>Export the guide (XLSForm)</source>
        <translation>Exportar el guion (XLSForm)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="82"/>
        <source>EC-NET Desktop Help</source>
        <translation>Ayuda de EC-NET Desktop</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="83"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Métodos abreviados de teclado</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="84"/>
        <source>How &amp;syncing works</source>
        <translation>Cómo funciona la &amp;sincronización</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="85"/>
        <source>Anywhere</source>
        <translation>En cualquier lugar</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="96"/>
        <source>Check-in desk</source>
        <translation>Mostrador de entrada</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="97"/>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="98"/>
        <source>Dialogs</source>
        <translation>Cuadros de diálogo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="102"/>
        <source>Type a name or scan a badge</source>
        <translation>Escribir un nombre o escanear una credencial</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="103"/>
        <source>Search the people of the event</source>
        <translation>Buscar entre las personas del evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="104"/>
        <source>Check in the selected person</source>
        <translation>Registrar la entrada de la persona seleccionada</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="105"/>
        <source>Move through the results</source>
        <translation>Desplazarse por los resultados</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="106"/>
        <source>Move a page at a time</source>
        <translation>Avanzar una página cada vez</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="107"/>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="108"/>
        <source>Register a walk-in</source>
        <translation>Realizar una inscripción in situ</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="109"/>
        <source>Undo the last check-in</source>
        <translation>Deshacer el último registro de entrada</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="110"/>
        <source>Open the selected record</source>
        <translation>Abrir el registro seleccionado</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="111"/>
        <source>Delete the selected record (can be undone)</source>
        <translation>Eliminar el registro seleccionado (se puede deshacer)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="112"/>
        <source>Tick or untick attendance in the matrix</source>
        <translation>Marcar o desmarcar la asistencia en la matriz</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="113"/>
        <source>Confirm (the default button)</source>
        <translation>Confirmar (el botón predeterminado)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="114"/>
        <source>Cancel and close</source>
        <translation>Cancelar y cerrar</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="115"/>
        <source>Alt + underlined letter</source>
        <translation>Alt + letra subrayada</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="116"/>
        <source>Jump to that field or button</source>
        <translation>Ir a ese campo o botón</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="121"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="122"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="123"/>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="128"/>
        <source>&lt;h2&gt;How syncing works&lt;/h2&gt;&lt;p&gt;Every laptop keeps its own database and works without a network. Laptops exchange data through &lt;b&gt;exchange workbooks&lt;/b&gt; (.xlsx files) carried on a USB stick or sent by e-mail.&lt;/p&gt;&lt;h3&gt;At the venue&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Register people, check them in and take notes as usual.&lt;/li&gt;&lt;li&gt;At the end of the day open &lt;b&gt;Exchange → Export&lt;/b&gt; and save a workbook. It holds everything this laptop knows; give it a password if it travels on a USB stick.&lt;/li&gt;&lt;li&gt;Hand the workbook to the coordinator.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;At the coordinator&apos;s desk&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Open &lt;b&gt;Exchange → Import&lt;/b&gt; and choose the workbooks from every laptop, in any order. Each file is checked and previewed first: new, updated, conflicting and rejected rows. Nothing changes until you press Import, and a backup is made before it.&lt;/li&gt;&lt;li&gt;Export a combined workbook and import it on every laptop, so all of them hold the same data again.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;What happens to edits&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Edits of &lt;i&gt;different&lt;/i&gt; fields of the same person, made on two laptops, both survive.&lt;/li&gt;&lt;li&gt;Edits of the &lt;i&gt;same&lt;/i&gt; field made without seeing each other are a &lt;b&gt;conflict&lt;/b&gt;: one value wins the same way on every laptop, and the other is kept in &lt;b&gt;Exchange → Conflicts&lt;/b&gt;, where you can restore it.&lt;/li&gt;&lt;li&gt;Importing the same workbook twice changes nothing; the order of imports does not matter.&lt;/li&gt;&lt;li&gt;The same person registered on two laptops shows up in &lt;b&gt;Exchange → Duplicates&lt;/b&gt;; merging them travels with the next workbook.&lt;/li&gt;&lt;li&gt;Deletions and GDPR erasures travel too; an old workbook cannot bring erased personal data back.&lt;/li&gt;&lt;li&gt;A cell corrected by hand in Excel or LibreOffice is recognised and imported as a new edit.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;Cómo funciona la sincronización&lt;/h2&gt;&lt;p&gt;Cada portátil tiene su propia base de datos y funciona sin red. Los portátiles intercambian datos mediante &lt;b&gt;libros de intercambio&lt;/b&gt; (archivos .xlsx) que se llevan en una memoria USB o se envían por correo electrónico.&lt;/p&gt;&lt;h3&gt;En la sede&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Inscriba a las personas, registre su entrada y tome notas como de costumbre.&lt;/li&gt;&lt;li&gt;Al final del día abra &lt;b&gt;Intercambio → Exportar&lt;/b&gt; y guarde un libro. Contiene todo lo que sabe este portátil; póngale una contraseña si viaja en una memoria USB.&lt;/li&gt;&lt;li&gt;Entregue el libro al coordinador.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;En el puesto del coordinador&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Abra &lt;b&gt;Intercambio → Importar&lt;/b&gt; y elija los libros de todos los portátiles, en cualquier orden. Cada archivo se comprueba y se muestra primero en vista previa: filas nuevas, actualizadas, en conflicto y rechazadas. Nada cambia hasta que pulse Importar, y antes se crea una copia de seguridad.&lt;/li&gt;&lt;li&gt;Exporte un libro combinado e impórtelo en todos los portátiles, para que todos vuelvan a tener los mismos datos.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;Qué ocurre con las modificaciones&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Las modificaciones de campos &lt;i&gt;distintos&lt;/i&gt; de la misma persona, hechas en dos portátiles, se conservan ambas.&lt;/li&gt;&lt;li&gt;Las modificaciones del &lt;i&gt;mismo&lt;/i&gt; campo hechas sin conocer la otra son un &lt;b&gt;conflicto&lt;/b&gt;: un valor prevalece de la misma forma en todos los portátiles y el otro se conserva en &lt;b&gt;Intercambio → Conflictos&lt;/b&gt;, donde puede restaurarlo.&lt;/li&gt;&lt;li&gt;Importar dos veces el mismo libro no cambia nada; el orden de las importaciones no importa.&lt;/li&gt;&lt;li&gt;La misma persona inscrita en dos portátiles aparece en &lt;b&gt;Intercambio → Duplicados&lt;/b&gt;; su fusión viaja con el siguiente libro.&lt;/li&gt;&lt;li&gt;Las eliminaciones y las supresiones del RGPD también viajan; un libro antiguo no puede recuperar datos personales suprimidos.&lt;/li&gt;&lt;li&gt;Una celda corregida a mano en Excel o LibreOffice se reconoce y se importa como una nueva modificación.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="344"/>
        <source>Nothing imported yet. Imported exchange files are listed here.</source>
        <translation>Aún no se ha importado nada. Aquí aparecen los archivos de intercambio importados.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="353"/>
        <source>Imports: {n}</source>
        <translation>Importaciones: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="354"/>
        <source>Nothing imported yet.</source>
        <translation>Aún no se ha importado nada.</translation>
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
        <translation>Evento actual</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="63"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="63"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="63"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="63"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="69"/>
        <source>The database could not be opened. Use File → Open to choose one.</source>
        <translation>No se ha podido abrir la base de datos. Use Archivo → Abrir para elegir una.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="70"/>
        <source>Opening database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="81"/>
        <source>This database is empty. Use File → New or Open, or start from the demo.</source>
        <translation>Esta base de datos está vacía. Use Archivo → Nueva o Abrir, o empiece con la demostración.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="84"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="85"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="86"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="87"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="88"/>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="89"/>
        <source>Registrations</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="90"/>
        <source>Attendances</source>
        <translation>Asistencias</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="91"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="104"/>
        <source>No event chosen.</source>
        <translation>No se ha elegido ningún evento.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="112"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="113"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="115"/>
        <source>Where:</source>
        <translation>Dónde:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="119"/>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="120"/>
        <source>Priorities:</source>
        <translation>Prioridades:</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="176"/>
        <source>Drop exchange workbooks (.xlsx) here, or press Choose files…</source>
        <translation>Suelte aquí los libros de intercambio (.xlsx) o pulse Elegir archivos…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="179"/>
        <source>Choose &amp;files…</source>
        <translation>Elegir &amp;archivos…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="181"/>
        <source>Pick exchange workbooks from other laptops to import</source>
        <translation>Elegir libros de intercambio de otros portátiles para importarlos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="182"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="184"/>
        <source>Take the selected file off the list; nothing is imported from it</source>
        <translation>Quitar de la lista el archivo seleccionado; no se importa nada de él</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="185"/>
        <source>Imp&amp;ort</source>
        <translation>Imp&amp;ortar</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="186"/>
        <source>Import every listed file; a backup is made first</source>
        <translation>Importar todos los archivos de la lista; antes se hace una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="187"/>
        <source>Cop&amp;y report</source>
        <translation>Cop&amp;iar informe</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="188"/>
        <source>Copy the import report to the clipboard</source>
        <translation>Copiar el informe de importación al portapapeles</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="189"/>
        <source>&amp;Save report…</source>
        <translation>&amp;Guardar informe…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="190"/>
        <source>Save the import report as a text file</source>
        <translation>Guardar el informe de importación como archivo de texto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="206"/>
        <source>Choose exchange workbooks, or drop .xlsx files here. Each is checked before anything changes.</source>
        <translation>Elija libros de intercambio o suelte aquí archivos .xlsx. Cada uno se comprueba antes de cambiar nada.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="222"/>
        <source>Rejected cells:</source>
        <translation>Celdas rechazadas:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="244"/>
        <source>Import workbooks</source>
        <translation>Importar libros</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="244"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="311"/>
        <source>{file} is encrypted. Its password:</source>
        <translation>{file} está cifrado. Su contraseña:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="314"/>
        <source>Encrypted workbook</source>
        <translation>Libro cifrado</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="320"/>
        <source>no password given</source>
        <translation>no se ha indicado ninguna contraseña</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="334"/>
        <source>No file chosen.</source>
        <translation>No se ha elegido ningún archivo.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="339"/>
        <source>Exported by {device} on {time}. Conflicting values: {conflicts}; rows edited by hand: {hand}.</source>
        <translation>Exportado por {device} el {time}. Valores en conflicto: {conflicts}; filas editadas a mano: {hand}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="344"/>
        <source>{sheet}, column {column} ({header})</source>
        <translation>{sheet}, columna {column} ({header})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="348"/>
        <source>Not read, their headers are unknown: {columns}</source>
        <translation>No leídas, los encabezados son desconocidos: {columns}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="349"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="349"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="371"/>
        <source>The report is on the clipboard.</source>
        <translation>El informe está en el portapapeles.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="379"/>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="379"/>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="386"/>
        <source>Could not save the report: {reason}</source>
        <translation>No se ha podido guardar el informe: {reason}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="389"/>
        <source>Report saved to {file}.</source>
        <translation>Informe guardado en {file}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="396"/>
        <source>Wait until every file has been checked.</source>
        <translation>Espere hasta que se hayan comprobado todos los archivos.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="417"/>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="443"/>
        <source>Files imported: {files}. Rows: {new} new, {updated} updated, {unchanged} unchanged; conflicting values: {conflicts}.</source>
        <translation>Archivos importados: {files}. Filas: {new} nuevas, {updated} actualizadas, {unchanged} sin cambios; valores en conflicto: {conflicts}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="450"/>
        <source>Cancelled; the file being imported was left unchanged.</source>
        <translation>Cancelado; el archivo que se estaba importando no se ha modificado.</translation>
    </message>
</context>
<context>
    <name>ImportRegistrationsWizard</name>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="619"/>
        <source>Import registrations</source>
        <translation>Importar inscripciones</translation>
    </message>
</context>
<context>
    <name>InterviewRunner</name>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="58"/>
        <source>Interview: {guide}</source>
        <translation>Entrevista: {guide}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="64"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="86"/>
        <source>&amp;Back (PageUp)</source>
        <translation>&amp;Atrás (RePág)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="88"/>
        <source>Go back to the previous question; what you typed is kept (PageUp)</source>
        <translation>Volver a la pregunta anterior; lo escrito se conserva (RePág)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="90"/>
        <source>&amp;Save draft (Ctrl+S)</source>
        <translation>&amp;Guardar borrador (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="92"/>
        <source>Save the answers so far as a draft to resume later (Ctrl+S)</source>
        <translation>Guardar las respuestas dadas hasta ahora como borrador para seguir más tarde (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="94"/>
        <source>&amp;Next (Ctrl+Enter)</source>
        <translation>&amp;Siguiente (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="95"/>
        <source>Go to the next question (Ctrl+Enter)</source>
        <translation>Ir a la pregunta siguiente (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="118"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="121"/>
        <source>Before any question: explain the purpose of the research, that answers are analysed without names, that taking part is voluntary and can be stopped at any time. Ask whether the respondent agrees to be interviewed.

No consent, no answers.</source>
        <translation>Antes de cualquier pregunta: explique el objetivo de la investigación, que las respuestas se analizan sin nombres y que la participación es voluntaria y puede interrumpirse en cualquier momento. Pregunte si la persona entrevistada acepta ser entrevistada.

Sin consentimiento, no hay respuestas.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="126"/>
        <source>The respondent &amp;consents to this interview (Space)</source>
        <translation>La persona entrevistada &amp;consiente esta entrevista (Espacio)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="130"/>
        <source>Space ticks the box; Enter or Ctrl+Enter starts the questions.</source>
        <translation>Espacio marca la casilla; Intro o Ctrl+Intro inicia las preguntas.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="143"/>
        <source>End of the interview</source>
        <translation>Fin de la entrevista</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="147"/>
        <source>&amp;Complete the interview (Ctrl+Enter)</source>
        <translation>&amp;Completar la entrevista (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="149"/>
        <source>Mark the interview as completed and save it (Ctrl+Enter)</source>
        <translation>Marcar la entrevista como completada y guardarla (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="166"/>
        <source>registered person</source>
        <translation>persona inscrita</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="167"/>
        <source>anonymous respondent</source>
        <translation>entrevistado anónimo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="247"/>
        <source>{answered} of {count} questions answered.</source>
        <translation>{answered} de {count} preguntas respondidas.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="250"/>
        <source>Required questions still open: {numbers}.</source>
        <translation>Preguntas obligatorias aún pendientes: {numbers}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="279"/>
        <source>No consent, no answers: tick the box only if the respondent agrees. Escape closes without an interview.</source>
        <translation>Sin consentimiento, no hay respuestas: marque la casilla solo si la persona entrevistada está de acuerdo. Esc cierra sin entrevista.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="326"/>
        <source>Draft saved at {time}.</source>
        <translation>Borrador guardado a las {time}.</translation>
    </message>
</context>
<context>
    <name>InterviewsSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="73"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="74"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="79"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="80"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="81"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="82"/>
        <source>Required</source>
        <translation>Obligatoria</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="83"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="84"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="85"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="91"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="93"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="94"/>
        <source>Respondent</source>
        <translation>Entrevistado</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="95"/>
        <source>registered person</source>
        <translation>persona inscrita</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="96"/>
        <source>anonymous</source>
        <translation>anónimo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="97"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="100"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="102"/>
        <source>Age band</source>
        <translation>Franja de edad</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="103"/>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="105"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="106"/>
        <source>Interviewer</source>
        <translation>Entrevistador</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="479"/>
        <source>&amp;Interviews</source>
        <translation>&amp;Entrevistas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="480"/>
        <source>G&amp;uides</source>
        <translation>G&amp;uiones</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="481"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Análisis</translation>
    </message>
</context>
<context>
    <name>InterviewsTab</name>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="354"/>
        <source>No interviews to show. New interview… (Ctrl+N) starts one with the chosen guide.</source>
        <translation>No hay entrevistas que mostrar. Nueva entrevista… (Ctrl+N) inicia una con el guion elegido.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="309"/>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="313"/>
        <source>&amp;Guide:</source>
        <translation>&amp;Guion:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="315"/>
        <source>S&amp;tatus:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="317"/>
        <source>&amp;New interview… (Ctrl+N)</source>
        <translation>&amp;Nueva entrevista… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="318"/>
        <source>Start an interview with the chosen guide (Ctrl+N)</source>
        <translation>Iniciar una entrevista con el guion elegido (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="319"/>
        <source>&amp;Resume (Enter)</source>
        <translation>&amp;Reanudar (Intro)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="321"/>
        <source>Open the selected interview to continue or review it (Enter or double-click)</source>
        <translation>Abrir la entrevista seleccionada para continuarla o revisarla (Intro o doble clic)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="322"/>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="323"/>
        <source>Delete the selected interview and its answers</source>
        <translation>Eliminar la entrevista seleccionada y sus respuestas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="327"/>
        <source>Research e&amp;xport…</source>
        <translation>E&amp;xportación para investigación…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="329"/>
        <source>A pseudonymised workbook for researchers: no names or contacts, one row per interview, a codebook</source>
        <translation>Un libro seudonimizado para investigadores: sin nombres ni contactos, una fila por entrevista y un libro de códigos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="360"/>
        <source>all guides</source>
        <translation>todos los guiones</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="388"/>
        <source>%Ln interviews</source>
        <translation>
            <numerusform>%Ln entrevista</numerusform>
            <numerusform>%Ln entrevistas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="391"/>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="392"/>
        <source>Loading interviews…</source>
        <translation>Cargando las entrevistas…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="439"/>
        <source>Wrote {file}: %Ln interviews, pseudonymised.</source>
        <translation>
            <numerusform>Se ha creado {file}: %Ln entrevista, seudonimizada.</numerusform>
            <numerusform>Se ha creado {file}: %Ln entrevistas, seudonimizadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="423"/>
        <source>Research export</source>
        <translation>Exportación para investigación</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="425"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="442"/>
        <source>Writing the research export…</source>
        <translation>Escribiendo la exportación para investigación…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="450"/>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="463"/>
        <source>Delete interview</source>
        <translation>Eliminar entrevista</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="451"/>
        <source>Delete this interview and its {n} answers?</source>
        <translation>¿Eliminar esta entrevista y sus {n} respuestas?</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="289"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="290"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="291"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="292"/>
        <source>Connect to a &amp;server…</source>
        <translation>Conectar a un &amp;servidor…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="293"/>
        <source>Restore from &amp;backup…</source>
        <translation>Restaurar desde una &amp;copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="294"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="295"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="296"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="297"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="298"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Métodos abreviados de teclado</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="299"/>
        <source>How &amp;syncing works</source>
        <translation>Cómo funciona la &amp;sincronización</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="300"/>
        <source>&amp;About EC-NET Desktop</source>
        <translation>&amp;Acerca de EC-NET Desktop</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="303"/>
        <source>Create a new, empty database file</source>
        <translation>Crear un archivo de base de datos nuevo y vacío</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="304"/>
        <source>Open another database file</source>
        <translation>Abrir otro archivo de base de datos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="305"/>
        <source>Open one of the databases used lately</source>
        <translation>Abrir una de las bases de datos usadas recientemente</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="307"/>
        <source>Work on the coordinators&apos; shared PostgreSQL database instead of a file</source>
        <translation>Trabajar en la base de datos PostgreSQL compartida de los coordinadores en lugar de en un archivo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="309"/>
        <source>Replace this database with one of the backups taken before imports</source>
        <translation>Sustituir esta base de datos por una de las copias de seguridad hechas antes de las importaciones</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="310"/>
        <source>Close EC-NET Desktop</source>
        <translation>Cerrar EC-NET Desktop</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="311"/>
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="312"/>
        <source>Redo the change just undone</source>
        <translation>Rehacer el cambio que se acaba de deshacer</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="314"/>
        <source>Language, name of this laptop, paper size, backups and retention</source>
        <translation>Idioma, nombre de este portátil, tamaño del papel, copias de seguridad y conservación</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="315"/>
        <source>The keys that work in each part of the app</source>
        <translation>Las teclas que funcionan en cada parte de la aplicación</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="316"/>
        <source>How laptops exchange data through workbooks</source>
        <translation>Cómo intercambian datos los portátiles mediante libros</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="317"/>
        <source>Version, data folder and log folder</source>
        <translation>Versión, carpeta de datos y carpeta de registros</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="322"/>
        <source>Choose a section</source>
        <translation>Elija una sección</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="323"/>
        <source>Current &amp;event:</source>
        <translation>E&amp;vento actual:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="372"/>
        <source>The database could not be opened. Use File → Open to choose one.</source>
        <translation>No se ha podido abrir la base de datos. Use Archivo → Abrir para elegir una.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="374"/>
        <source>Opening database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="493"/>
        <source>Connect to a server</source>
        <translation>Conectar a un servidor</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="494"/>
        <source>Database URL, e.g. postgresql+psycopg://coordinator@hub.example.org/ecnet
(the password is read from ~/.pgpass or PGPASSWORD and never stored):</source>
        <translation>URL de la base de datos, p. ej. postgresql+psycopg://coordinator@hub.example.org/ecnet
(la contraseña se lee de ~/.pgpass o PGPASSWORD y nunca se guarda):</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="325"/>
        <source>The event that check-in, notes and reports use</source>
        <translation>El evento que usan el registro de entrada, las notas y los informes</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="330"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="453"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="463"/>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="472"/>
        <source>{path} already exists. Use File → Open to open it; it has not been changed.</source>
        <translation>{path} ya existe. Use Archivo → Abrir para abrirla; no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="480"/>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="581"/>
        <source>Creating the demo…</source>
        <translation>Creando la demostración…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="663"/>
        <source>Device: {name}</source>
        <translation>Dispositivo: {name}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="665"/>
        <source>Database: {path}</source>
        <translation>Base de datos: {path}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="667"/>
        <source>Database: {path} (could not be opened)</source>
        <translation>Base de datos: {path} (no se ha podido abrir)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="670"/>
        <source>Database: {path} (opening…)</source>
        <translation>Base de datos: {path} (abriendo…)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="683"/>
        <source>About EC-NET Desktop</source>
        <translation>Acerca de EC-NET Desktop</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="685"/>
        <source>&lt;h3&gt;EC-NET Desktop {version}&lt;/h3&gt;&lt;p&gt;Offline registration, check-in, notes and interviews for the events of the European Citizenship Network of Towns (EC-NET).&lt;/p&gt;&lt;p&gt;Database: {database}&lt;br&gt;Device: {device}&lt;/p&gt;&lt;p&gt;Data folder: {data}&lt;br&gt;Log folder: {logs}&lt;/p&gt;&lt;p&gt;Qt {qt}, Qt for Python (PySide6) {pyside}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EC-NET Desktop {version}&lt;/h3&gt;&lt;p&gt;Inscripción, registro de entrada, notas y entrevistas sin conexión para los eventos de la European Citizenship Network of Towns (EC-NET).&lt;/p&gt;&lt;p&gt;Base de datos: {database}&lt;br&gt;Dispositivo: {device}&lt;/p&gt;&lt;p&gt;Carpeta de datos: {data}&lt;br&gt;Carpeta de registros: {logs}&lt;/p&gt;&lt;p&gt;Qt {qt}, Qt for Python (PySide6) {pyside}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="128"/>
        <source>(no header: column {n})</source>
        <translation>(sin encabezado: columna {n})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="139"/>
        <source>Not recognised: choose what this column holds, or “do not import”.</source>
        <translation>No reconocida: elija qué contiene esta columna, o “no importar”.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="165"/>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="165"/>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="166"/>
        <source>Imported as</source>
        <translation>Importada como</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="302"/>
        <source>What do the columns hold?</source>
        <translation>¿Qué contienen las columnas?</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="304"/>
        <source>Recognised columns are filled in. Change a choice with a click, or F2 and the arrow keys. Columns marked “not imported” are left out.</source>
        <translation>Las columnas reconocidas ya están rellenadas. Cambie una opción con un clic, o con F2 y las teclas de flecha. Las columnas marcadas como “no importada” se omiten.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="342"/>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="358"/>
        <source>sheet “{sheet}”</source>
        <translation>hoja “{sheet}”</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="359"/>
        <source>encoding {encoding}</source>
        <translation>codificación {encoding}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="361"/>
        <source>%Ln rows below the header on row {header} ({where}).</source>
        <translation>
            <numerusform>%Ln fila bajo el encabezado de la fila {header} ({where}).</numerusform>
            <numerusform>%Ln filas bajo el encabezado de la fila {header} ({where}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="388"/>
        <source>Choose the column with the given or family name.</source>
        <translation>Elija la columna con el nombre o los apellidos.</translation>
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
        <translation>{details} (no inscrito)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="196"/>
        <source>Not registered</source>
        <translation>No inscrito</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="220"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="222"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="230"/>
        <source>Total
{count}</source>
        <translation>Total
{count}</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="65"/>
        <source>(the whole event)</source>
        <translation>(todo el evento)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="80"/>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="209"/>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="236"/>
        <source>Saved at {time}.</source>
        <translation>Guardado a las {time}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="253"/>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="260"/>
        <source>Not saved.</source>
        <translation>Sin guardar.</translation>
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
        <translation>&amp;Sesión:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="299"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="300"/>
        <source>T&amp;itle:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="301"/>
        <source>&amp;Level:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="302"/>
        <source>&amp;Addressed to:</source>
        <translation>&amp;Dirigida a:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="304"/>
        <source>&amp;Text (Markdown: **bold**, *italic*, - lists; saved as you type):</source>
        <translation>Te&amp;xto (Markdown: **negrita**, *cursiva*, - listas; se guarda mientras escribe):</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="305"/>
        <source>Priorities:</source>
        <translation>Prioridades:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="306"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="307"/>
        <source>Author&apos;s &amp;role:</source>
        <translation>&amp;Función del autor:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="308"/>
        <source>e.g. facilitator, rapporteur — no names</source>
        <translation>p. ej., facilitador, relator — sin nombres</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="309"/>
        <source>&amp;Publishable (may appear in the compendia)</source>
        <translation>&amp;Publicable (puede aparecer en las recopilaciones)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="310"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="312"/>
        <source>Saved automatically as you type.</source>
        <translation>Se guarda automáticamente mientras escribe.</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="458"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="459"/>
        <source>&amp;Recommendations</source>
        <translation>&amp;Recomendaciones</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="460"/>
        <source>&amp;Toolkit</source>
        <translation>&amp;Toolkit</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="461"/>
        <source>&amp;Quick note for the session now</source>
        <translation>Nota rápida para la sesión en &amp;curso</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="66"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="68"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="69"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="70"/>
        <source>(whole event)</source>
        <translation>(todo el evento)</translation>
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
        <translation>Prioridades</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="74"/>
        <source>Publishable</source>
        <translation>Publicable</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="75"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="125"/>
        <source>No notes to show. New note writes one; or change the search and filters.</source>
        <translation>No hay notas que mostrar. Nueva nota crea una; o cambie la búsqueda y los filtros.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="199"/>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="202"/>
        <source>All priorities</source>
        <translation>Todas las prioridades</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="233"/>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="248"/>
        <source>All sessions</source>
        <translation>Todas las sesiones</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/notes_view.py" line="276"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln nota</numerusform>
            <numerusform>%Ln notas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="312"/>
        <source>Choose an event first: a note belongs to an event or one of its sessions.</source>
        <translation>Elija primero un evento: una nota pertenece a un evento o a una de sus sesiones.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="345"/>
        <source>Delete note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="362"/>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="363"/>
        <source>Words in the title or text (accents ignored)</source>
        <translation>Palabras del título o del texto (sin tener en cuenta los acentos)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="364"/>
        <source>&amp;New note</source>
        <translation>&amp;Nueva nota</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="365"/>
        <source>Write a new note or recommendation</source>
        <translation>Escribir una nueva nota o recomendación</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="366"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="367"/>
        <source>Open the selected note (Enter or double-click)</source>
        <translation>Abrir la nota seleccionada (Intro o doble clic)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="368"/>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="370"/>
        <source>Delete the selected note (Delete); Ctrl+Z brings it back</source>
        <translation>Eliminar la nota seleccionada (Supr); Ctrl+Z la recupera</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="153"/>
        <source>New organisation</source>
        <translation>Nueva organización</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="164"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="165"/>
        <source>&amp;Town:</source>
        <translation>&amp;Ciudad:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="166"/>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="167"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="184"/>
        <source>Create organisation “{name}”</source>
        <translation>Crear organización “{name}”</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="282"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="283"/>
        <source>&amp;Count:</source>
        <translation>&amp;Contar:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="284"/>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="284"/>
        <source>International events</source>
        <translation>Eventos internacionales</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="285"/>
        <source>Local working groups</source>
        <translation>Grupos de trabajo locales</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="287"/>
        <source>Edit &amp;targets…</source>
        <translation>Editar &amp;objetivos…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="289"/>
        <source>Set the project&apos;s targets: participants, countries, events</source>
        <translation>Fijar los objetivos del proyecto: participantes, países, eventos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="290"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="291"/>
        <source>Count again from the database</source>
        <translation>Volver a contar a partir de la base de datos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="292"/>
        <source>Progress against the project&apos;s targets</source>
        <translation>Avance respecto a los objetivos del proyecto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="294"/>
        <source>International events held</source>
        <translation>Eventos internacionales celebrados</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="295"/>
        <source>Participants (each person once)</source>
        <translation>Participantes (cada persona una vez)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="296"/>
        <source>Participants&apos; countries</source>
        <translation>Países de los participantes</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="298"/>
        <source>participants, each counted once</source>
        <translation>participantes, cada uno contado una vez</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="299"/>
        <source>participations (person × event)</source>
        <translation>participaciones (persona × evento)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="300"/>
        <source>attendances (person × session, everyone present)</source>
        <translation>asistencias (persona × sesión, todos los presentes)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="301"/>
        <source>countries</source>
        <translation>países</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="302"/>
        <source>events with participants</source>
        <translation>eventos con participantes</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="303"/>
        <source>international at international events</source>
        <translation>internacionales en eventos internacionales</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="304"/>
        <source>staff / interpreters, counted apart</source>
        <translation>personal / intérpretes, contados aparte</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="309"/>
        <source>Participants by country</source>
        <translation>Participantes por país</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="310"/>
        <source>Participants by category</source>
        <translation>Participantes por categoría</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="311"/>
        <source>Participants by gender</source>
        <translation>Participantes por género</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="312"/>
        <source>Participants by age band</source>
        <translation>Participantes por franja de edad</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="313"/>
        <source>Participants by event (local / international)</source>
        <translation>Participantes por evento (locales / internacionales)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="314"/>
        <source>Participants over time</source>
        <translation>Participantes a lo largo del tiempo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="318"/>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="319"/>
        <source>Save this chart as a PNG image</source>
        <translation>Guardar este gráfico como imagen PNG</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="321"/>
        <source>A participant is a person checked in for at least one session of an event, registered as participant, speaker or facilitator (or not registered at all). Staff and interpreters are counted apart. Each person counts once however many events they attended; merged duplicates count once; erased people still count by country and category. International: from another country than the event&apos;s.</source>
        <translation>Un participante es una persona cuya entrada se ha registrado en al menos una sesión de un evento, inscrita como participante, ponente o facilitador (o sin inscripción). El personal y los intérpretes se cuentan aparte. Cada persona cuenta una vez, independientemente de a cuántos eventos haya asistido; los duplicados fusionados cuentan una vez; las personas cuyos datos se han suprimido siguen contando por país y categoría. Internacional: de un país distinto al del evento.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="387"/>
        <source>{reached} of {target}</source>
        <translation>{reached} de {target}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="408"/>
        <source>{events} events, {people} people present in all.</source>
        <translation>{events} eventos, {people} personas presentes en total.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/overview_view.py" line="411"/>
        <source>%Ln international event(s) below one third from abroad.</source>
        <translation>
            <numerusform>%Ln evento internacional con menos de un tercio de participantes del extranjero.</numerusform>
            <numerusform>%Ln eventos internacionales con menos de un tercio de participantes del extranjero.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="417"/>
        <source>No participants yet.</source>
        <translation>Aún no hay participantes.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="424"/>
        <source>others</source>
        <translation>otros</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="440"/>
        <source>local</source>
        <translation>locales</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="441"/>
        <source>international</source>
        <translation>internacionales</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="455"/>
        <source>participants so far</source>
        <translation>participantes hasta la fecha</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="456"/>
        <source>participants&apos; attendances in the month</source>
        <translation>asistencias de participantes en el mes</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="497"/>
        <source>Change project targets</source>
        <translation>Cambiar los objetivos del proyecto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="503"/>
        <source>Save chart as PNG</source>
        <translation>Guardar gráfico como PNG</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="504"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="512"/>
        <source>Could not write {path}.</source>
        <translation>No se ha podido escribir {path}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="515"/>
        <source>Saved {path}.</source>
        <translation>Guardado {path}.</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="316"/>
        <source>Any part of a name, organisation or town</source>
        <translation>Cualquier parte de un nombre, organización o ciudad</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="319"/>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="327"/>
        <source>No one to show. New person… adds someone; or change the search.</source>
        <translation>No hay nadie que mostrar. Nueva persona… añade a alguien; o cambie la búsqueda.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="349"/>
        <source>The search failed.</source>
        <translation>La búsqueda ha fallado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/people_model.py" line="352"/>
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="68"/>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="69"/>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="70"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="71"/>
        <source>Town</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="72"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="74"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="117"/>
        <source>&amp;New person…</source>
        <translation>&amp;Nueva persona…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="118"/>
        <source>Add a person to the address book</source>
        <translation>Añadir una persona a la libreta de direcciones</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="120"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="122"/>
        <source>Change the selected person&apos;s details (Enter or double-click)</source>
        <translation>Cambiar los datos de la persona seleccionada (Intro o doble clic)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="124"/>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="126"/>
        <source>Delete the selected person; Ctrl+Z brings them back</source>
        <translation>Eliminar la persona seleccionada; Ctrl+Z la recupera</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="128"/>
        <source>&amp;Register for the event…</source>
        <translation>&amp;Inscribir en el evento…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="130"/>
        <source>Register the selected people for the current event</source>
        <translation>Inscribir a las personas seleccionadas en el evento actual</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="132"/>
        <source>Possible d&amp;uplicates…</source>
        <translation>Posibles d&amp;uplicados…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="134"/>
        <source>List people who may have been entered twice, and merge them</source>
        <translation>Listar las personas que puedan haberse introducido dos veces y fusionarlas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="142"/>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="144"/>
        <source>Pri&amp;vacy</source>
        <translation>Pri&amp;vacidad</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="205"/>
        <source>Re&amp;gistrations for {event}</source>
        <translation>Ins&amp;cripciones en {event}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="206"/>
        <source>Re&amp;gistrations</source>
        <translation>Ins&amp;cripciones</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="234"/>
        <source>Edit person</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="248"/>
        <location filename="../ecnet_desktop/ui/people_view.py" line="257"/>
        <source>Delete person</source>
        <translation>Eliminar persona</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="249"/>
        <source>Delete {name}? Their registrations and attendance stay in the counts.</source>
        <translation>¿Eliminar a {name}? Sus inscripciones y asistencias siguen contando.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="255"/>
        <source>Delete person “{name}”</source>
        <translation>Eliminar persona “{name}”</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="271"/>
        <source>Looking for possible duplicates…</source>
        <translation>Buscando posibles duplicados…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="281"/>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
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
        <translation>Posiblemente la misma persona que: {people}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="214"/>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="214"/>
        <source>Edit person</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="242"/>
        <source>Data &amp;processing</source>
        <translation>Tratamiento de &amp;datos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="243"/>
        <source>P&amp;hotos</source>
        <translation>F&amp;otos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="244"/>
        <source>Appearing on &amp;lists</source>
        <translation>Aparición en &amp;listas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="270"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="271"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="272"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="273"/>
        <source>Pho&amp;ne:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="274"/>
        <source>&amp;Town:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="275"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="276"/>
        <source>O&amp;rganisation:</source>
        <translation>O&amp;rganización:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="277"/>
        <source>C&amp;ategory:</source>
        <translation>Cat&amp;egoría:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="278"/>
        <source>Gen&amp;der:</source>
        <translation>&amp;Género:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="279"/>
        <source>&amp;Birth year:</source>
        <translation>Año de naci&amp;miento:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="285"/>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="287"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="287"/>
        <source>Text version</source>
        <translation>Versión del texto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="288"/>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="347"/>
        <source>Type to find or create one</source>
        <translation>Escriba para buscar o crear una</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="406"/>
        <source>“{name}” is new: it will be created when you save.</source>
        <translation>“{name}” es nueva: se creará al guardar.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="462"/>
        <source>Create person “{name}”</source>
        <translation>Crear persona “{name}”</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="465"/>
        <source>Edit person “{name}”</source>
        <translation>Editar persona “{name}”</translation>
    </message>
</context>
<context>
    <name>PersonPrivacyActions</name>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="123"/>
        <source>Er&amp;ase…</source>
        <translation>&amp;Suprimir…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="124"/>
        <source>GDPR erasure: remove this person&apos;s personal data</source>
        <translation>Supresión según el RGPD: eliminar los datos personales de esta persona</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="126"/>
        <source>E&amp;xport everything about them…</source>
        <translation>E&amp;xportar todos sus datos…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="127"/>
        <source>Answer a subject access request: everything held about this person, as xlsx or PDF</source>
        <translation>Responder a una solicitud de acceso del interesado: todos los datos que se conservan sobre esta persona, en xlsx o PDF</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="145"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="146"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="147"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="148"/>
        <source>&amp;Name of this laptop:</source>
        <translation>&amp;Nombre de este portátil:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="150"/>
        <source>Shown in exchanged workbooks, so colleagues know which laptop an edit came from</source>
        <translation>Se muestra en los libros intercambiados, para que los colegas sepan de qué portátil procede una modificación</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="151"/>
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="152"/>
        <source>&amp;Paper size:</source>
        <translation>&amp;Tamaño del papel:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="153"/>
        <source>&amp;Blank rows on attendance sheets:</source>
        <translation>&amp;Filas en blanco en las hojas de asistencia:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="154"/>
        <source>Empty numbered rows for walk-ins who sign on paper</source>
        <translation>Filas numeradas vacías para quienes se inscriben in situ y firman en papel</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="155"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="156"/>
        <source>Backups &amp;kept per database:</source>
        <translation>&amp;Copias de seguridad por base de datos:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="158"/>
        <source>A backup is made before every import and upgrade; older ones are deleted, so erased personal data does not linger</source>
        <translation>Se crea una copia de seguridad antes de cada importación y actualización; las más antiguas se eliminan para que los datos personales suprimidos no permanezcan</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="160"/>
        <source>Keep personal data after the project &amp;ends:</source>
        <translation>Conservar los datos personales tras el fin del &amp;proyecto:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="161"/>
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln año</numerusform>
            <numerusform>%Ln años</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="163"/>
        <source>After this many years past the project&apos;s end, personal data is due for erasure</source>
        <translation>Pasados estos años desde el fin del proyecto, los datos personales deben suprimirse</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="222"/>
        <source>Give this laptop a name.</source>
        <translation>Dé un nombre a este portátil.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="396"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="398"/>
        <source>Check what will happen. Only the valid rows are imported, all of them at once, when you press Import.</source>
        <translation>Compruebe lo que va a ocurrir. Solo se importan las filas válidas, todas a la vez, al pulsar Importar.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="401"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="410"/>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="416"/>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="423"/>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="429"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="411"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="412"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="413"/>
        <source>Why it is not imported</source>
        <translation>Por qué no se importa</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="417"/>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="418"/>
        <source>Already in the database</source>
        <translation>Ya en la base de datos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="419"/>
        <source>Because</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="420"/>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="424"/>
        <source>Repeats row</source>
        <translation>Repite la fila</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="426"/>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="430"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="431"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="432"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="433"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="438"/>
        <source>&amp;Change what happens to this person</source>
        <translation>&amp;Cambiar lo que ocurre con esta persona</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="440"/>
        <source>Switch between adding this row as a new person and updating the matching person</source>
        <translation>Alternar entre añadir esta fila como persona nueva y actualizar la persona coincidente</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="467"/>
        <source>already registered: nothing to do</source>
        <translation>ya inscrita: no hay nada que hacer</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="469"/>
        <source>register the person already in the database</source>
        <translation>inscribir a la persona que ya está en la base de datos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="471"/>
        <source>create a new person (the names or e-mails differ)</source>
        <translation>crear una persona nueva (los nombres o los correos electrónicos difieren)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="472"/>
        <source>create a new person</source>
        <translation>crear una persona nueva</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="510"/>
        <source>&amp;Rejected rows ({n})</source>
        <translation>Filas &amp;rechazadas ({n})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="510"/>
        <source>&amp;Possible duplicates ({n})</source>
        <translation>&amp;Posibles duplicados ({n})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="511"/>
        <source>Re&amp;peated in the file ({n})</source>
        <translation>Repe&amp;tidas en el archivo ({n})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="511"/>
        <source>&amp;New people ({n})</source>
        <translation>Personas &amp;nuevas ({n})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="515"/>
        <source>Checking every row…</source>
        <translation>Comprobando cada fila…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="518"/>
        <source>For “{event}”: new people: {new}; people already in the database: {existing}; rows repeated in the file: {repeated}; rows rejected: {rejected}.</source>
        <translation>Para “{event}”: personas nuevas: {new}; personas ya en la base de datos: {existing}; filas repetidas en el archivo: {repeated}; filas rechazadas: {rejected}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="525"/>
        <source>Columns not imported: {headers}.</source>
        <translation>Columnas no importadas: {headers}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="528"/>
        <source>There is no valid row to import.</source>
        <translation>No hay ninguna fila válida que importar.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="555"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="561"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importación cancelada; no se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="124"/>
        <source>Consent &amp;texts</source>
        <translation>&amp;Textos de consentimiento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="125"/>
        <source>&amp;Retention period</source>
        <translation>&amp;Plazo de conservación</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="126"/>
        <source>Audit &amp;log</source>
        <translation>Registro de &amp;auditoría</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="143"/>
        <source>No consent texts yet. New text… adds the wording people agree to.</source>
        <translation>Aún no hay textos de consentimiento. Nuevo texto… añade la redacción que aceptan las personas.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="145"/>
        <source>&amp;New text…</source>
        <translation>&amp;Nuevo texto…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="146"/>
        <source>Write a new version of a consent text</source>
        <translation>Escribir una nueva versión de un texto de consentimiento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="148"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="149"/>
        <source>Change the selected consent text</source>
        <translation>Cambiar el texto de consentimiento seleccionado</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="151"/>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="152"/>
        <source>Delete the selected consent text</source>
        <translation>Eliminar el texto de consentimiento seleccionado</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="155"/>
        <source>The wording people agree to. Each consent records the version of the text it was given to; add a new version when the wording changes, so older consents keep pointing at what people actually read.</source>
        <translation>El texto que las personas aceptan. Cada consentimiento registra la versión del texto para la que se dio; añada una versión nueva cuando cambie el texto, para que los consentimientos anteriores sigan remitiendo a lo que las personas leyeron realmente.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="203"/>
        <source>Delete consent text {version}</source>
        <translation>Eliminar texto de consentimiento {version}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="207"/>
        <source>Delete consent text</source>
        <translation>Eliminar texto de consentimiento</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="220"/>
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln año</numerusform>
            <numerusform>%Ln años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="305"/>
        <source>%Ln people are past the retention period.</source>
        <translation>
            <numerusform>%Ln persona ha superado el plazo de conservación.</numerusform>
            <numerusform>%Ln personas han superado el plazo de conservación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="330"/>
        <source>%Ln people erased.</source>
        <translation>
            <numerusform>%Ln persona suprimida.</numerusform>
            <numerusform>%Ln personas suprimidas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="340"/>
        <source>Nothing recorded yet: consents, erasures and data exports are logged here.</source>
        <translation>Aún no hay nada registrado: aquí se anotan consentimientos, supresiones y exportaciones de datos.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="222"/>
        <source>&amp;Apply</source>
        <translation>Apli&amp;car</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="65"/>
        <source>Consent to</source>
        <translation>Consentimiento para</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="66"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="67"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="68"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="74"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="75"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="76"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="77"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="78"/>
        <source>Last event ended</source>
        <translation>Último evento terminado</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="81"/>
        <source>Kept until</source>
        <translation>Conservados hasta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="92"/>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="93"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="94"/>
        <source>Subject</source>
        <translation>Interesado</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="95"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="96"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="224"/>
        <source>Save the retention period and the project&apos;s end date</source>
        <translation>Guardar el plazo de conservación y la fecha de fin del proyecto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="233"/>
        <source>&amp;Find people past the period</source>
        <translation>&amp;Buscar personas fuera de plazo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="235"/>
        <source>List the people whose data is kept longer than the retention period</source>
        <translation>Listar las personas cuyos datos se conservan más allá del plazo de conservación</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="237"/>
        <source>Erase everyone l&amp;isted…</source>
        <translation>Suprimir a todos los de la l&amp;ista…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="239"/>
        <source>Erase the personal data of everyone listed; you confirm first</source>
        <translation>Suprimir los datos personales de todas las personas de la lista; antes se pide confirmación</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="243"/>
        <source>Keep personal data &amp;for:</source>
        <translation>Conservar los datos personales &amp;durante:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="245"/>
        <source>after the project&apos;s &amp;end:</source>
        <translation>tras el &amp;fin del proyecto:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="275"/>
        <source>Personal data is kept until {date} (for audits of the grant), or longer for people who took part in later events: their period runs from their last event.</source>
        <translation>Los datos personales se conservan hasta el {date} (para las auditorías de la subvención), o más tiempo en el caso de las personas que participaron en eventos posteriores: su plazo empieza a contar desde su último evento.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="297"/>
        <source>Looking…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="306"/>
        <source>Nobody is past the retention period.</source>
        <translation>Nadie ha superado el plazo de conservación.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="342"/>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="343"/>
        <source>Read the privacy log again</source>
        <translation>Volver a leer el registro de privacidad</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="346"/>
        <source>Exports, imports, erasures and subject access answers made on this laptop: what, when and on which device. Kept in the database; it names people by id only.</source>
        <translation>Exportaciones, importaciones, supresiones y respuestas a solicitudes de acceso realizadas en este portátil: qué, cuándo y en qué dispositivo. Se guarda en la base de datos; solo identifica a las personas por su id.</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="88"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="88"/>
        <source>Title</source>
        <translation>Título</translation>
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
        <translation>Facilitador</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="89"/>
        <source>Methodology</source>
        <translation>Metodología</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="172"/>
        <source>{day} (outside the event&apos;s dates)</source>
        <translation>{day} (fuera de las fechas del evento)</translation>
    </message>
</context>
<context>
    <name>ProgrammeView</name>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="243"/>
        <source>&amp;Add session…</source>
        <translation>&amp;Añadir sesión…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="244"/>
        <source>Add a session to the event&apos;s programme</source>
        <translation>Añadir una sesión al programa del evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="246"/>
        <source>Edit se&amp;ssion…</source>
        <translation>Editar se&amp;sión…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="247"/>
        <source>Change the selected session (Enter or double-click)</source>
        <translation>Cambiar la sesión seleccionada (Intro o doble clic)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="249"/>
        <source>De&amp;lete session</source>
        <translation>E&amp;liminar sesión</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="251"/>
        <source>Delete the selected session (Delete); Ctrl+Z brings it back</source>
        <translation>Eliminar la sesión seleccionada (Supr); Ctrl+Z la recupera</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="308"/>
        <source>Programme of “{title}”</source>
        <translation>Programa de “{title}”</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="309"/>
        <source>No event chosen</source>
        <translation>No se ha elegido ningún evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="311"/>
        <source>No sessions yet. Add session… puts the first one in the programme.</source>
        <translation>Aún no hay sesiones. Añadir sesión… pone la primera en el programa.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="312"/>
        <source>Choose an event to see its programme.</source>
        <translation>Elija un evento para ver su programa.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="324"/>
        <source>2 sessions overlap in room {room} on {day}: “{first}” ({first_time}) and “{second}” ({second_time}).</source>
        <translation>2 sesiones se solapan en la sala {room} el {day}: “{first}” ({first_time}) y “{second}” ({second_time}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="331"/>
        <source>Overlaps with “{other}” ({time}) in room {room}.</source>
        <translation>Se solapa con “{other}” ({time}) en la sala {room}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="338"/>
        <source>Falls outside the event&apos;s dates: move it to one of its days.</source>
        <translation>Queda fuera de las fechas del evento: muévala a uno de sus días.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/programme_view.py" line="341"/>
        <source>%Ln session(s) fall outside the event&apos;s dates.</source>
        <translation>
            <numerusform>%Ln sesión queda fuera de las fechas del evento.</numerusform>
            <numerusform>%Ln sesiones quedan fuera de las fechas del evento.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="404"/>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="419"/>
        <source>Delete session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="405"/>
        <source>Delete the session “{title}”?</source>
        <translation>¿Eliminar la sesión “{title}”?</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="416"/>
        <source>Delete session “{title}”</source>
        <translation>Eliminar sesión “{title}”</translation>
    </message>
</context>
<context>
    <name>ProgressRunner</name>
    <message>
        <location filename="../ecnet_desktop/ui/tasks.py" line="128"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/tasks.py" line="173"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../ecnet_desktop/app.py" line="333"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="62"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="62"/>
        <source>New question</source>
        <translation>Nueva pregunta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="69"/>
        <source>&amp;Required</source>
        <translation>&amp;Obligatoria</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="73"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="74"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="75"/>
        <source>&amp;Section:</source>
        <translation>&amp;Sección:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="81"/>
        <source>Text ({language}):</source>
        <translation>Texto ({language}):</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="84"/>
        <source>one choice a line: value = label</source>
        <translation>una opción por línea: valor = etiqueta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="85"/>
        <source>&amp;Choices:</source>
        <translation>O&amp;pciones:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="127"/>
        <source>Add question</source>
        <translation>Añadir pregunta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="139"/>
        <source>Edit question</source>
        <translation>Editar pregunta</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="38"/>
        <source>Question {number} of {count}</source>
        <translation>Pregunta {number} de {count}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="90"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="92"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="98"/>
        <source>Type the answer; Ctrl+Enter: next question.</source>
        <translation>Escriba la respuesta; Ctrl+Intro: siguiente pregunta.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="99"/>
        <source>Type a number; Enter: next question.</source>
        <translation>Escriba un número; Intro: siguiente pregunta.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="100"/>
        <source>Press 1 to 5 (or arrows and Space); Enter: next.</source>
        <translation>Pulse de 1 a 5 (o las flechas y Espacio); Intro: siguiente.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="101"/>
        <source>Press the number of the answer; Enter: next.</source>
        <translation>Pulse el número de la respuesta; Intro: siguiente.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="102"/>
        <source>Press numbers to tick or untick answers; Enter: next.</source>
        <translation>Pulse los números para marcar o desmarcar respuestas; Intro: siguiente.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="104"/>
        <source>Press 1 or Y for yes, 2 or N for no; Enter: next.</source>
        <translation>Pulse 1 o S para sí, 2 o N para no; Intro: siguiente.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="106"/>
        <source>Required.</source>
        <translation>Obligatoria.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="106"/>
        <source>Optional.</source>
        <translation>Opcional.</translation>
    </message>
</context>
<context>
    <name>RecommendationsView</name>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="42"/>
        <source>(no priority)</source>
        <translation>(sin prioridad)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="54"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="57"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="58"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="59"/>
        <source>Addressed to</source>
        <translation>Dirigida a</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="60"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="61"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="63"/>
        <source>Linked</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="65"/>
        <source>Publishable</source>
        <translation>Publicable</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="66"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="170"/>
        <source>%Ln recommendation(s)</source>
        <translation>
            <numerusform>%Ln recomendación</numerusform>
            <numerusform>%Ln recomendaciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="251"/>
        <source>Link recommendations</source>
        <translation>Vincular recomendaciones</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="251"/>
        <source>Unlink recommendations</source>
        <translation>Desvincular recomendaciones</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="269"/>
        <source>Workbook (*.xlsx)</source>
        <translation>Libro (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="271"/>
        <source>Save the EC-NET Recommendations</source>
        <translation>Guardar las Recomendaciones EC-NET</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="282"/>
        <source>Only &amp;publishable</source>
        <translation>Solo &amp;publicables</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="284"/>
        <source>Show only the recommendations marked as ready to publish</source>
        <translation>Mostrar solo las recomendaciones marcadas como listas para publicar</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="285"/>
        <source>&amp;Linked to:</source>
        <translation>&amp;Vinculadas a:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="286"/>
        <source>&amp;Similar, not linked yet:</source>
        <translation>&amp;Similares, aún sin vincular:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="287"/>
        <source>Lin&amp;k</source>
        <translation>Vin&amp;cular</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="288"/>
        <source>Link the selected recommendation to another note</source>
        <translation>Enlazar la recomendación seleccionada con otra nota</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="289"/>
        <source>&amp;Unlink</source>
        <translation>Desv&amp;incular</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="290"/>
        <source>Remove the selected link</source>
        <translation>Quitar el enlace seleccionado</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="291"/>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="293"/>
        <source>Save the recommendations shown as a PDF to print or share</source>
        <translation>Guardar las recomendaciones mostradas como PDF para imprimir o compartir</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="294"/>
        <source>Save as &amp;workbook…</source>
        <translation>Guardar como &amp;libro…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="295"/>
        <source>Save the recommendations shown as an Excel workbook</source>
        <translation>Guardar las recomendaciones mostradas como libro de Excel</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="40"/>
        <source>Restore the database from a backup</source>
        <translation>Restaurar la base de datos desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="53"/>
        <source>&amp;Backups (newest first):</source>
        <translation>&amp;Copias de seguridad (la más reciente primero):</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="55"/>
        <source>The current file is not deleted: it is renamed and kept beside the database.</source>
        <translation>El archivo actual no se elimina: se cambia de nombre y se conserva junto a la base de datos.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="63"/>
        <source>&amp;Restore selected backup</source>
        <translation>&amp;Restaurar la copia seleccionada</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="77"/>
        <source>There are no backups of this database in {folder}.</source>
        <translation>No hay copias de seguridad de esta base de datos en {folder}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="84"/>
        <source>before an import</source>
        <translation>antes de una importación</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="85"/>
        <source>before an update of the app</source>
        <translation>antes de una actualización de la aplicación</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="86"/>
        <source>before adding a list of people</source>
        <translation>antes de añadir una lista de personas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="87"/>
        <source>{when} — {why} ({size} kB)</source>
        <translation>{when} — {why} ({size} kB)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="89"/>
        <source>{backup} — latest good backup</source>
        <translation>{backup} — última copia de seguridad en buen estado</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="127"/>
        <source>Restore the selected backup to go on working; changes made after it was taken are not in it.</source>
        <translation>Restaure la copia de seguridad seleccionada para seguir trabajando; los cambios realizados después de crearla no están incluidos.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="129"/>
        <source>Without a backup the database cannot be repaired by the app.</source>
        <translation>Sin una copia de seguridad, la aplicación no puede reparar la base de datos.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="141"/>
        <source>Restore from backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="141"/>
        <source>A database on a server is backed up and restored by the server&apos;s administrator.</source>
        <translation>Las copias de seguridad y la restauración de una base de datos en un servidor las gestiona el administrador del servidor.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="144"/>
        <source>Replace the database {path} with one of its backups. Changes made after the backup was taken are not in it.</source>
        <translation>Sustituir la base de datos {path} por una de sus copias de seguridad. Los cambios realizados después de crear la copia no están incluidos.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="168"/>
        <source>The database was restored from {backup}.</source>
        <translation>La base de datos se ha restaurado desde {backup}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="171"/>
        <source>The replaced file was kept as {aside}.</source>
        <translation>El archivo sustituido se ha conservado como {aside}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="173"/>
        <source>Database restored</source>
        <translation>Base de datos restaurada</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="174"/>
        <source>Change registration</source>
        <translation>Cambiar inscripción</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="175"/>
        <source>Register for {event}</source>
        <translation>Inscribir en {event}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="188"/>
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} y %Ln más</numerusform>
            <numerusform>{names} y %Ln más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="197"/>
        <source>(each keeps their own)</source>
        <translation>(cada uno conserva la suya)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="200"/>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="201"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="202"/>
        <source>&amp;Invited by town:</source>
        <translation>&amp;Invitado por la ciudad:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="233"/>
        <source>Choose at least one person in the list.</source>
        <translation>Elija al menos una persona de la lista.</translation>
    </message>
</context>
<context>
    <name>RegistrationsPanel</name>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="62"/>
        <source>international</source>
        <translation>internacional</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="63"/>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="67"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="71"/>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="74"/>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="76"/>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="93"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="78"/>
        <source>Local / international</source>
        <translation>Local / internacional</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="79"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="81"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="83"/>
        <source>Invited by</source>
        <translation>Invitado por</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="86"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="88"/>
        <source>Town</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="94"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="274"/>
        <source>&amp;Add people…</source>
        <translation>&amp;Añadir personas…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="275"/>
        <source>Register people from the address book for this event</source>
        <translation>Inscribir en este evento a personas de la libreta de direcciones</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="277"/>
        <source>C&amp;hange role or status…</source>
        <translation>&amp;Cambiar función o estado…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="279"/>
        <source>Change the role or status of the selected registrations</source>
        <translation>Cambiar el papel o el estado de las inscripciones seleccionadas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="281"/>
        <source>Un&amp;register</source>
        <translation>Anular &amp;inscripción</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="283"/>
        <source>Remove the selected people from this event; Ctrl+Z brings them back</source>
        <translation>Quitar de este evento a las personas seleccionadas; Ctrl+Z las recupera</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="285"/>
        <source>E&amp;xport participant list…</source>
        <translation>E&amp;xportar lista de participantes…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="287"/>
        <source>Save this event&apos;s participant list as an Excel workbook</source>
        <translation>Guardar la lista de participantes de este evento como libro de Excel</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="289"/>
        <source>&amp;Import registrations…</source>
        <translation>I&amp;mportar inscripciones…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="291"/>
        <source>Read a CSV or XLSX list from a partner town or an online form</source>
        <translation>Leer una lista CSV o XLSX de una ciudad socia o de un formulario en línea</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="364"/>
        <source>No event chosen</source>
        <translation>No se ha elegido ningún evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="366"/>
        <source>Choose the current event in the toolbar to see and change its registrations.</source>
        <translation>Elija el evento actual en la barra de herramientas para ver y cambiar sus inscripciones.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="373"/>
        <source>{title} — {place}, {start} to {end}</source>
        <translation>{title} — {place}, del {start} al {end}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="378"/>
        <source>{registered} registered: {local} local, {international} international ({countries} countries). {listed} registrations in the list, including cancelled and no-shows.</source>
        <translation>{registered} inscritos: {local} locales, {international} internacionales ({countries} países). {listed} inscripciones en la lista, incluidas las canceladas y los no presentados.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="446"/>
        <source>Register %Ln people</source>
        <translation>
            <numerusform>Inscribir a %Ln persona</numerusform>
            <numerusform>Inscribir a %Ln personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="459"/>
        <source>Change %Ln registrations</source>
        <translation>
            <numerusform>Cambiar %Ln inscripción</numerusform>
            <numerusform>Cambiar %Ln inscripciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="467"/>
        <source>Unregister %Ln people</source>
        <translation>
            <numerusform>Anular la inscripción de %Ln persona</numerusform>
            <numerusform>Anular la inscripción de %Ln personas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="475"/>
        <source>participants {title}.xlsx</source>
        <translation>participantes {title}.xlsx</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="478"/>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="502"/>
        <source>Export participant list</source>
        <translation>Exportar lista de participantes</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="479"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="492"/>
        <source>Exporting the participant list…</source>
        <translation>Exportando la lista de participantes…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="496"/>
        <source>Saved %Ln participants to {path}.</source>
        <translation>
            <numerusform>Se ha guardado %Ln participante en {path}.</numerusform>
            <numerusform>Se han guardado %Ln participantes en {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWorkbooks</name>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="62"/>
        <source>Save the event report as a &amp;workbook (.xlsx)…</source>
        <translation>Guardar el informe del evento como &amp;libro (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="63"/>
        <source>Save the project &amp;summary workbook (.xlsx)…</source>
        <translation>Guardar el libro de &amp;resumen del proyecto (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="65"/>
        <source>Asks where to save, then writes the chosen event&apos;s report (figures per country, category and session) as an Excel workbook.</source>
        <translation>Pregunta dónde guardar y luego crea el informe del evento elegido (cifras por país, categoría y sesión) como libro de Excel.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="68"/>
        <source>Asks where to save, then writes the figures of every event of the project, and their totals, as an Excel workbook.</source>
        <translation>Pregunta dónde guardar y luego crea las cifras de todos los eventos del proyecto, con sus totales, como libro de Excel.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="80"/>
        <source>Save workbook</source>
        <translation>Guardar libro</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="81"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="90"/>
        <source>Choose an event first.</source>
        <translation>Elija primero un evento.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="108"/>
        <source>Writing the event report workbook…</source>
        <translation>Escribiendo el libro del informe del evento…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="118"/>
        <source>Writing the project summary workbook…</source>
        <translation>Escribiendo el libro de resumen del proyecto…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="133"/>
        <source>Saved {path}.</source>
        <translation>Guardado {path}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="142"/>
        <source>Cancelled; no workbook was written.</source>
        <translation>Cancelado; no se ha escrito ningún libro.</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="147"/>
        <source>The printer could not be opened.</source>
        <translation>No se ha podido abrir la impresora.</translation>
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
        <translation>Hoja de asistencia (UE, para firmar)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="387"/>
        <source>Name badges with QR code</source>
        <translation>Credenciales con código QR</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="388"/>
        <source>Certificates of attendance</source>
        <translation>Certificados de asistencia</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="389"/>
        <source>Event report (grant)</source>
        <translation>Informe del evento (subvención)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="391"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="392"/>
        <source>&amp;Lists:</source>
        <translation>Lis&amp;tas:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="393"/>
        <source>One list for the whole event has a signature column per day.</source>
        <translation>Una lista para todo el evento tiene una columna de firma por día.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="395"/>
        <source>for the whole event</source>
        <translation>para todo el evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="395"/>
        <source>one per day</source>
        <translation>una por día</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="396"/>
        <source>one per session</source>
        <translation>una por sesión</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="398"/>
        <source>&amp;Blank rows for walk-ins:</source>
        <translation>&amp;Filas en blanco para inscripciones in situ:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="399"/>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientación:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="400"/>
        <source>Automatic: landscape when a list has a signature column for several days.</source>
        <translation>Automático: horizontal cuando una lista tiene columna de firma para varios días.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="402"/>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="402"/>
        <source>portrait</source>
        <translation>vertical</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="403"/>
        <source>landscape</source>
        <translation>horizontal</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="405"/>
        <source>Legal &amp;representative:</source>
        <translation>Representante le&amp;gal:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="406"/>
        <source>pre-printed in the certification</source>
        <translation>preimpreso en la certificación</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="407"/>
        <source>One list per invited &amp;town</source>
        <translation>Una lista por cada &amp;ciudad invitante</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="408"/>
        <source>&amp;Local and international participants on separate lists</source>
        <translation>Participantes locales e internacionales en listas &amp;separadas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="410"/>
        <source>Prints a separate list for the participants invited by each partner town</source>
        <translation>Imprime una lista aparte para los participantes invitados por cada municipio socio</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="412"/>
        <source>Prints local participants and participants from other countries on separate lists</source>
        <translation>Imprime en listas separadas a los participantes locales y a los de otros países</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="413"/>
        <source>&amp;Badges per sheet:</source>
        <translation>Credencia&amp;les por hoja:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="414"/>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="415"/>
        <source>&amp;For:</source>
        <translation>P&amp;ara:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="416"/>
        <source>&amp;Signed by:</source>
        <translation>Firmado p&amp;or:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="417"/>
        <source>R&amp;ole of the signatory:</source>
        <translation>Cargo del firma&amp;nte:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="418"/>
        <source>e.g. Mayor, Project coordinator</source>
        <translation>p. ej., Alcalde, Coordinador del proyecto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="419"/>
        <source>&amp;Place:</source>
        <translation>L&amp;ugar:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="420"/>
        <source>the event&apos;s town</source>
        <translation>la ciudad del evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="421"/>
        <source>&amp;Date:</source>
        <translation>Fec&amp;ha:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="422"/>
        <source>&amp;Generate</source>
        <translation>Gene&amp;rar</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="423"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="424"/>
        <source>Open in PDF &amp;viewer</source>
        <translation>Abrir en el &amp;visor de PDF</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="425"/>
        <source>Sa&amp;ve as…</source>
        <translation>Guardar co&amp;mo…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="427"/>
        <source>Writes the chosen document for the chosen event as a PDF, on the paper size set in Preferences, and shows its first pages here.</source>
        <translation>Crea el documento elegido para el evento elegido como PDF, en el tamaño de papel fijado en Preferencias, y muestra aquí sus primeras páginas.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="430"/>
        <source>Chooses a printer, then sends the generated document&apos;s pages to it.</source>
        <translation>Elige una impresora y le envía las páginas del documento generado.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="432"/>
        <source>Opens the generated PDF in the computer&apos;s PDF viewer, to see or print every page.</source>
        <translation>Abre el PDF generado en el visor de PDF del ordenador, para ver o imprimir todas las páginas.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="434"/>
        <source>Saves a copy of the generated PDF where you choose (a USB stick, a shared folder).</source>
        <translation>Guarda una copia del PDF generado donde elija (una memoria USB, una carpeta compartida).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="467"/>
        <source>Paper size: {paper} (change it in Edit ▸ Preferences).</source>
        <translation>Tamaño del papel: {paper} (se cambia en Edición ▸ Preferencias).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="541"/>
        <source>everyone registered</source>
        <translation>todos los inscritos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="543"/>
        <source>everyone checked in at least once</source>
        <translation>todos los que han registrado su entrada al menos una vez</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="557"/>
        <source>Registered participants are listed alphabetically; cancelled registrations and no-shows are left out. Labels keep the English alongside the chosen language.</source>
        <translation>Los participantes inscritos se enumeran por orden alfabético; se excluyen las inscripciones canceladas y los no presentados. Las etiquetas mantienen el inglés junto al idioma elegido.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="560"/>
        <source>The QR code on each badge checks the person in at the desk for this event.</source>
        <translation>El código QR de cada credencial registra la entrada de la persona en el mostrador para este evento.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="562"/>
        <source>One page per person, with the sessions they were checked in for and their hours.</source>
        <translation>Una página por persona, con las sesiones en las que se registró su entrada y sus horas.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="564"/>
        <source>Place and dates, participants per country (local and international), categories, sessions, the one-third check and the text for the host town&apos;s website.</source>
        <translation>Lugar y fechas, participantes por país (locales e internacionales), categorías, sesiones, la comprobación del tercio y el texto para el sitio web de la ciudad anfitriona.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="639"/>
        <source>Choose an event first.</source>
        <translation>Elija primero un evento.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="647"/>
        <source>Generating…</source>
        <translation>Generando…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="649"/>
        <source>Generating the document…</source>
        <translation>Generando el documento…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="670"/>
        <source>Cancelled; no document was written.</source>
        <translation>Cancelado; no se ha escrito ningún documento.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="707"/>
        <source>Choose a document and press Generate.</source>
        <translation>Elija un documento y pulse Generar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/reports_view.py" line="711"/>
        <source>{name}: %Ln page(s).</source>
        <translation>
            <numerusform>{name}: %Ln página.</numerusform>
            <numerusform>{name}: %Ln páginas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="713"/>
        <source>The first {shown} are shown here; open it in the PDF viewer to see all.</source>
        <translation>Aquí se muestran las primeras {shown}; ábralo en el visor de PDF para verlas todas.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="739"/>
        <source>Print {name}</source>
        <translation>Imprimir {name}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="747"/>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="748"/>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/reports_view.py" line="758"/>
        <source>Sent %Ln page(s) to the printer.</source>
        <translation>
            <numerusform>Se ha enviado %Ln página a la impresora.</numerusform>
            <numerusform>Se han enviado %Ln páginas a la impresora.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="764"/>
        <source>Printing cancelled.</source>
        <translation>Impresión cancelada.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="775"/>
        <source>Save the document as</source>
        <translation>Guardar el documento como</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="777"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="783"/>
        <source>Could not save {path}: {reason}</source>
        <translation>No se ha podido guardar {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="786"/>
        <source>Saved as {path}.</source>
        <translation>Guardado como {path}.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="579"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="580"/>
        <source>The people are registered for the event.</source>
        <translation>Las personas están inscritas en el evento.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="592"/>
        <source>People created and registered: {n}</source>
        <translation>Personas creadas e inscritas: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="593"/>
        <source>People already in the database, now registered: {n}</source>
        <translation>Personas que ya estaban en la base de datos, ahora inscritas: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="595"/>
        <source>Already registered for this event: {n}</source>
        <translation>Ya inscritas en este evento: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="597"/>
        <source>Organisations created: {n}</source>
        <translation>Organizaciones creadas: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="598"/>
        <source>Rows not imported: {n}</source>
        <translation>Filas no importadas: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="602"/>
        <source>A copy of the database from before the import: {path}</source>
        <translation>Una copia de la base de datos anterior a la importación: {path}</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="145"/>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="146"/>
        <source>Edit session</source>
        <translation>Editar sesión</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="155"/>
        <source>{day} (outside the event)</source>
        <translation>{day} (fuera del evento)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="174"/>
        <source>Type part of a name</source>
        <translation>Escriba parte de un nombre</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="176"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="195"/>
        <source>&amp;until</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="204"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="205"/>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="206"/>
        <source>Ti&amp;me:</source>
        <translation>H&amp;ora:</translation>
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
        <translation>&amp;Facilitador:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="210"/>
        <source>Met&amp;hodology:</source>
        <translation>&amp;Metodología:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="211"/>
        <source>&amp;Priorities:</source>
        <translation>P&amp;rioridades:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="257"/>
        <source>Choose the facilitator from the list that opens as you type, or leave the field empty.</source>
        <translation>Elija el facilitador de la lista que se abre al escribir, o deje el campo vacío.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="266"/>
        <source>Add session “{title}”</source>
        <translation>Añadir sesión “{title}”</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="270"/>
        <source>Edit session “{title}”</source>
        <translation>Editar sesión “{title}”</translation>
    </message>
</context>
<context>
    <name>StartInterviewDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="45"/>
        <source>New interview</source>
        <translation>Nueva entrevista</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="53"/>
        <source>(no event)</source>
        <translation>(sin evento)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="60"/>
        <source>&amp;Registered person</source>
        <translation>Persona &amp;inscrita</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="61"/>
        <source>&amp;Anonymous respondent</source>
        <translation>Entrevistado &amp;anónimo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="67"/>
        <source>Type a name to find the person</source>
        <translation>Escriba un nombre para buscar a la persona</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="77"/>
        <source>optional, e.g. the number on a paper form</source>
        <translation>opcional, p. ej., el número de un formulario en papel</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="92"/>
        <source>&amp;Guide:</source>
        <translation>&amp;Guion:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="93"/>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="95"/>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="98"/>
        <source>C&amp;ode:</source>
        <translation>Có&amp;digo:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="99"/>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegoría:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="100"/>
        <source>Co&amp;untry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="101"/>
        <source>A&amp;ge band:</source>
        <translation>F&amp;ranja de edad:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="102"/>
        <source>&amp;Interviewer:</source>
        <translation>Entre&amp;vistador:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="103"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="126"/>
        <source>Create or import an interview guide first.</source>
        <translation>Cree o importe primero un guion de entrevista.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="138"/>
        <source>Find the person by name and choose them in the list.</source>
        <translation>Busque a la persona por su nombre y elíjala en la lista.</translation>
    </message>
</context>
<context>
    <name>SubjectAccessDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="47"/>
        <source>Everything about {name}</source>
        <translation>Todo sobre {name}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="49"/>
        <source>Write everything this database holds about {name} — personal data, consents, registrations, attendance, notes, interviews and audit entries — to answer a subject access request.</source>
        <translation>Escribir todo lo que esta base de datos contiene sobre {name} (datos personales, consentimientos, inscripciones, asistencia, notas, entrevistas y entradas de auditoría) para responder a una solicitud de acceso del interesado.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="54"/>
        <source>⚠ The file contains personal data: give it only to the person it is about, protect it with a password when it travels, and delete your copy afterwards.</source>
        <translation>⚠ El archivo contiene datos personales: entréguelo solo a la persona a la que se refiere, protéjalo con una contraseña cuando se traslade y elimine después su copia.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="58"/>
        <source>E&amp;xcel workbook (.xlsx)</source>
        <translation>Libro de E&amp;xcel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="59"/>
        <source>P&amp;DF document</source>
        <translation>Documento P&amp;DF</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="65"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="70"/>
        <source>optional: encrypts the workbook</source>
        <translation>opcional: cifra el libro</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="86"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="87"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="90"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="91"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="93"/>
        <source>&amp;Write file</source>
        <translation>E&amp;scribir archivo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="126"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="126"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="138"/>
        <source>Choose where to write the file.</source>
        <translation>Elija dónde escribir el archivo.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="144"/>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="159"/>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="167"/>
        <source>Written to {file}.</source>
        <translation>Escrito en {file}.</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/overview_targets.py" line="27"/>
        <source>Project targets</source>
        <translation>Objetivos del proyecto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_targets.py" line="41"/>
        <source>International &amp;events:</source>
        <translation>&amp;Eventos internacionales:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_targets.py" line="42"/>
        <source>Direct &amp;participants:</source>
        <translation>&amp;Participantes directos:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_targets.py" line="43"/>
        <source>&amp;Countries:</source>
        <translation>Paí&amp;ses:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_targets.py" line="47"/>
        <source>What the grant agreement promised. Participants count each person once, across every event.</source>
        <translation>Lo que prometía el convenio de subvención. Los participantes cuentan a cada persona una sola vez, en todos los eventos.</translation>
    </message>
</context>
<context>
    <name>ToolkitView</name>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="38"/>
        <source>Methodology</source>
        <translation>Metodología</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="40"/>
        <source>Duration</source>
        <translation>Duración</translation>
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
        <translation>Tamaño del grupo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="44"/>
        <source>Priorities</source>
        <translation>Prioridades</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="46"/>
        <source>Used</source>
        <translation>Usos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="57"/>
        <source>group: {size}</source>
        <translation>grupo: {size}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="58"/>
        <source>from: {network}</source>
        <translation>de: {network}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="62"/>
        <source>Aim</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="63"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="64"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="65"/>
        <source>Materials</source>
        <translation>Materiales</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="66"/>
        <source>Tips</source>
        <translation>Consejos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="69"/>
        <source>Where it was used</source>
        <translation>Dónde se ha usado</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="76"/>
        <source>Not used at a recorded session yet.</source>
        <translation>Aún no se ha utilizado en ninguna sesión registrada.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="78"/>
        <source>Outcomes of those sessions</source>
        <translation>Resultados de esas sesiones</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="178"/>
        <source>%Ln methodology(ies)</source>
        <translation>
            <numerusform>%Ln metodología</numerusform>
            <numerusform>%Ln metodologías</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="212"/>
        <source>Added %Ln methodology(ies) to the Toolkit.</source>
        <translation>
            <numerusform>Se ha añadido %Ln metodología al Toolkit.</numerusform>
            <numerusform>Se han añadido %Ln metodologías al Toolkit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="218"/>
        <source>Workbook (*.xlsx)</source>
        <translation>Libro (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="219"/>
        <source>Save the EC-NET Toolkit</source>
        <translation>Guardar el Toolkit EC-NET</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="225"/>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="226"/>
        <source>Words in the name, aim or summary</source>
        <translation>Palabras del nombre, el objetivo o el resumen</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="227"/>
        <source>Add the &amp;standard methods</source>
        <translation>Añadir los métodos &amp;estándar</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="229"/>
        <source>Adds the participatory methods of the EC-NET Toolkit that this database does not hold yet (methods you deleted stay deleted).</source>
        <translation>Añade los métodos participativos del Toolkit EC-NET que esta base de datos aún no tiene (los métodos que haya eliminado siguen eliminados).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="231"/>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="232"/>
        <source>Save the toolkit as a PDF to print or share</source>
        <translation>Guardar el Toolkit como PDF para imprimir o compartir</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="233"/>
        <source>Save as &amp;workbook…</source>
        <translation>Guardar como &amp;libro…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="234"/>
        <source>Save the toolkit as an Excel workbook</source>
        <translation>Guardar el Toolkit como libro de Excel</translation>
    </message>
</context>
<context>
    <name>WalkinDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="129"/>
        <source>Walk-in</source>
        <translation>Inscripción in situ</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="137"/>
        <source>Optional; a new name is created</source>
        <translation>Opcional; se crea un nombre nuevo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="144"/>
        <source>Agrees to the processing of their personal data (consent text {version})</source>
        <translation>Acepta el tratamiento de sus datos personales (texto de consentimiento {version})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="154"/>
        <source>Check in the selected person &amp;instead</source>
        <translation>Registrar &amp;en su lugar la entrada de la persona seleccionada</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="156"/>
        <source>Do not add a new person: check in the selected existing person</source>
        <translation>No añadir una persona nueva: registrar la entrada de la persona existente seleccionada</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="165"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="166"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="167"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="168"/>
        <source>O&amp;rganisation:</source>
        <translation>O&amp;rganización:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="170"/>
        <source>C&amp;ategory:</source>
        <translation>Ca&amp;tegoría:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="177"/>
        <source>&amp;Register and check in</source>
        <translation>&amp;Inscribir y registrar la entrada</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="184"/>
        <source>Register a new person for {event} and check them in.</source>
        <translation>Inscribir a una persona nueva en {event} y registrar su entrada.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="313"/>
        <source>Walk-in “{name}”</source>
        <translation>Inscripción in situ “{name}”</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../ecnet_desktop/services/audit.py" line="35"/>
        <source>export</source>
        <translation>exportación</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/audit.py" line="36"/>
        <source>import</source>
        <translation>importación</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/audit.py" line="37"/>
        <source>erasure</source>
        <translation>supresión</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/audit.py" line="38"/>
        <source>subject access export</source>
        <translation>exportación por solicitud de acceso</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/audit.py" line="39"/>
        <source>research export</source>
        <translation>exportación para investigación</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/audit.py" line="40"/>
        <source>backups scrubbed</source>
        <translation>copias de seguridad depuradas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/audit.py" line="41"/>
        <source>consent</source>
        <translation>consentimiento</translation>
    </message>
</context>
<context>
    <name>checkin</name>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="143"/>
        <source>{name} is checked in.</source>
        <translation>Entrada de {name} registrada.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="144"/>
        <source>{name} was already checked in.</source>
        <translation>La entrada de {name} ya estaba registrada.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="145"/>
        <source>This is not an EC-NET badge code.</source>
        <translation>Este no es un código de credencial de EC-NET.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="146"/>
        <source>This badge code cannot be read (damaged or mistyped). Search by name instead.</source>
        <translation>Este código de credencial no se puede leer (dañado o mal escrito). Busque por nombre.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="148"/>
        <source>This badge belongs to nobody in this database. Search by name, or register the person as a walk-in.</source>
        <translation>Esta credencial no pertenece a nadie de esta base de datos. Busque por nombre o realice una inscripción in situ de la persona.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="151"/>
        <source>This badge is for another event: “{title}”. Search by name to check the person in here.</source>
        <translation>Esta credencial es de otro evento: “{title}”. Busque por nombre para registrar aquí la entrada de la persona.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="154"/>
        <source>This badge is for an event that is not in this database. Search by name to check the person in here.</source>
        <translation>Esta credencial es de un evento que no está en esta base de datos. Busque por nombre para registrar aquí la entrada de la persona.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="157"/>
        <source>The session “{title}” is not part of this event.</source>
        <translation>La sesión “{title}” no forma parte de este evento.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../ecnet_desktop/cli.py" line="218"/>
        <location filename="../ecnet_desktop/cli_common.py" line="20"/>
        <source>Interrupted; nothing was changed.</source>
        <translation>Interrumpido; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_compendium.py" line="25"/>
        <source>Wrote {path} ({rows} rows).</source>
        <translation>Se ha escrito {path} ({rows} filas).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_compendium.py" line="31"/>
        <location filename="../ecnet_desktop/cli_print.py" line="70"/>
        <source>Wrote {path} (1 page).</source>
        <translation>Se ha escrito {path} (1 página).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_compendium.py" line="32"/>
        <location filename="../ecnet_desktop/cli_print.py" line="71"/>
        <source>Wrote {path} ({pages} pages).</source>
        <translation>Se ha escrito {path} ({pages} páginas).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_erase.py" line="45"/>
        <source>Erasure cannot be undone: add --yes to erase without a question.</source>
        <translation>La supresión no se puede deshacer: añada --yes para suprimir sin confirmación.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_erase.py" line="47"/>
        <source>Erase every personal detail of {name} ({id})? This cannot be undone. [y/N] </source>
        <translation>¿Suprimir todos los datos personales de {name} ({id})? No se puede deshacer. [y/N] </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_erase.py" line="51"/>
        <source>Nothing was erased.</source>
        <translation>No se ha suprimido nada.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_exchange.py" line="65"/>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_exchange.py" line="67"/>
        <source>{path} does not exist yet: the preview shows what importing into a new, empty database would do; nothing was created.</source>
        <translation>{path} aún no existe: la vista previa muestra lo que haría la importación en una base de datos nueva y vacía; no se ha creado nada.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_common.py" line="19"/>
        <source>Interrupted; no file was written.</source>
        <translation>Interrumpido; no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_print.py" line="68"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>No se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_print.py" line="84"/>
        <source>--event is required for attendance, badges, certificates and report.</source>
        <translation>--event es obligatorio para attendance, badges, certificates y report.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_print.py" line="87"/>
        <source>--person works with badges and certificates; an attendance sheet lists everyone registered.</source>
        <translation>--person funciona con badges y certificates; una hoja de asistencia enumera a todos los inscritos.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="37"/>
        <source>No valid row to import in {file}; nothing was changed.</source>
        <translation>No hay ninguna fila válida que importar en {file}; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="41"/>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulación: no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="44"/>
        <source>Imported. People created: {created}; people already in the database now registered: {existing}; already registered for this event: {already}; organisations created: {orgs}.</source>
        <translation>Importado. Personas creadas: {created}; personas ya en la base de datos, ahora inscritas: {existing}; ya inscritas en este evento: {already}; organizaciones creadas: {orgs}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="51"/>
        <source>Backup taken before the import: {path}</source>
        <translation>Copia de seguridad creada antes de la importación: {path}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="60"/>
        <source>{file}, sheet “{sheet}”, header on row {row}, for the event “{event}”:</source>
        <translation>{file}, hoja “{sheet}”, encabezado en la fila {row}, para el evento “{event}”:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="65"/>
        <source>{file} ({encoding}, separated by {delimiter}), header on row {row}, for the event “{event}”:</source>
        <translation>{file} ({encoding}, separado por {delimiter}), encabezado en la fila {row}, para el evento “{event}”:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="71"/>
        <source>  New people: {new}; people already in the database: {existing}; rows repeated in the file: {repeated}; rows rejected: {rejected}.</source>
        <translation>  Personas nuevas: {new}; personas ya en la base de datos: {existing}; filas repetidas en el archivo: {repeated}; filas rechazadas: {rejected}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="81"/>
        <source>  Row {row}: {name} matches {existing} in the database ({reason}), already registered for this event.</source>
        <translation>  Fila {row}: {name} coincide con {existing} en la base de datos ({reason}), ya inscrito en este evento.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="85"/>
        <source>  Row {row}: {name} matches {existing} in the database ({reason}): that person is registered.</source>
        <translation>  Fila {row}: {name} coincide con {existing} en la base de datos ({reason}): se inscribe a esa persona.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="89"/>
        <source>  Row {row}: {name} looks like {existing} ({reason}), but their names or e-mails differ: a new person is created.</source>
        <translation>  Fila {row}: {name} se parece a {existing} ({reason}), pero los nombres o los correos electrónicos difieren: se crea una persona nueva.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="95"/>
        <source>  Row {row} repeats row {first} ({name}): skipped.</source>
        <translation>  La fila {row} repite la fila {first} ({name}): omitida.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="101"/>
        <source>  Unknown columns, not imported: {headers}.</source>
        <translation>  Columnas desconocidas, no importadas: {headers}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_report.py" line="21"/>
        <source>The event report is printed as PDF: give --out a name ending in .pdf (the workbook comes from `ecnet-desktop summary --event ID --out FILE.xlsx`).</source>
        <translation>El informe del evento se imprime en PDF: indique en --out un nombre que termine en .pdf (el libro se obtiene con `ecnet-desktop summary --event ID --out FILE.xlsx`).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_report.py" line="24"/>
        <source>The summary is a workbook: give --out a name ending in .xlsx.</source>
        <translation>El resumen es un libro: indique en --out un nombre que termine en .xlsx.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_report.py" line="60"/>
        <source>Wrote {path}.</source>
        <translation>Se ha escrito {path}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_research.py" line="28"/>
        <source>Wrote {path}: {n} interviews from {guides} guides, pseudonymised.</source>
        <translation>Se ha escrito {path}: {n} entrevistas de {guides} guiones, seudonimizadas.</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <location filename="../ecnet_desktop/services/duplicates.py" line="19"/>
        <source>same e-mail</source>
        <translation>mismo correo electrónico</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/duplicates.py" line="20"/>
        <source>similar name</source>
        <translation>nombre parecido</translation>
    </message>
</context>
<context>
    <name>enum</name>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="128"/>
        <source>international event</source>
        <translation>evento internacional</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="129"/>
        <source>local working group</source>
        <translation>grupo de trabajo local</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="130"/>
        <location filename="../ecnet_desktop/domain/enums.py" line="136"/>
        <location filename="../ecnet_desktop/domain/enums.py" line="140"/>
        <location filename="../ecnet_desktop/domain/enums.py" line="145"/>
        <location filename="../ecnet_desktop/domain/enums.py" line="148"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="131"/>
        <source>plenary</source>
        <translation>plenario</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="132"/>
        <source>workshop</source>
        <translation>taller</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="133"/>
        <source>study visit</source>
        <translation>visita de estudio</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="134"/>
        <source>panel debate</source>
        <translation>mesa redonda</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="135"/>
        <source>cultural programme</source>
        <translation>programa cultural</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="137"/>
        <source>municipality</source>
        <translation>ayuntamiento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="138"/>
        <source>civil-society organisation</source>
        <translation>organización de la sociedad civil</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="139"/>
        <source>school</source>
        <translation>escuela</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="141"/>
        <source>policy maker</source>
        <translation>responsable político</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="142"/>
        <source>public officer</source>
        <translation>funcionario público</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="143"/>
        <source>activist</source>
        <translation>activista</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="144"/>
        <source>citizen</source>
        <translation>ciudadano</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="146"/>
        <source>female</source>
        <translation>mujer</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="147"/>
        <source>male</source>
        <translation>hombre</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="149"/>
        <source>prefers not to say</source>
        <translation>prefiere no decirlo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="150"/>
        <source>participant</source>
        <translation>participante</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="151"/>
        <source>speaker</source>
        <translation>ponente</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="152"/>
        <source>facilitator</source>
        <translation>facilitador</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="153"/>
        <source>staff</source>
        <translation>personal</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="154"/>
        <source>interpreter</source>
        <translation>intérprete</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="155"/>
        <source>registered</source>
        <translation>inscrito</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="156"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="157"/>
        <source>no-show</source>
        <translation>no presentado</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="158"/>
        <source>desk</source>
        <translation>mostrador</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="159"/>
        <source>badge scan</source>
        <translation>escaneo de credencial</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="160"/>
        <source>paper sheet</source>
        <translation>hoja en papel</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="161"/>
        <source>minutes</source>
        <translation>acta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="162"/>
        <source>observation</source>
        <translation>observación</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="163"/>
        <source>outcome</source>
        <translation>resultado</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="164"/>
        <source>recommendation</source>
        <translation>recomendación</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="165"/>
        <source>quote</source>
        <translation>cita</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="166"/>
        <source>Euroscepticism</source>
        <translation>Euroescepticismo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="167"/>
        <source>Solidarity</source>
        <translation>Solidaridad</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="168"/>
        <source>Active citizenship</source>
        <translation>Ciudadanía activa</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="169"/>
        <source>Intercultural dialogue</source>
        <translation>Diálogo intercultural</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="170"/>
        <source>open text</source>
        <translation>texto libre</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="171"/>
        <source>Likert 1–5</source>
        <translation>Likert 1–5</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="172"/>
        <source>single choice</source>
        <translation>opción única</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="173"/>
        <source>multiple choice</source>
        <translation>opción múltiple</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="174"/>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="175"/>
        <source>yes/no</source>
        <translation>sí/no</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="176"/>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="177"/>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="178"/>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="179"/>
        <source>national</source>
        <translation>nacional</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="180"/>
        <source>European programme</source>
        <translation>programa europeo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="181"/>
        <source>data processing</source>
        <translation>tratamiento de datos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="182"/>
        <source>photos</source>
        <translation>fotos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="183"/>
        <source>appearing on lists</source>
        <translation>aparición en listas</translation>
    </message>
</context>
<context>
    <name>event report</name>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="27"/>
        <source>Participation: The event involved {count} participants, including {list}.</source>
        <translation>Participación: en el evento participaron {count} personas, entre ellas {list}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="29"/>
        <source>Participation: No participants have been recorded yet.</source>
        <translation>Participación: aún no se ha registrado ningún participante.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="31"/>
        <source>{count} from {country}</source>
        <translation>{count} de {country}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="32"/>
        <source>{count} from other countries</source>
        <translation>{count} de otros países</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="33"/>
        <source>{items} and {last}</source>
        <translation>{items} y {last}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="34"/>
        <source>Place/Dates: The event took place in {place} from {start} to {end}.</source>
        <translation>Lugar/Fechas: el evento tuvo lugar en {place} del {start} al {end}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="36"/>
        <source>Place/Dates: The event took place in {place} on {date}.</source>
        <translation>Lugar/Fechas: el evento tuvo lugar en {place} el {date}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="38"/>
        <source>Short description: {text}</source>
        <translation>Breve descripción: {text}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="39"/>
        <source>The event “{title}” was part of the project EC-NET – European Citizenship Network of Towns.</source>
        <translation>El evento “{title}” formó parte del proyecto EC-NET – European Citizenship Network of Towns.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="42"/>
        <source>{day}: {activities}.</source>
        <translation>{day}: {activities}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="43"/>
        <source>The project was funded by the European Union within the “Europe for Citizens” programme.</source>
        <translation>El proyecto ha sido financiado por la Unión Europea en el marco del programa “Europa con los ciudadanos”.</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="29"/>
        <source>EC-NET Recommendations</source>
        <translation>Recomendaciones EC-NET</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="30"/>
        <source>EC-NET Toolkit</source>
        <translation>Toolkit EC-NET</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="31"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="32"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="33"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="34"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="35"/>
        <source>Addressed to</source>
        <translation>Dirigida a</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="36"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="37"/>
        <source>All priorities</source>
        <translation>Todas las prioridades</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="38"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="39"/>
        <source>Town</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="40"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="41"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="42"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="43"/>
        <source>See also</source>
        <translation>Véase también</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="44"/>
        <source>Methodology</source>
        <translation>Metodología</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="45"/>
        <source>Aim</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="46"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="47"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="48"/>
        <source>Duration (minutes)</source>
        <translation>Duración (minutos)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="49"/>
        <source>Group size</source>
        <translation>Tamaño del grupo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="50"/>
        <source>Materials</source>
        <translation>Materiales</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="51"/>
        <source>Tips</source>
        <translation>Consejos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="52"/>
        <source>Source network</source>
        <translation>Red de origen</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="53"/>
        <source>Used at (event — session, date)</source>
        <translation>Utilizada en (evento — sesión, fecha)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="54"/>
        <source>Other topics</source>
        <translation>Otros temas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="55"/>
        <source>whole event</source>
        <translation>todo el evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/safe_xlsx.py" line="75"/>
        <source>A text of {length} characters does not fit in a workbook cell (at most {limit}); shorten it and export again. It starts: {start}</source>
        <translation>Un texto de {length} caracteres no cabe en una celda del libro (máximo {limit}); acórtelo y vuelva a exportar. Empieza así: {start}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/safe_xlsx.py" line="145"/>
        <source>Could not write {path}: {reason}</source>
        <translation>No se ha podido escribir {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="64"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="65"/>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="66"/>
        <source>Consent texts</source>
        <translation>Textos de consentimiento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="67"/>
        <source>Methodologies</source>
        <translation>Metodologías</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="68"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="69"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="70"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="71"/>
        <source>Registrations</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="72"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="73"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="74"/>
        <source>Interview guides</source>
        <translation>Guiones de entrevista</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="75"/>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="76"/>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="77"/>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="80"/>
        <source>About</source>
        <translation>Acerca del archivo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="84"/>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="85"/>
        <source>format version</source>
        <translation>versión del formato</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="86"/>
        <source>app version</source>
        <translation>versión de la aplicación</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="87"/>
        <source>device id</source>
        <translation>id del dispositivo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="88"/>
        <source>device name</source>
        <translation>nombre del dispositivo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="89"/>
        <source>exported at (UTC)</source>
        <translation>exportado el (UTC)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="90"/>
        <source>scope</source>
        <translation>alcance</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="91"/>
        <source>checksum</source>
        <translation>suma de comprobación</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="93"/>
        <source>rows: {sheet}</source>
        <translation>filas: {sheet}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="94"/>
        <source>whole database</source>
        <translation>toda la base de datos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="95"/>
        <source>event {id}</source>
        <translation>evento {id}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_read.py" line="84"/>
        <source>Sheet {sheet}, row {row}, column {column}: {value} — {rule}</source>
        <translation>Hoja {sheet}, fila {row}, columna {column}: {value} — {rule}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_read.py" line="357"/>
        <source>unknown column; its cells were not read</source>
        <translation>columna desconocida: sus celdas no se han leído</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_read.py" line="412"/>
        <source>a new row needs every column of the sheet</source>
        <translation>una fila nueva necesita todas las columnas de la hoja</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_read.py" line="498"/>
        <source>expected one of: {options}</source>
        <translation>se esperaba uno de: {options}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_read.py" line="505"/>
        <source>at most {n} characters</source>
        <translation>como máximo {n} caracteres</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/sync_apply.py" line="438"/>
        <source>The file holds clocks far in the future ({clock}); check the date of the laptop that wrote it.</source>
        <translation>El archivo contiene relojes muy adelantados en el futuro ({clock}); compruebe la fecha del portátil que lo escribió.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/sync_apply.py" line="662"/>
        <source>A person cannot be merged into themselves.</source>
        <translation>Una persona no se puede fusionar consigo misma.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/sync_apply.py" line="686"/>
        <source>No conflict {id}.</source>
        <translation>No existe el conflicto {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/sync_apply.py" line="769"/>
        <source>The file refers to records that are neither in it nor in this database ({reason}); nothing was imported.</source>
        <translation>El archivo hace referencia a registros que no están ni en él ni en esta base de datos ({reason}); no se ha importado nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/exchange/importer.py" line="118"/>
        <source>{file} has %Ln rejected cells; nothing was imported:
{report}</source>
        <translation>
            <numerusform>{file} tiene %Ln celda rechazada; no se ha importado nada:
{report}</numerusform>
            <numerusform>{file} tiene %Ln celdas rechazadas; no se ha importado nada:
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
        <translation>título</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="12"/>
        <source>host town</source>
        <translation>ciudad anfitriona</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="13"/>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="14"/>
        <source>venue</source>
        <translation>sede</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="15"/>
        <source>start date</source>
        <translation>fecha de inicio</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="16"/>
        <source>end date</source>
        <translation>fecha de fin</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="17"/>
        <source>priorities</source>
        <translation>prioridades</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="18"/>
        <source>host organisation</source>
        <translation>organización anfitriona</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="19"/>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="20"/>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="21"/>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="22"/>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="23"/>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="24"/>
        <source>room</source>
        <translation>sala</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="25"/>
        <source>methodology</source>
        <translation>metodología</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="26"/>
        <source>facilitator</source>
        <translation>facilitador</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="27"/>
        <source>given name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="28"/>
        <source>family name</source>
        <translation>apellidos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="29"/>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="30"/>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="31"/>
        <source>town</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="32"/>
        <location filename="../ecnet_desktop/domain/fields.py" line="33"/>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="34"/>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="35"/>
        <source>gender</source>
        <translation>género</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="36"/>
        <source>birth year</source>
        <translation>año de nacimiento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="37"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="38"/>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="39"/>
        <source>role</source>
        <translation>función</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="40"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="41"/>
        <source>invited by town</source>
        <translation>invitado por la ciudad</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="42"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="43"/>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="44"/>
        <source>author</source>
        <translation>autor</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="45"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="46"/>
        <source>method</source>
        <translation>método</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="47"/>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="48"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="100"/>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="101"/>
        <source>version</source>
        <translation>versión</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="102"/>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="103"/>
        <source>steps</source>
        <translation>pasos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="104"/>
        <source>duration minutes</source>
        <translation>duración en minutos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="105"/>
        <source>group size</source>
        <translation>tamaño del grupo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="106"/>
        <source>materials</source>
        <translation>materiales</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="107"/>
        <source>tips</source>
        <translation>consejos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="108"/>
        <source>source network</source>
        <translation>red de origen</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="109"/>
        <source>aim</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="110"/>
        <source>consent processing at</source>
        <translation>consentimiento al tratamiento: fecha</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="111"/>
        <source>consent processing version</source>
        <translation>consentimiento al tratamiento: versión del texto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="112"/>
        <source>consent processing by</source>
        <translation>consentimiento al tratamiento: registrado por</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="113"/>
        <source>consent photos at</source>
        <translation>consentimiento a fotos: fecha</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="114"/>
        <source>consent photos version</source>
        <translation>consentimiento a fotos: versión del texto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="115"/>
        <source>consent photos by</source>
        <translation>consentimiento a fotos: registrado por</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="116"/>
        <source>consent lists at</source>
        <translation>consentimiento a listas: fecha</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="117"/>
        <source>consent lists version</source>
        <translation>consentimiento a listas: versión del texto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="118"/>
        <source>consent lists by</source>
        <translation>consentimiento a listas: registrado por</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="119"/>
        <source>erased</source>
        <translation>suprimido (RGPD)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="120"/>
        <source>merged into id</source>
        <translation>fusionado con (id)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="121"/>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="122"/>
        <source>checked at</source>
        <translation>registrado a las</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="123"/>
        <source>recorded by device</source>
        <translation>registrado por el dispositivo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="124"/>
        <source>publishable</source>
        <translation>publicable</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="125"/>
        <source>level</source>
        <translation>nivel</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="126"/>
        <source>addressee</source>
        <translation>destinatario</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="127"/>
        <source>related</source>
        <translation>relacionadas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="128"/>
        <source>languages</source>
        <translation>idiomas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="129"/>
        <source>guide id</source>
        <translation>guion (id)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="130"/>
        <source>position</source>
        <translation>posición</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="131"/>
        <source>section</source>
        <translation>sección</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="132"/>
        <source>required</source>
        <translation>obligatoria</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="133"/>
        <source>choices</source>
        <translation>opciones</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="134"/>
        <source>respondent code</source>
        <translation>código del entrevistado</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="135"/>
        <source>respondent category</source>
        <translation>categoría del entrevistado</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="136"/>
        <source>respondent country</source>
        <translation>país del entrevistado</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="137"/>
        <source>respondent age band</source>
        <translation>franja de edad del entrevistado</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="138"/>
        <source>interviewer</source>
        <translation>entrevistador</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="139"/>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="140"/>
        <source>consent</source>
        <translation>consentimiento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="141"/>
        <source>interview id</source>
        <translation>entrevista (id)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="142"/>
        <source>question id</source>
        <translation>pregunta (id)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="143"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="144"/>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="145"/>
        <source>codes</source>
        <translation>códigos</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="29"/>
        <source>date of birth</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="30"/>
        <source>consent: data processing</source>
        <translation>consentimiento: tratamiento de datos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="31"/>
        <source>consent: photos</source>
        <translation>consentimiento: fotos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="32"/>
        <source>consent: appearing on lists</source>
        <translation>consentimiento: aparición en listas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="33"/>
        <source>time of the form (not imported)</source>
        <translation>hora del formulario (no se importa)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="34"/>
        <source>do not import</source>
        <translation>no importar</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="35"/>
        <source>unknown: not imported</source>
        <translation>desconocida: no se importa</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="409"/>
        <source>Columns “{first}” and “{second}” both hold the {field}; only “{first}” is imported.</source>
        <translation>Las columnas “{first}” y “{second}” contienen ambas el campo {field}; solo se importa “{first}”.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="417"/>
        <source>No column holds the given or the family name; map one of the columns ({headers}) to a name.</source>
        <translation>Ninguna columna contiene el nombre ni los apellidos; asigne una de las columnas ({headers}) a un nombre.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="421"/>
        <source>No column holds the category: new people are recorded as “{value}”.</source>
        <translation>Ninguna columna contiene la categoría: las personas nuevas se registran como “{value}”.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="127"/>
        <source>Row {row}, column “{column}”: the text is too long ({length} characters; at most {limit}).</source>
        <translation>Fila {row}, columna “{column}”: el texto es demasiado largo ({length} caracteres; máximo {limit}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="132"/>
        <source>Row {row}: there is neither a given nor a family name.</source>
        <translation>Fila {row}: no hay ni nombre ni apellidos.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="136"/>
        <source>Row {row}, column “{column}”: “{value}” is not an e-mail address (expected e.g. name@example.org).</source>
        <translation>Fila {row}, columna “{column}”: “{value}” no es una dirección de correo electrónico (se esperaba, p. ej., nombre@example.org).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="141"/>
        <source>Row {row}, column “{column}”: “{value}” is not a phone number (expected digits, spaces and + ( ) . / -).</source>
        <translation>Fila {row}, columna “{column}”: “{value}” no es un número de teléfono (se esperaban cifras, espacios y + ( ) . / -).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="146"/>
        <source>Row {row}, column “{column}”: “{value}” is not a known country (expected an ISO code such as HR, or the country&apos;s name).</source>
        <translation>Fila {row}, columna “{column}”: “{value}” no es un país conocido (se esperaba un código ISO como HR o el nombre del país).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="152"/>
        <source>Row {row}, column “{column}”: “{value}” is not a category (expected policy maker, public officer, activist, citizen or other).</source>
        <translation>Fila {row}, columna “{column}”: “{value}” no es una categoría (se esperaba responsable político, funcionario público, activista, ciudadano u otro).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="158"/>
        <source>Row {row}, column “{column}”: “{value}” is not a role (expected participant, speaker, facilitator, staff or interpreter).</source>
        <translation>Fila {row}, columna “{column}”: “{value}” no es una función (se esperaba participante, ponente, facilitador, personal o intérprete).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="163"/>
        <source>Row {row}, column “{column}”: “{value}” is not a gender (expected female, male, other or prefers not to say).</source>
        <translation>Fila {row}, columna “{column}”: “{value}” no es un género (se esperaba mujer, hombre, otro o prefiere no decirlo).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="173"/>
        <source>Row {row}, column “{column}”: “{value}” is not a date of birth (expected e.g. 31.12.1980, 1980-12-31 or a spreadsheet date).</source>
        <translation>Fila {row}, columna “{column}”: “{value}” no es una fecha de nacimiento (se esperaba, p. ej., 31.12.1980, 1980-12-31 o una fecha de hoja de cálculo).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="179"/>
        <source>Row {row}, column “{column}”: “{value}” is not a year of birth between 1900 and {last}.</source>
        <translation>Fila {row}, columna “{column}”: “{value}” no es un año de nacimiento entre 1900 y {last}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="189"/>
        <source>Row {row}, column “{column}”: “{value}” is neither yes nor no.</source>
        <translation>Fila {row}, columna “{column}”: “{value}” no es ni sí ni no.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="386"/>
        <source>The header is on row {row}; the rows above it were skipped.</source>
        <translation>El encabezado está en la fila {row}; se han omitido las filas anteriores.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="390"/>
        <source>Blank or totals rows skipped: {rows}.</source>
        <translation>Filas vacías o de totales omitidas: {rows}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="129"/>
        <source>The file is not a text (CSV) file; save it as CSV or XLSX.</source>
        <translation>El archivo no es un archivo de texto (CSV); guárdelo como CSV o XLSX.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="187"/>
        <source>Row {row} cannot be read: {reason}.</source>
        <translation>No se puede leer la fila {row}: {reason}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="194"/>
        <source>The file has more than {limit} rows; split it into smaller files.</source>
        <translation>El archivo tiene más de {limit} filas; divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="198"/>
        <source>The file has more than {limit} columns; is it the right file?</source>
        <translation>El archivo tiene más de {limit} columnas; ¿es el archivo correcto?</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="226"/>
        <location filename="../ecnet_desktop/services/tabular.py" line="249"/>
        <source>{file} is not a readable XLSX workbook.</source>
        <translation>{file} no es un libro XLSX legible.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="229"/>
        <source>{file} unpacks to more than {limit} MB; split it into smaller files.</source>
        <translation>{file} ocupa más de {limit} MB al descomprimirse; divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="261"/>
        <source>{file} is not a readable XLSX workbook ({reason}).</source>
        <translation>{file} no es un libro XLSX legible ({reason}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="274"/>
        <source>{file} has no sheet named “{sheet}” (sheets: {sheets}).</source>
        <translation>{file} no tiene ninguna hoja llamada “{sheet}” (hojas: {sheets}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="341"/>
        <source>No header row found: the first rows should name the columns.</source>
        <translation>No se ha encontrado ninguna fila de encabezado: las primeras filas deben dar nombre a las columnas.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="357"/>
        <source>There is no file at {path}.</source>
        <translation>No hay ningún archivo en {path}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="360"/>
        <source>{file} is larger than {limit} MB; split it into smaller files.</source>
        <translation>{file} ocupa más de {limit} MB; divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="365"/>
        <source>{file} is an old .xls or a password-protected workbook; save it as XLSX or CSV without a password.</source>
        <translation>{file} es un archivo .xls antiguo o un libro protegido con contraseña; guárdelo como XLSX o CSV sin contraseña.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="375"/>
        <source>{file} holds no rows.</source>
        <translation>{file} no contiene filas.</translation>
    </message>
</context>
<context>
    <name>interviews</name>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="68"/>
        <source>&apos;{value}&apos; is not a Likert answer: give a whole number from 1 to 5.</source>
        <translation>&apos;{value}&apos; no es una respuesta Likert: indique un número entero del 1 al 5.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="79"/>
        <source>&apos;{value}&apos; is not yes or no.</source>
        <translation>&apos;{value}&apos; no es ni sí ni no.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="84"/>
        <location filename="../ecnet_desktop/services/interviews.py" line="92"/>
        <source>&apos;{value}&apos; is not one of the choices: {allowed}.</source>
        <translation>&apos;{value}&apos; no es una de las opciones: {allowed}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="103"/>
        <location filename="../ecnet_desktop/services/interviews.py" line="105"/>
        <source>&apos;{value}&apos; is not a number.</source>
        <translation>&apos;{value}&apos; no es un número.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="115"/>
        <source>A question needs its text in at least one language.</source>
        <translation>Una pregunta necesita su texto en al menos un idioma.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="140"/>
        <source>Each choice needs its own value (&apos;{value}&apos;).</source>
        <translation>Cada opción necesita su propio valor (&apos;{value}&apos;).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="146"/>
        <source>A choice question needs at least two choices.</source>
        <translation>Una pregunta de opciones necesita al menos dos opciones.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="156"/>
        <source>The name &apos;{value}&apos; must start with a letter and hold only letters, digits and _ . - (at most 64).</source>
        <translation>El nombre &apos;{value}&apos; debe empezar por una letra y contener solo letras, cifras y _ . - (máximo 64).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="174"/>
        <source>&apos;{value}&apos; is not a language code such as en or it.</source>
        <translation>&apos;{value}&apos; no es un código de idioma como en o it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/services/interviews.py" line="224"/>
        <source>This guide was used in %Ln interviews; it cannot be deleted.</source>
        <translation>
            <numerusform>Este guion se ha usado en %Ln entrevista; no se puede eliminar.</numerusform>
            <numerusform>Este guion se ha usado en %Ln entrevistas; no se puede eliminar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="352"/>
        <source>This person&apos;s data was erased; interview them as an anonymous respondent.</source>
        <translation>Los datos de esta persona se han suprimido; entrevístela como entrevistado anónimo.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="362"/>
        <source>&apos;{value}&apos; is not an age band: {allowed}.</source>
        <translation>&apos;{value}&apos; no es una franja de edad: {allowed}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="406"/>
        <location filename="../ecnet_desktop/services/interviews.py" line="440"/>
        <source>Record the respondent&apos;s consent before any answer.</source>
        <translation>Registre el consentimiento del entrevistado antes de cualquier respuesta.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="412"/>
        <source>The question {id} is not in this guide.</source>
        <translation>La pregunta {id} no está en este guion.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="445"/>
        <source>Question {number} is required: {question}</source>
        <translation>La pregunta {number} es obligatoria: {question}</translation>
    </message>
</context>
<context>
    <name>participant list</name>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="28"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="32"/>
        <source>local / international</source>
        <translation>local / internacional</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="33"/>
        <source>on published lists</source>
        <translation>en listas publicadas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="35"/>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="36"/>
        <source>international</source>
        <translation>internacional</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="37"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="38"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="39"/>
        <source>Participant list: {title}</source>
        <translation>Lista de participantes: {title}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="40"/>
        <source>Place: {place}</source>
        <translation>Lugar: {place}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="41"/>
        <source>Dates: {start} to {end}</source>
        <translation>Fechas: del {start} al {end}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="42"/>
        <source>{registered} registered ({local} local, {international} international); {listed} rows including cancelled and no-shows. Exported {today}.</source>
        <translation>{registered} inscritos ({local} locales, {international} internacionales); {listed} filas, incluidas cancelaciones y no presentados. Exportado el {today}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="45"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="79"/>
        <source>Attendance sheet</source>
        <translation>Hoja de asistencia</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="80"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="81"/>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="82"/>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="83"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="84"/>
        <source>Town</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="85"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="86"/>
        <source>E-mail or phone</source>
        <translation>Correo electrónico o teléfono</translation>
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
        <translation>Fechas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="90"/>
        <source>List {n} of {total}</source>
        <translation>Lista {n} de {total}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="91"/>
        <source>Day {n}: {date}</source>
        <translation>Día {n}: {date}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="92"/>
        <source>Days {first}–{last}</source>
        <translation>Días {first}–{last}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="93"/>
        <source>Invited by {town}</source>
        <translation>Invitados por {town}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="94"/>
        <source>Not invited by a partner town</source>
        <translation>No invitados por una ciudad socia</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="95"/>
        <source>Local participants ({country})</source>
        <translation>Participantes locales ({country})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="96"/>
        <source>Local participants</source>
        <translation>Participantes locales</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="97"/>
        <source>International participants</source>
        <translation>Participantes internacionales</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="98"/>
        <source>Certification by the legal representative</source>
        <translation>Certificación del representante legal</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="99"/>
        <source>I, the undersigned legal representative of {organisation}, certify that the persons who signed this list took part in the event above.</source>
        <translation>El/la abajo firmante, representante legal de {organisation}, certifica que las personas que han firmado esta lista participaron en el evento arriba indicado.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="103"/>
        <source>the organising body</source>
        <translation>la entidad organizadora</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="104"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="105"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="106"/>
        <location filename="../ecnet_desktop/printing/certificates.py" line="68"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="107"/>
        <location filename="../ecnet_desktop/printing/certificates.py" line="76"/>
        <source>Stamp</source>
        <translation>Sello</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="108"/>
        <source>Data protection: {organiser} collects these data only to document participation in the EC-NET project to the European Commission (Europe for Citizens programme) and keeps them as long as the grant rules require. E-mail addresses and phone numbers are printed only for people who agreed to appear on lists. You may ask the organiser to see, correct or erase your data.</source>
        <translation>Protección de datos: {organiser} recoge estos datos únicamente para documentar ante la Comisión Europea la participación en el proyecto EC-NET (programa “Europa con los ciudadanos”) y los conserva durante el tiempo que exigen las normas de la subvención. Las direcciones de correo electrónico y los números de teléfono solo se imprimen para las personas que aceptaron aparecer en listas. Puede solicitar al organizador el acceso, la rectificación o la supresión de sus datos.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="115"/>
        <source>The event “{event}” has no sessions yet: print the attendance sheet per day or for the whole event instead.</source>
        <translation>El evento “{event}” aún no tiene sesiones: imprima la hoja de asistencia por día o para todo el evento.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="119"/>
        <source>Unknown choice “{per}”: print per event, day or session.</source>
        <translation>Opción desconocida “{per}”: imprima por evento, día o sesión.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="120"/>
        <source>The number of blank rows must be between 0 and {most}.</source>
        <translation>El número de filas en blanco debe estar entre 0 y {most}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="47"/>
        <source>Badges</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="48"/>
        <source>Nobody is registered for “{event}” yet: there are no badges to print.</source>
        <translation>Todavía no hay nadie inscrito en “{event}”: no hay credenciales que imprimir.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="49"/>
        <source>That person is not registered for “{event}”.</source>
        <translation>Esa persona no está inscrita en “{event}”.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="50"/>
        <source>Unknown badge layout “{layout}”: choose 2x4, 2x5 or 3x3.</source>
        <translation>Diseño de credencial desconocido “{layout}”: elija 2x4, 2x5 o 3x3.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="52"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="53"/>
        <source>Speaker</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="54"/>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="55"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="56"/>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="62"/>
        <source>Certificate of attendance</source>
        <translation>Certificado de asistencia</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="63"/>
        <source>This is to certify that</source>
        <translation>Por la presente se certifica que</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="64"/>
        <source>took part in the event</source>
        <translation>participó en el evento</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="65"/>
        <source>held at {place} from {start} to {end}.</source>
        <translation>celebrado en {place} del {start} al {end}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="66"/>
        <source>held at {place} on {date}.</source>
        <translation>celebrado en {place} el {date}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="67"/>
        <source>Sessions attended</source>
        <translation>Sesiones a las que asistió</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="69"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="70"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="71"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="72"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="73"/>
        <source>Present at the event; no session check-ins were recorded.</source>
        <translation>Presente en el evento; no se registraron entradas en las sesiones.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="74"/>
        <source>{place}, {date}</source>
        <translation>{place}, {date}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="77"/>
        <source>For {organiser}</source>
        <translation>Por {organiser}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="78"/>
        <source>Nobody was checked in at “{event}” yet: certificates go to people present at least once.</source>
        <translation>Aún no se ha registrado la entrada de nadie en “{event}”: los certificados son para las personas presentes al menos una vez.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="81"/>
        <source>That person was neither checked in nor registered at “{event}”.</source>
        <translation>Esa persona no registró su entrada ni estaba inscrita en “{event}”.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="82"/>
        <source>Certificates of attendance</source>
        <translation>Certificados de asistencia</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/common.py" line="48"/>
        <source>Unknown paper size “{paper}”: choose A4 or Letter.</source>
        <translation>Tamaño de papel desconocido «{paper}»: elija A4 o Letter.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/common.py" line="279"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/common.py" line="280"/>
        <source>Preparing page {page}…</source>
        <translation>Preparando la página {page}…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/common.py" line="281"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/common.py" line="282"/>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="60"/>
        <source>EC-NET Toolkit</source>
        <translation>Toolkit EC-NET</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="61"/>
        <source>Participatory methods tested at the events of the network, grouped by the programme priority they serve, each with the sessions where it was used.</source>
        <translation>Métodos participativos probados en los eventos de la red, agrupados según la prioridad del programa a la que responden, cada uno con las sesiones en las que se utilizó.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="64"/>
        <source>EC-NET Recommendations</source>
        <translation>Recomendaciones EC-NET</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="65"/>
        <source>Recommendations agreed at the events of the network and marked for publication, grouped by programme priority, each traced to the event and session where it was made.</source>
        <translation>Recomendaciones acordadas en los eventos de la red y marcadas para su publicación, agrupadas por prioridad del programa, cada una vinculada al evento y la sesión en que se formuló.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="69"/>
        <source>Other topics</source>
        <translation>Otros temas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="70"/>
        <source>Nothing to list yet.</source>
        <translation>Aún no hay nada que enumerar.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="71"/>
        <source>Aim</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="72"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="73"/>
        <source>Materials</source>
        <translation>Materiales</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="74"/>
        <source>Tips</source>
        <translation>Consejos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="75"/>
        <source>Duration: {duration} · Group size: {size} · Source network: {network}</source>
        <translation>Duración: {duration} · Tamaño del grupo: {size} · Red de origen: {network}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="77"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="78"/>
        <source>Used at</source>
        <translation>Utilizada en</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="79"/>
        <source>Not used at a recorded session yet.</source>
        <translation>Aún no se ha utilizado en ninguna sesión registrada.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="80"/>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="81"/>
        <source>Level: {level} · Addressed to: {addressee}</source>
        <translation>Nivel: {level} · Dirigida a: {addressee}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="82"/>
        <source>Level: {level}</source>
        <translation>Nivel: {level}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="83"/>
        <source>Made at</source>
        <translation>Formulada en</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="84"/>
        <source>See also: {items}</source>
        <translation>Véase también: {items}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="85"/>
        <source>{number} {title} — described under {priority}</source>
        <translation>{number} {title} — descrita en {priority}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="86"/>
        <source>whole event</source>
        <translation>todo el evento</translation>
    </message>
</context>
<context>
    <name>research</name>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="45"/>
        <source>Pseudonym of the respondent: the same person has the same pseudonym in every export from this database; it cannot be turned back into a name.</source>
        <translation>Seudónimo del entrevistado: la misma persona tiene el mismo seudónimo en todas las exportaciones de esta base de datos; no se puede convertir de nuevo en un nombre.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="48"/>
        <source>Pseudonym of the interview.</source>
        <translation>Seudónimo de la entrevista.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="49"/>
        <source>draft or completed</source>
        <translation>borrador o completada</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="50"/>
        <source>Year of the interview.</source>
        <translation>Año de la entrevista.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="51"/>
        <source>The event the interview belongs to (title).</source>
        <translation>El evento al que pertenece la entrevista (título).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="53"/>
        <source>Respondent category.</source>
        <translation>Categoría del entrevistado.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="54"/>
        <source>Respondent country (ISO 3166 code).</source>
        <translation>País del entrevistado (código ISO 3166).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="55"/>
        <source>Respondent age band at the interview date.</source>
        <translation>Franja de edad del entrevistado en la fecha de la entrevista.</translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <location filename="../ecnet_desktop/services/restore.py" line="69"/>
        <source>The backup {backup} is damaged too ({problem}); nothing was changed.</source>
        <translation>La copia de seguridad {backup} también está dañada ({problem}); no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/restore.py" line="80"/>
        <source>Copying the backup failed ({problem}); nothing was changed.</source>
        <translation>No se ha podido copiar la copia de seguridad ({problem}); no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/restore.py" line="94"/>
        <source>Could not restore {backup} to {path}: {reason}</source>
        <translation>No se ha podido restaurar {backup} en {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="133"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="134"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="135"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="136"/>
        <source>Check-in</source>
        <translation>Registro de entrada</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="137"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="138"/>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="139"/>
        <source>Exchange</source>
        <translation>Intercambio</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="140"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <location filename="../ecnet_desktop/services/consent.py" line="26"/>
        <source>{name} has no recorded consent to the processing of their personal data; record it (Edit person, Consents) before checking them in.</source>
        <translation>{name} no tiene registrado ningún consentimiento para el tratamiento de sus datos personales; regístrelo (Editar persona, Consentimientos) antes de registrar su entrada.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/consent.py" line="29"/>
        <source>Nobody is checked in without a recorded consent to the processing of their personal data.</source>
        <translation>No se registra la entrada de nadie sin un consentimiento registrado para el tratamiento de sus datos personales.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/project_settings.py" line="58"/>
        <source>A target cannot be negative.</source>
        <translation>Un objetivo no puede ser negativo.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/project_settings.py" line="68"/>
        <source>The retention period must be between 1 and 50 years.</source>
        <translation>El plazo de conservación debe estar entre 1 y 50 años.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="21"/>
        <location filename="../ecnet_desktop/services/sync_apply.py" line="334"/>
        <source>No event with id {id}.</source>
        <translation>No existe ningún evento con id {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="22"/>
        <source>No person with id {id}.</source>
        <translation>No existe ninguna persona con id {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="23"/>
        <location filename="../ecnet_desktop/services/base.py" line="24"/>
        <source>No organisation with id {id}.</source>
        <translation>No existe ninguna organización con id {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="25"/>
        <source>No facilitator with id {id}.</source>
        <translation>No existe ningún facilitador con id {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="26"/>
        <source>No session with id {id}.</source>
        <translation>No existe ninguna sesión con id {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="27"/>
        <source>No methodology with id {id}.</source>
        <translation>No existe ninguna metodología con id {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="28"/>
        <source>No interview guide with id {id}.</source>
        <translation>No existe ningún guion de entrevista con id {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="29"/>
        <source>No interview with id {id}.</source>
        <translation>No existe ninguna entrevista con id {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="30"/>
        <source>No question with id {id}.</source>
        <translation>No existe ninguna pregunta con id {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="31"/>
        <source>No note with id {id}.</source>
        <translation>No existe ninguna nota con id {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="33"/>
        <source>No record with id {id}.</source>
        <translation>No existe ningún registro con id {id}.</translation>
    </message>
</context>
<context>
    <name>statistics</name>
    <message>
        <location filename="../ecnet_desktop/services/statistics.py" line="79"/>
        <source>under 18</source>
        <translation>menos de 18</translation>
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
        <translation>más de 65</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/statistics.py" line="84"/>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/statistics.py" line="88"/>
        <source>participants</source>
        <translation>participantes</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/statistics.py" line="89"/>
        <source>staff</source>
        <translation>personal</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/statistics.py" line="90"/>
        <source>interpreters</source>
        <translation>intérpretes</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <location filename="../ecnet_desktop/store/database.py" line="169"/>
        <source>There is no database at {path}.</source>
        <translation>No hay ninguna base de datos en {path}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/database.py" line="176"/>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/database.py" line="183"/>
        <source>{path} is not an EC-NET Desktop database.</source>
        <translation>{path} no es una base de datos de EC-NET Desktop.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/database.py" line="194"/>
        <source>Cannot open the database {url}: {reason}</source>
        <translation>No se puede abrir la base de datos {url}: {reason}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/integrity.py" line="125"/>
        <source>The database {path} is damaged ({problem}). The latest good backup is {backup}.</source>
        <translation>La base de datos {path} está dañada ({problem}). La última copia de seguridad en buen estado es {backup}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/integrity.py" line="128"/>
        <source>The database {path} is damaged ({problem}) and there is no good backup of it.</source>
        <translation>La base de datos {path} está dañada ({problem}) y no hay ninguna copia de seguridad en buen estado.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/integrity.py" line="149"/>
        <source>The database {path} is read-only: nothing can be saved. Copy it to a folder you can write to (not a read-only USB stick or CD) and open the copy.</source>
        <translation>La base de datos {path} es de solo lectura: no se puede guardar nada. Cópiela en una carpeta en la que pueda escribir (no en una memoria USB de solo lectura ni en un CD) y abra la copia.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/integrity.py" line="154"/>
        <source>The disk holding {path} is full: the last change was not saved. Free some space and try again.</source>
        <translation>El disco que contiene {path} está lleno: el último cambio no se ha guardado. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/integrity.py" line="158"/>
        <source>The database {path} is in use by another program that did not let go of it; the change was not saved. Try again in a moment.</source>
        <translation>Otro programa está usando la base de datos {path} y no la ha liberado; el cambio no se ha guardado. Inténtelo de nuevo dentro de un momento.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/migrate.py" line="125"/>
        <source>This database was not created by EC-NET Desktop; it is left untouched.</source>
        <translation>Esta base de datos no la ha creado EC-NET Desktop; no se modifica.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/migrate.py" line="131"/>
        <source>This database was written by a newer version of EC-NET Desktop (schema {revision}). Install the newer version to open it; it has not been changed.</source>
        <translation>Esta base de datos la ha escrito una versión más reciente de EC-NET Desktop (esquema {revision}). Instale la versión más reciente para abrirla; no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/backup.py" line="51"/>
        <source>Could not back up the database to {folder} ({reason}), so nothing was changed. Free some disk space or make the folder writable, then try again.</source>
        <translation>No se ha podido hacer la copia de seguridad de la base de datos en {folder} ({reason}), así que no se ha cambiado nada. Libere espacio en disco o permita escribir en la carpeta y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>subject access</name>
    <message>
        <location filename="../ecnet_desktop/exchange/subject_access_xlsx.py" line="24"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/subject_access_xlsx.py" line="25"/>
        <source>Written on {date} by {device}.</source>
        <translation>Escrito el {date} por {device}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/subject_access_xlsx.py" line="26"/>
        <location filename="../ecnet_desktop/printing/subject_access_pdf.py" line="46"/>
        <source>(nothing held)</source>
        <translation>(no hay datos)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/subject_access_pdf.py" line="45"/>
        <source>Contains personal data — confidential</source>
        <translation>Contiene datos personales — confidencial</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="31"/>
        <location filename="../ecnet_desktop/domain/validation.py" line="84"/>
        <source>{field} is required.</source>
        <translation>{field} es obligatorio.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="46"/>
        <source>{field} contains a character that cannot be saved (U+{code}); remove it.</source>
        <translation>{field} contiene un carácter que no se puede guardar (U+{code}); elimínelo.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="54"/>
        <source>{field} is too long ({length} characters; at most {limit}).</source>
        <translation>{field} es demasiado largo ({length} caracteres; máximo {limit}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="71"/>
        <source>{field}: &apos;{value}&apos; is not one of: {allowed}.</source>
        <translation>{field}: &apos;{value}&apos; no es uno de: {allowed}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="92"/>
        <source>{field}: &apos;{value}&apos; is not a known country or ISO code.</source>
        <translation>{field}: &apos;{value}&apos; no es un país ni un código ISO conocido.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="105"/>
        <source>{field}: &apos;{value}&apos; is not an e-mail address.</source>
        <translation>{field}: &apos;{value}&apos; no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="116"/>
        <source>{field}: &apos;{value}&apos; is not a phone number.</source>
        <translation>{field}: &apos;{value}&apos; no es un número de teléfono.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="126"/>
        <source>{field} ({end}) is before the start ({start}).</source>
        <translation>{field} ({end}) es anterior al inicio ({start}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="141"/>
        <source>{field}: &apos;{value}&apos; is not a date (YYYY-MM-DD).</source>
        <translation>{field}: &apos;{value}&apos; no es una fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="154"/>
        <source>{field}: &apos;{value}&apos; is not a date and time.</source>
        <translation>{field}: &apos;{value}&apos; no es una fecha y hora.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="170"/>
        <source>{field}: &apos;{value}&apos; is not a year between 1900 and {last}.</source>
        <translation>{field}: &apos;{value}&apos; no es un año entre 1900 y {last}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="191"/>
        <source>{field}: &apos;{value}&apos; is not a programme priority.</source>
        <translation>{field}: &apos;{value}&apos; no es una prioridad del programa.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/consent.py" line="138"/>
        <source>Choose the kind of consent.</source>
        <translation>Elija el tipo de consentimiento.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/consent.py" line="142"/>
        <source>A consent text needs a version, e.g. 2021-1.</source>
        <translation>Un texto de consentimiento necesita una versión, p. ej., 2021-1.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/consent.py" line="146"/>
        <source>Write the text people are shown.</source>
        <translation>Escriba el texto que se muestra a las personas.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/consent.py" line="159"/>
        <source>There is already a text of this kind with version {version} in this language.</source>
        <translation>Ya existe un texto de este tipo con la versión {version} en este idioma.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/consent.py" line="170"/>
        <source>Say who recorded the consent.</source>
        <translation>Indique quién registró el consentimiento.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/events.py" line="67"/>
        <source>The session must end after it starts.</source>
        <translation>La sesión debe terminar después de empezar.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/events.py" line="75"/>
        <source>The session ({start}) falls outside the event&apos;s dates ({first} to {last}).</source>
        <translation>La sesión ({start}) queda fuera de las fechas del evento (del {first} al {last}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/events.py" line="164"/>
        <source>The session “{title}” ({start}) would fall outside the new dates; move or delete it first.</source>
        <translation>La sesión “{title}” ({start}) quedaría fuera de las nuevas fechas; muévala o elimínela primero.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/methodologies.py" line="54"/>
        <source>The duration &apos;{value}&apos; is not a number of minutes between 1 and 1440.</source>
        <translation>La duración &apos;{value}&apos; no es un número de minutos entre 1 y 1440.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/notes.py" line="92"/>
        <source>A note needs some text.</source>
        <translation>Una nota necesita algo de texto.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/notes.py" line="97"/>
        <location filename="../ecnet_desktop/services/notes.py" line="247"/>
        <source>A note can be linked to at most {most} others.</source>
        <translation>Una nota puede vincularse como máximo a otras {most}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/notes.py" line="239"/>
        <source>A note cannot be linked to itself.</source>
        <translation>Una nota no puede vincularse a sí misma.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/notes.py" line="300"/>
        <source>A note belongs to an event or a session.</source>
        <translation>Una nota pertenece a un evento o a una sesión.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/people.py" line="49"/>
        <source>A person needs a given or a family name.</source>
        <translation>Una persona necesita un nombre o unos apellidos.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/people.py" line="99"/>
        <source>This person&apos;s data was erased; the record cannot be edited.</source>
        <translation>Los datos de esta persona se suprimieron; el registro no se puede editar.</translation>
    </message>
</context>
<context>
    <name>xlsform</name>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="59"/>
        <source>Sheet {sheet}, row {row}, column {column}: &apos;{value}&apos; — {expected}</source>
        <translation>Hoja {sheet}, fila {row}, columna {column}: &apos;{value}&apos; — {expected}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="70"/>
        <source>{file} was not imported: %Ln problems.
{details}</source>
        <translation>
            <numerusform>{file} no se ha importado: %Ln problema.
{details}</numerusform>
            <numerusform>{file} no se ha importado: %Ln problemas.
{details}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="145"/>
        <source>{file} is damaged ({reason}).</source>
        <translation>{file} está dañado ({reason}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="154"/>
        <source>{file} has no &apos;survey&apos; sheet: it is not an XLSForm guide.</source>
        <translation>{file} no tiene una hoja &apos;survey&apos;: no es un guion XLSForm.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="177"/>
        <source>a column headed &apos;{column}&apos; in the first row</source>
        <translation>una columna con el encabezado &apos;{column}&apos; en la primera fila</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="180"/>
        <source>at least one column headed label or label::&lt;language&gt;, e.g. label::en</source>
        <translation>al menos una columna con el encabezado label o label::&lt;language&gt;, p. ej., label::en</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="193"/>
        <source>at least one question</source>
        <translation>al menos una pregunta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="209"/>
        <source>the name of the list this choice belongs to</source>
        <translation>el nombre de la lista a la que pertenece esta opción</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="213"/>
        <source>the value of the choice (a short code)</source>
        <translation>el valor de la opción (un código corto)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="218"/>
        <source>a value not used before in the list {list}</source>
        <translation>un valor no usado antes en la lista {list}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="235"/>
        <source>a list named {list} in the choices sheet</source>
        <translation>una lista llamada {list} en la hoja choices</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="246"/>
        <source>one of: text, integer, decimal, select_one &lt;list&gt;, select_multiple &lt;list&gt;, begin_group, end_group</source>
        <translation>uno de: text, integer, decimal, select_one &lt;list&gt;, select_multiple &lt;list&gt;, begin_group, end_group</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="262"/>
        <source>begin_group (repeats are not supported)</source>
        <translation>begin_group (no se admiten repeticiones)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="268"/>
        <source>a begin_group above this end_group</source>
        <translation>un begin_group por encima de este end_group</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="282"/>
        <source>a name starting with a letter, of letters, digits and _ . - (at most 64)</source>
        <translation>un nombre que empiece por una letra, formado por letras, cifras y _ . - (máximo 64)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="286"/>
        <source>a name not used by another question</source>
        <translation>un nombre que no use otra pregunta</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="290"/>
        <source>the question&apos;s text in at least one label column</source>
        <translation>el texto de la pregunta en al menos una columna label</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="294"/>
        <source>yes or no (empty: no)</source>
        <translation>yes o no (vacío: no)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="297"/>
        <source>at most {n} questions in a guide</source>
        <translation>como máximo {n} preguntas en un guion</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="313"/>
        <source>an end_group closing the group {group}</source>
        <translation>un end_group que cierre el grupo {group}</translation>
    </message>
</context>
</TS>
