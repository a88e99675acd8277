<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg_BG">
<context>
    <name>AnalysisTab</name>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="91"/>
        <source>&amp;Guide:</source>
        <translation>&amp;Ръководство:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="91"/>
        <source>&amp;Question:</source>
        <translation>&amp;Въпрос:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="92"/>
        <source>Co&amp;mpare by:</source>
        <translation>Сравняване &amp;по:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="92"/>
        <source>Ca&amp;tegory:</source>
        <translation>Ка&amp;тегория:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="93"/>
        <source>C&amp;ountry:</source>
        <translation>Д&amp;ържава:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="93"/>
        <source>&amp;Event:</source>
        <translation>&amp;Събитие:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="94"/>
        <source>&amp;Year:</source>
        <translation>&amp;Година:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="110"/>
        <source>nothing</source>
        <translation>нищо</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="110"/>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="111"/>
        <source>country</source>
        <translation>държава</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="111"/>
        <source>event</source>
        <translation>събитие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="112"/>
        <source>year</source>
        <translation>година</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="146"/>
        <source>Interviews per event</source>
        <translation>Интервюта по събития</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="165"/>
        <source>Answer</source>
        <translation>Отговор</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="166"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="167"/>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="169"/>
        <source>Priorities</source>
        <translation>Приоритети</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="171"/>
        <source>Codes</source>
        <translation>Кодове</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="176"/>
        <source>Event</source>
        <translation>Събитие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="177"/>
        <source>Completed</source>
        <translation>Завършени</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="179"/>
        <source>Drafts</source>
        <translation>Чернови</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="199"/>
        <source>free codes, comma-separated</source>
        <translation>свободни кодове, разделени със запетаи</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="200"/>
        <source>Co&amp;des:</source>
        <translation>Ко&amp;дове:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="202"/>
        <source>Save codin&amp;g</source>
        <translation>Запиши &amp;кодирането</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="204"/>
        <source>Save the ticked priorities and codes for the selected answer (Enter in the codes box)</source>
        <translation>Запиши отметнатите приоритети и кодовете за избрания отговор (Enter в полето за кодове)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="244"/>
        <source>Loading…</source>
        <translation>Зареждане…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="267"/>
        <source>all</source>
        <translation>всички</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="305"/>
        <source>Counting…</source>
        <translation>Преброяване…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="314"/>
        <source>No question chosen</source>
        <translation>Не е избран въпрос</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="346"/>
        <source>%Ln respondents answered.</source>
        <translation>
            <numerusform>Отговори %Ln респондент.</numerusform>
            <numerusform>Отговориха %Ln респонденти.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="176"/>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="336"/>
        <source>(no event)</source>
        <translation>(без събитие)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="322"/>
        <source>%Ln open answers</source>
        <translation>
            <numerusform>%Ln отворен отговор</numerusform>
            <numerusform>%Ln отворени отговора</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="337"/>
        <source>all respondents</source>
        <translation>всички респонденти</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="341"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="341"/>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="348"/>
        <source>Mean: {mean}</source>
        <translation>Средна стойност: {mean}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="379"/>
        <source>Code an open answer</source>
        <translation>Кодиране на отворен отговор</translation>
    </message>
</context>
<context>
    <name>AttendanceMatrixView</name>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="382"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Филтър:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="383"/>
        <source>Any part of a name, organisation or town</source>
        <translation>Всяка част от име, организация или град</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="385"/>
        <source>Marking a signed paper sheet: arrows move, Space ticks or unticks (every selected box at once; Shift+arrows select), Ctrl+Z undoes. Ticks made here are recorded as “paper sheet”.</source>
        <translation>Отбелязване по подписан хартиен списък: стрелките местят, интервалът поставя или маха отметка (на всички избрани клетки наведнъж; Shift+стрелки избират), Ctrl+Z отменя. Отметките, поставени тук, се записват като „хартиен списък“.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="428"/>
        <source>No event chosen</source>
        <translation>Не е избрано събитие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="429"/>
        <source>Nobody registered or present yet</source>
        <translation>Все още няма регистрирани или присъстващи</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="431"/>
        <source>{people} people · {sessions} sessions · {ticks} present in all</source>
        <translation>Лица: {people} · сесии: {sessions} · общо присъствия: {ticks}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="465"/>
        <source>Tick %Ln attendances</source>
        <translation>
            <numerusform>Отбележи %Ln присъствие</numerusform>
            <numerusform>Отбележи %Ln присъствия</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="466"/>
        <source>Untick %Ln attendances</source>
        <translation>
            <numerusform>Премахни отметката на %Ln присъствие</numerusform>
            <numerusform>Премахни отметките на %Ln присъствия</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="467"/>
        <source>Change %Ln attendances</source>
        <translation>
            <numerusform>Промени %Ln присъствие</numerusform>
            <numerusform>Промени %Ln присъствия</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckinDesk</name>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="188"/>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="189"/>
        <source>unknown</source>
        <translation>неизвестна</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="190"/>
        <source>Present</source>
        <translation>Присъстващи</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="411"/>
        <source>&amp;Session:</source>
        <translation>&amp;Сесия:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="412"/>
        <source>&amp;Walk-in…</source>
        <translation>Регистрация на &amp;място…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="413"/>
        <source>Register someone who is not in the list and check them in (Ctrl+N)</source>
        <translation>Регистрирайте човек, който не е в списъка, и отбележете пристигането му (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="416"/>
        <source>Type a name, organisation or town — or scan a badge</source>
        <translation>Въведете име, организация или град — или сканирайте бадж</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="417"/>
        <source>This session</source>
        <translation>Тази сесия</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="419"/>
        <source>Enter: check in the highlighted person   ·   ↑ ↓: choose   ·   Ctrl+Z: undo the last check-in   ·   Ctrl+N: walk-in   ·   Esc: clear</source>
        <translation>Enter: отбележи пристигането на маркираното лице   ·   ↑ ↓: избор   ·   Ctrl+Z: отмени последното отбелязване   ·   Ctrl+N: регистрация на място   ·   Esc: изчистване</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="485"/>
        <source>No event chosen</source>
        <translation>Не е избрано събитие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="487"/>
        <source>Choose the current event in the toolbar to check people in.</source>
        <translation>Изберете текущото събитие в лентата с инструменти, за да отбелязвате пристигания.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="491"/>
        <source>{title} — {place}</source>
        <translation>{title} — {place}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="494"/>
        <source>This event has no sessions yet.</source>
        <translation>Това събитие все още няма сесии.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="495"/>
        <source>Add its programme in the Events section.</source>
        <translation>Добавете програмата му в раздел „Събития“.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="657"/>
        <source>Nobody found for “{text}”.</source>
        <translation>Не е намерен никой за „{text}“.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="658"/>
        <source>Check the spelling, or press Ctrl+N to register a walk-in.</source>
        <translation>Проверете изписването или натиснете Ctrl+N, за да регистрирате участник на място.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="688"/>
        <source>Badge not accepted</source>
        <translation>Баджът не е приет</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="716"/>
        <source>Check in {name}</source>
        <translation>Отбележи пристигането на {name}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="724"/>
        <source>{name} is already checked in</source>
        <translation>Пристигането на {name} вече е отбелязано</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="725"/>
        <source>{where} — since {time}</source>
        <translation>{where} — от {time}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="727"/>
        <source>since {time}</source>
        <translation>от {time}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="732"/>
        <source>{where} — now registered for this event</source>
        <translation>{where} — вече е регистриран(а) за това събитие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="733"/>
        <source>now registered for this event</source>
        <translation>вече е регистриран(а) за това събитие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="741"/>
        <source>Check-in of {name} undone</source>
        <translation>Отбелязването на {name} е отменено</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="742"/>
        <source>Press Ctrl+Shift+Z to check them in again.</source>
        <translation>Натиснете Ctrl+Shift+Z, за да отбележите пристигането отново.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="754"/>
        <source>Type a name, organisation or town, or scan a badge. Enter checks in.</source>
        <translation>Въведете име, организация или град или сканирайте бадж. Enter отбелязва пристигането.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="818"/>
        <source>present / registered</source>
        <translation>присъстващи / регистрирани</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="821"/>
        <source>Local: {count}</source>
        <translation>Местни: {count}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="823"/>
        <source>International: {count} ({share} %)</source>
        <translation>Международни: {count} ({share} %)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="827"/>
        <source>⚠ International participants are below one third of those present ({international} of {present}). The grant counts this event as international only with at least one third from abroad.</source>
        <translation>⚠ Международните участници са под една трета от присъстващите ({international} от {present}). По правилата на безвъзмездното финансиране събитието се отчита като международно само ако поне една трета от участниците са от чужбина.</translation>
    </message>
</context>
<context>
    <name>CheckinSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="859"/>
        <source>&amp;Desk</source>
        <translation>&amp;Гише</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="860"/>
        <source>Attendance &amp;matrix</source>
        <translation>&amp;Матрица на присъствието</translation>
    </message>
</context>
<context>
    <name>Compendium</name>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_printing.py" line="40"/>
        <source>Saved {path}.</source>
        <translation>Записано: {path}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_printing.py" line="47"/>
        <source>Writing {path}…</source>
        <translation>Записване на {path}…</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="170"/>
        <source>No open conflicts. When two laptops change the same field, both values show here.</source>
        <translation>Няма открити конфликти. Когато два лаптопа променят едно и също поле, тук се показват и двете стойности.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="173"/>
        <source>&amp;Restore this value</source>
        <translation>&amp;Възстанови тази стойност</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="175"/>
        <source>Put the losing value back, as a new edit made on this laptop</source>
        <translation>Върни загубилата стойност като нова редакция, направена на този лаптоп</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="182"/>
        <source>When two laptops changed the same field, one value wins everywhere; the other is kept here so you can put it back.</source>
        <translation>Когато два лаптопа са променили едно и също поле, едната стойност печели навсякъде; другата се пази тук, за да можете да я върнете.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="195"/>
        <source>Open conflicts: {n}</source>
        <translation>Открити конфликти: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="196"/>
        <source>No open conflicts.</source>
        <translation>Няма открити конфликти.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="219"/>
        <source>Value restored.</source>
        <translation>Стойността е възстановена.</translation>
    </message>
</context>
<context>
    <name>ConsentTextDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="43"/>
        <source>Consent text</source>
        <translation>Текст на съгласието</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="44"/>
        <source>Edit consent text</source>
        <translation>Редактиране на текста на съгласието</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="49"/>
        <source>e.g. 2021-1</source>
        <translation>напр. 2021-1</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="54"/>
        <source>The wording people read before they agree</source>
        <translation>Текстът, който хората прочитат, преди да дадат съгласие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="63"/>
        <source>&amp;Consent to:</source>
        <translation>&amp;Съгласие за:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="64"/>
        <source>&amp;Version:</source>
        <translation>&amp;Версия:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="65"/>
        <source>&amp;Language:</source>
        <translation>&amp;Език:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="66"/>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="93"/>
        <source>New consent text {version}</source>
        <translation>Нов текст на съгласие {version}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/consent_text_dialog.py" line="102"/>
        <source>Edit consent text {version}</source>
        <translation>Редактиране на текст на съгласие {version}</translation>
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
        <translation>не е регистриран(а)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="104"/>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="106"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="107"/>
        <source>Town</source>
        <translation>Град</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="108"/>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="109"/>
        <source>Registration</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/checkin_view.py" line="174"/>
        <source>Checked in at {time}</source>
        <translation>Пристигане, отбелязано в {time}</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="133"/>
        <source>Duplicate event</source>
        <translation>Дублиране на събитие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="142"/>
        <source>A copy of “{title}” with its programme, moved to the new dates. Registrations are not copied.</source>
        <translation>Копие на „{title}“ с програмата му, преместено на новите дати. Регистрациите не се копират.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="145"/>
        <source>&amp;Title:</source>
        <translation>&amp;Заглавие:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="146"/>
        <source>&amp;Starts on:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="159"/>
        <source>Duplicate event “{title}”</source>
        <translation>Дублиране на събитие „{title}“</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="53"/>
        <source>Person</source>
        <translation>Лице</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="55"/>
        <location filename="../ecnet_desktop/ui/people_view.py" line="59"/>
        <source>E-mail</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="56"/>
        <source>Possibly the same as</source>
        <translation>Вероятно същото като</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="60"/>
        <source>Why</source>
        <translation>Защо</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="61"/>
        <source>Likeness</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="71"/>
        <source>Possible duplicates</source>
        <translation>Възможни дубликати</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/people_view.py" line="87"/>
        <source>%Ln pairs of people may be the same person. Check them before the exchange merges records.</source>
        <translation>
            <numerusform>%Ln двойка лица може да е едно и също лице. Проверете ги, преди обменът да обедини записите.</numerusform>
            <numerusform>%Ln двойки лица може да са едни и същи лица. Проверете ги, преди обменът да обедини записите.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="89"/>
        <source>No possible duplicates found.</source>
        <translation>Не са намерени възможни дубликати.</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="239"/>
        <source>Press Find possible duplicates to look for people entered twice.</source>
        <translation>Натиснете „Намери възможни дубликати“, за да потърсите лица, въведени два пъти.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="240"/>
        <source>Not searched yet.</source>
        <translation>Още не е търсено.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="242"/>
        <source>&amp;Find possible duplicates</source>
        <translation>&amp;Намери възможни дубликати</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="244"/>
        <source>Look for people who may have been entered twice, on this or another laptop</source>
        <translation>Търсене на лица, които може да са въведени два пъти на този или на друг лаптоп</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="245"/>
        <source>Merge into the fir&amp;st</source>
        <translation>Обедини в &amp;първото</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="247"/>
        <source>Keep the first person and move the second one&apos;s registrations and check-ins to them</source>
        <translation>Запазване на първото лице и прехвърляне към него на регистрациите и пристиганията на второто</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="248"/>
        <source>Merge into the seco&amp;nd</source>
        <translation>Обедини във &amp;второто</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="250"/>
        <source>Keep the second person and move the first one&apos;s registrations and check-ins to them</source>
        <translation>Запазване на второто лице и прехвърляне към него на регистрациите и пристиганията на първото</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="283"/>
        <source>Looking for duplicates…</source>
        <translation>Търсене на дубликати…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="291"/>
        <source>Possible duplicates: {n}</source>
        <translation>Възможни дубликати: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="292"/>
        <source>No possible duplicates.</source>
        <translation>Няма възможни дубликати.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="302"/>
        <source>Search cancelled.</source>
        <translation>Търсенето е прекратено.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="312"/>
        <source>Merge people</source>
        <translation>Обединяване на лица</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="313"/>
        <source>Merge {duplicate} into {survivor}? Their registrations and attendance move to {survivor}; the merge travels to every laptop.</source>
        <translation>Да се обедини ли {duplicate} в {survivor}? Регистрациите и присъствията преминават към {survivor}; обединяването се пренася на всеки лаптоп.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="44"/>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="110"/>
        <source>Erase personal data</source>
        <translation>Изтриване на лични данни</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="45"/>
        <source>(no name)</source>
        <translation>(без име)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="47"/>
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… и още %Ln</numerusform>
            <numerusform>… и още %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="48"/>
        <source>Erase every personal detail of %Ln people:</source>
        <translation>
            <numerusform>Изтриване на всички лични данни на %Ln лице:</numerusform>
            <numerusform>Изтриване на всички лични данни на %Ln лица:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="50"/>
        <source>Erase every personal detail of {name}?</source>
        <translation>Да се изтрият ли всички лични данни на {name}?</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="55"/>
        <source>&lt;p&gt;&lt;b&gt;Removed for good:&lt;/b&gt; name, e-mail, phone, town, organisation, gender, birth year and consents; their name on notes and interviews; their data in the backups beside the database.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kept, without a name:&lt;/b&gt; country, category, registrations and attendance, so the project&apos;s figures stay right.&lt;/p&gt;&lt;p&gt;The erasure travels to the other laptops with the next exchange workbook; an older workbook cannot bring the data back. It cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Премахва се завинаги:&lt;/b&gt; име, имейл, телефон, град, организация, пол, година на раждане и съгласия; името в бележки и интервюта; данните в резервните копия до базата данни.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Запазва се, без име:&lt;/b&gt; държава, категория, регистрации и присъствие, за да останат верни данните на проекта.&lt;/p&gt;&lt;p&gt;Изтриването се пренася на другите лаптопи със следващата работна книга за обмен; по-стара работна книга не може да върне данните. Действието не може да бъде отменено.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="63"/>
        <source>I &amp;understand that this cannot be undone</source>
        <translation>&amp;Разбирам, че това не може да бъде отменено</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="65"/>
        <source>&amp;Erase</source>
        <translation>&amp;Изтрий</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="87"/>
        <source>Erasing personal data…</source>
        <translation>Изтриване на лични данни…</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="43"/>
        <source>Something went wrong</source>
        <translation>Възникна проблем</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="54"/>
        <source>&lt;b&gt;EC-NET Desktop met an unexpected error.&lt;/b&gt;&lt;br&gt;Your work is still open and nothing you typed has been lost. Save or finish what you were doing; if the error comes back, restart the app and send the details below to whoever supports you.</source>
        <translation>&lt;b&gt;В EC-NET Desktop възникна неочаквана грешка.&lt;/b&gt;&lt;br&gt;Работата ви е все още отворена и нищо от въведеното не е изгубено. Запишете или довършете това, което правехте; ако грешката се появи отново, рестартирайте приложението и изпратете подробностите по-долу на човека, който ви оказва поддръжка.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="71"/>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="134"/>
        <source>Show &amp;details</source>
        <translation>Покажи &amp;подробности</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="74"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Копирай подробностите</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="75"/>
        <source>Copy the error and the versions to the clipboard</source>
        <translation>Копиране на грешката и версиите в клипборда</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="77"/>
        <source>Open &amp;log folder</source>
        <translation>Отвори папката с &amp;журнали</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="104"/>
        <source>What happened: {summary}</source>
        <translation>Какво се случи: {summary}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="107"/>
        <source>What happened: {summary} (and {more} more)</source>
        <translation>Какво се случи: {summary} (и още {more})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="110"/>
        <source>The log is in {path}</source>
        <translation>Журналът е в {path}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="112"/>
        <source>No log file is being written.</source>
        <translation>Не се записва журнален файл.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="125"/>
        <source>The details are on the clipboard.</source>
        <translation>Подробностите са в клипборда.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/error_dialog.py" line="134"/>
        <source>Hide &amp;details</source>
        <translation>Скрий &amp;подробностите</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="202"/>
        <source>New event</source>
        <translation>Ново събитие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="202"/>
        <source>Edit event</source>
        <translation>Редактиране на събитие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="221"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="222"/>
        <source>&amp;Title:</source>
        <translation>&amp;Заглавие:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="223"/>
        <source>Host to&amp;wn:</source>
        <translation>&amp;Град домакин:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="224"/>
        <source>&amp;Country:</source>
        <translation>&amp;Държава:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="225"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Място на провеждане:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="226"/>
        <source>&amp;Starts on:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="227"/>
        <source>E&amp;nds on:</source>
        <translation>&amp;Край:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="228"/>
        <source>Host &amp;organisation:</source>
        <translation>&amp;Организация домакин:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="230"/>
        <source>&amp;Priorities:</source>
        <translation>&amp;Приоритети:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="231"/>
        <source>&amp;Description:</source>
        <translation>Оп&amp;исание:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="281"/>
        <source>(none)</source>
        <translation>(няма)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="287"/>
        <source>Add new organisation…</source>
        <translation>Добавяне на нова организация…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="359"/>
        <source>Create event “{title}”</source>
        <translation>Създаване на събитие „{title}“</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="363"/>
        <source>Edit event “{title}”</source>
        <translation>Редактиране на събитие „{title}“</translation>
    </message>
</context>
<context>
    <name>EventsSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="66"/>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="67"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="68"/>
        <source>Host town</source>
        <translation>Град домакин</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="69"/>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="71"/>
        <source>Dates</source>
        <translation>Дати</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="74"/>
        <source>Priorities</source>
        <translation>Приоритети</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="224"/>
        <source>No events to show. New event… adds one; or change the filters above.</source>
        <translation>Няма събития за показване. „Ново събитие…“ добавя събитие; или променете филтрите по-горе.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="246"/>
        <source>&amp;New event…</source>
        <translation>&amp;Ново събитие…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="248"/>
        <source>Create an event: title, place, dates and the towns taking part</source>
        <translation>Създаване на събитие: заглавие, място, дати и участващите градове</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="249"/>
        <source>Ed&amp;it…</source>
        <translation>&amp;Редактиране…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="251"/>
        <source>Change the selected event&apos;s details (double-click or Enter on a row)</source>
        <translation>Промяна на данните на избраното събитие (двойно щракване или Enter върху ред)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="252"/>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Дублиране…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="253"/>
        <source>Copy the event and its programme as a template for the next one</source>
        <translation>Копиране на събитието и програмата му като шаблон за следващото</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="255"/>
        <source>&amp;Delete</source>
        <translation>&amp;Изтрий</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="257"/>
        <source>Delete the selected event (Delete); Ctrl+Z brings it back</source>
        <translation>Изтриване на избраното събитие (Delete); Ctrl+Z го връща</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="290"/>
        <source>All kinds</source>
        <translation>Всички видове</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="300"/>
        <source>Title, town or venue</source>
        <translation>Заглавие, град или място на провеждане</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="303"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="304"/>
        <source>&amp;Year:</source>
        <translation>&amp;Година:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="305"/>
        <source>C&amp;ountry:</source>
        <translation>Д&amp;ържава:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="306"/>
        <source>Fil&amp;ter:</source>
        <translation>&amp;Филтър:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="346"/>
        <source>Events</source>
        <translation>Събития</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="353"/>
        <source>All years</source>
        <translation>Всички години</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="358"/>
        <source>All countries</source>
        <translation>Всички държави</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/events_view.py" line="375"/>
        <source>{shown} of %Ln events</source>
        <translation>
            <numerusform>{shown} от %Ln събитие</numerusform>
            <numerusform>{shown} от %Ln събития</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="471"/>
        <location filename="../ecnet_desktop/ui/events_view.py" line="486"/>
        <source>Delete event</source>
        <translation>Изтриване на събитие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="472"/>
        <source>Delete “{title}” and its programme? Registrations, attendance and notes are kept; Edit → Undo brings the event back.</source>
        <translation>Да се изтрие ли „{title}“ и програмата му? Регистрациите, присъствието и бележките се запазват; Редактиране → Отмяна връща събитието.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/events_view.py" line="484"/>
        <source>Delete event “{title}”</source>
        <translation>Изтриване на събитие „{title}“</translation>
    </message>
</context>
<context>
    <name>ExchangeSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="85"/>
        <source>Waiting</source>
        <translation>Изчакване</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="86"/>
        <source>Reading…</source>
        <translation>Четене…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="87"/>
        <source>Ready to import</source>
        <translation>Готово за импортиране</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="88"/>
        <source>Rejected cells: cannot be imported</source>
        <translation>Отхвърлени клетки: не може да се импортира</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="89"/>
        <source>Needs a password</source>
        <translation>Изисква парола</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="90"/>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="99"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="106"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="115"/>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="116"/>
        <source>Row</source>
        <translation>Ред</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="118"/>
        <source>Column</source>
        <translation>Колона</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="119"/>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="120"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="479"/>
        <source>E&amp;xport</source>
        <translation>&amp;Експорт</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="480"/>
        <source>&amp;Import</source>
        <translation>&amp;Импорт</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="481"/>
        <source>&amp;Conflicts</source>
        <translation>&amp;Конфликти</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="482"/>
        <source>&amp;Duplicates</source>
        <translation>&amp;Дубликати</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="483"/>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="484"/>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="107"/>
        <source>Entity</source>
        <translation>Обект</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="108"/>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="109"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="110"/>
        <source>Losing value</source>
        <translation>Загубила стойност</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="111"/>
        <source>Losing clock</source>
        <translation>Загубил часовник</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="112"/>
        <source>Winning clock</source>
        <translation>Спечелил часовник</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="113"/>
        <source>Source</source>
        <translation>Източник</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="121"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="122"/>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="124"/>
        <source>E-mail</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="130"/>
        <source>First person</source>
        <translation>Първо лице</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="131"/>
        <source>Second person</source>
        <translation>Второ лице</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="132"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="133"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="147"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="98"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="148"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="149"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="91"/>
        <source>Imported</source>
        <translation>Импортирани</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="151"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="107"/>
        <source>New</source>
        <translation>Нови</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="152"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="108"/>
        <source>Updated</source>
        <translation>Актуализирани</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="153"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="109"/>
        <source>Unchanged</source>
        <translation>Непроменени</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="154"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="110"/>
        <source>Conflicting</source>
        <translation>В конфликт</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="155"/>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="111"/>
        <source>Rejected</source>
        <translation>Отхвърлени</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="371"/>
        <source>&amp;Whole database</source>
        <translation>&amp;Цялата база данни</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="372"/>
        <source>Current &amp;event only</source>
        <translation>Само текущото &amp;събитие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="373"/>
        <source>Export everything in this database</source>
        <translation>Експорт на цялото съдържание на тази база данни</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="374"/>
        <source>Export only what belongs to the current event</source>
        <translation>Експорт само на това, което се отнася до текущото събитие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="381"/>
        <source>optional: encrypts the file</source>
        <translation>по избор: шифрова файла</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="385"/>
        <source>Export to &amp;file…</source>
        <translation>Експорт във &amp;файл…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="387"/>
        <source>Write an exchange workbook to carry to another laptop or to the coordinator</source>
        <translation>Записване на работна книга за обмен, която да се пренесе на друг лаптоп или при координатора</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="395"/>
        <source>What to export</source>
        <translation>Какво да се експортира</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="399"/>
        <source>Password for files that travel on USB sticks</source>
        <translation>Парола за файлове, пренасяни на USB памет</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="401"/>
        <source>&amp;Password:</source>
        <translation>&amp;Парола:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="402"/>
        <source>&amp;Repeat:</source>
        <translation>П&amp;овторете:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="409"/>
        <source>Write an exchange workbook to carry to another laptop or to the coordinator.</source>
        <translation>Запишете работна книга за обмен, която да пренесете на друг лаптоп или при координатора.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="413"/>
        <source>⚠ The workbook contains personal data (names, e-mails, phones, consents): protect it with a password when it travels, and delete it once it is imported.</source>
        <translation>⚠ Работната книга съдържа лични данни (имена, имейли, телефони, съгласия): защитете я с парола, когато се пренася, и я изтрийте, след като бъде импортирана.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="433"/>
        <source>Current &amp;event only: {title}</source>
        <translation>Само текущото &amp;събитие: {title}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="434"/>
        <source>Current &amp;event only (none chosen)</source>
        <translation>Само текущото &amp;събитие (не е избрано)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="448"/>
        <source>Last export: {when}</source>
        <translation>Последен експорт: {when}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="450"/>
        <source>Not exported yet.</source>
        <translation>Все още не е експортирано.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="463"/>
        <source>The two passwords differ.</source>
        <translation>Двете пароли се различават.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="468"/>
        <source>Export workbook</source>
        <translation>Експорт на работна книга</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="469"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Работни книги на Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="485"/>
        <source>Exporting…</source>
        <translation>Експортиране…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="486"/>
        <source>Exporting the workbook…</source>
        <translation>Експортиране на работната книга…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="497"/>
        <source>Exported %Ln rows to {file}.</source>
        <translation>
            <numerusform>Експортиран е %Ln ред във файла {file}.</numerusform>
            <numerusform>Експортирани са %Ln реда във файла {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="513"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Експортът е прекратен; не е записан файл.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="242"/>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="279"/>
        <source>Choose the list</source>
        <translation>Изберете списъка</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="244"/>
        <source>A CSV or XLSX file from a partner town or an online form. Nothing is imported before you have seen the preview.</source>
        <translation>CSV или XLSX файл от партньорски град или от онлайн формуляр. Нищо не се импортира, преди да сте видели прегледа.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="248"/>
        <source>registrations.xlsx</source>
        <translation>регистрации.xlsx</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="249"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Преглед…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="250"/>
        <source>Choose the coordinator&apos;s workbook (.xlsx) to import</source>
        <translation>Изберете работната книга на координатора (.xlsx) за импортиране</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="260"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="262"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="281"/>
        <source>Lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Списъци (*.csv *.xlsx *.txt);;Всички файлове (*)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="104"/>
        <location filename="../ecnet_desktop/ui/first_run.py" line="105"/>
        <source>Welcome to EC-NET Desktop</source>
        <translation>Добре дошли в EC-NET Desktop</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="107"/>
        <source>EC-NET Desktop works offline. Give this laptop a name that colleagues will recognise in exchanged workbooks, for example “Laptop Bari 2”.</source>
        <translation>EC-NET Desktop работи офлайн. Дайте на този лаптоп име, по което колегите ще го разпознават в обменяните работни книги, например „Лаптоп Бари 2“.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="109"/>
        <source>Name of this &amp;laptop:</source>
        <translation>Име на този &amp;лаптоп:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="110"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Език:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="111"/>
        <source>How would you like to start?</source>
        <translation>Как искате да започнете?</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="112"/>
        <source>Open the &amp;demo</source>
        <translation>Отвори &amp;демонстрацията</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="114"/>
        <source>A realistic example to try things out: the six international events of EC-NET, about 600 people from more than nine countries. Kept apart from your own data.</source>
        <translation>Реалистичен пример за изпробване: шестте международни събития на EC-NET, около 600 души от повече от девет държави. Съхранява се отделно от вашите данни.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="116"/>
        <source>Start &amp;empty</source>
        <translation>Започни с &amp;празна база</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="118"/>
        <source>Create your events and register people yourself.</source>
        <translation>Създайте сами събитията си и регистрирайте хората.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="119"/>
        <source>&amp;Import the coordinator&apos;s workbook…</source>
        <translation>&amp;Импортирай работната книга на координатора…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="121"/>
        <source>Start from the exchange workbook (.xlsx) the coordinator gave you; it is checked and previewed before anything is imported.</source>
        <translation>Започнете от работната книга за обмен (.xlsx), която ви е дал координаторът; тя се проверява и показва за преглед, преди нещо да бъде импортирано.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="142"/>
        <source>The coordinator&apos;s workbook</source>
        <translation>Работната книга на координатора</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/first_run.py" line="143"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Работни книги на Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>GuideEditor</name>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="158"/>
        <source>Interview guide</source>
        <translation>Ръководство за интервю</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="162"/>
        <source>Language codes, comma-separated; the first is the main one, e.g. en,it,hr</source>
        <translation>Кодове на езици, разделени със запетаи; първият е основният, напр. en,it,hr</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="167"/>
        <source>&amp;Save guide</source>
        <translation>&amp;Запиши ръководството</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="168"/>
        <source>Save the guide&apos;s title, languages and questions</source>
        <translation>Запиши заглавието, езиците и въпросите на ръководството</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="172"/>
        <source>&amp;Title:</source>
        <translation>&amp;Заглавие:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="173"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Езици:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="174"/>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="181"/>
        <source>&amp;Add question…</source>
        <translation>&amp;Добави въпрос…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="182"/>
        <source>Add a question at the end of the guide</source>
        <translation>Добави въпрос в края на ръководството</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="183"/>
        <source>&amp;Edit question…</source>
        <translation>&amp;Редактирай въпроса…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="185"/>
        <source>Change the selected question&apos;s text, type and choices</source>
        <translation>Промени текста, вида и възможните отговори на избрания въпрос</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="186"/>
        <source>De&amp;lete question</source>
        <translation>&amp;Изтрий въпроса</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="187"/>
        <source>Remove the selected question from the guide</source>
        <translation>Премахни избрания въпрос от ръководството</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="188"/>
        <source>Move &amp;up</source>
        <translation>Премести &amp;нагоре</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="189"/>
        <source>Ask the selected question one place earlier</source>
        <translation>Премести избрания въпрос една позиция нагоре</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="190"/>
        <source>Move do&amp;wn</source>
        <translation>Премести на&amp;долу</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="191"/>
        <source>Ask the selected question one place later</source>
        <translation>Премести избрания въпрос една позиция надолу</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="202"/>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="230"/>
        <source>New guide</source>
        <translation>Ново ръководство</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="240"/>
        <source>Edit guide</source>
        <translation>Редактиране на ръководство</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="280"/>
        <source>Delete question</source>
        <translation>Изтриване на въпрос</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="292"/>
        <source>Move question</source>
        <translation>Преместване на въпрос</translation>
    </message>
</context>
<context>
    <name>GuidesTab</name>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="121"/>
        <source>No interview guides yet. New guide… writes one; Import XLSForm… reads one.</source>
        <translation>Все още няма ръководства за интервю. „Ново ръководство…“ създава едно; „Импортирай XLSForm…“ зарежда едно.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="126"/>
        <source>&amp;New guide…</source>
        <translation>&amp;Ново ръководство…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="127"/>
        <source>Write a new interview guide</source>
        <translation>Създаване на ново ръководство за интервю</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="128"/>
        <source>&amp;Edit guide…</source>
        <translation>&amp;Редактирай ръководството…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="130"/>
        <source>Change the selected guide and its questions (double-click)</source>
        <translation>Промяна на избраното ръководство и въпросите му (двойно щракване)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="131"/>
        <source>&amp;Import XLSForm…</source>
        <translation>&amp;Импортирай XLSForm…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="133"/>
        <source>Read a guide from an XLSForm workbook (KoboToolbox, ODK)</source>
        <translation>Зареждане на ръководство от работна книга XLSForm (KoboToolbox, ODK)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="134"/>
        <source>E&amp;xport XLSForm…</source>
        <translation>&amp;Експортирай XLSForm…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="135"/>
        <source>Save the selected guide as an XLSForm workbook</source>
        <translation>Записване на избраното ръководство като работна книга XLSForm</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="136"/>
        <source>&amp;Delete guide</source>
        <translation>&amp;Изтрий ръководството</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="137"/>
        <source>Delete the selected guide</source>
        <translation>Изтриване на избраното ръководство</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="244"/>
        <source>Delete guide</source>
        <translation>Изтриване на ръководство</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="252"/>
        <source>Import a guide (XLSForm)</source>
        <translation>Импортиране на ръководство (XLSForm)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="253"/>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="281"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Работни книги на Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="279"/>
        <source>Export the guide (XLSForm)</source>
        <translation>Експортиране на ръководството (XLSForm)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="82"/>
        <source>EC-NET Desktop Help</source>
        <translation>Помощ за EC-NET Desktop</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="83"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавишни комбинации</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="84"/>
        <source>How &amp;syncing works</source>
        <translation>Как работи &amp;синхронизирането</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="85"/>
        <source>Anywhere</source>
        <translation>Навсякъде</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="96"/>
        <source>Check-in desk</source>
        <translation>Гише за отбелязване на пристигане</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="97"/>
        <source>Lists</source>
        <translation>Списъци</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="98"/>
        <source>Dialogs</source>
        <translation>Диалогови прозорци</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="102"/>
        <source>Type a name or scan a badge</source>
        <translation>Въведете име или сканирайте бадж</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="103"/>
        <source>Search the people of the event</source>
        <translation>Търсене на хората от събитието</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="104"/>
        <source>Check in the selected person</source>
        <translation>Отбелязване на пристигането на избраното лице</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="105"/>
        <source>Move through the results</source>
        <translation>Придвижване през резултатите</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="106"/>
        <source>Move a page at a time</source>
        <translation>Придвижване с една страница</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="107"/>
        <source>Clear the search</source>
        <translation>Изчистване на търсенето</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="108"/>
        <source>Register a walk-in</source>
        <translation>Регистрация на място</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="109"/>
        <source>Undo the last check-in</source>
        <translation>Отмяна на последното отбелязване на пристигане</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="110"/>
        <source>Open the selected record</source>
        <translation>Отваряне на избрания запис</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="111"/>
        <source>Delete the selected record (can be undone)</source>
        <translation>Изтриване на избрания запис (може да се отмени)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="112"/>
        <source>Tick or untick attendance in the matrix</source>
        <translation>Поставяне или премахване на отметка за присъствие в матрицата</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="113"/>
        <source>Confirm (the default button)</source>
        <translation>Потвърждаване (бутонът по подразбиране)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="114"/>
        <source>Cancel and close</source>
        <translation>Отказ и затваряне</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="115"/>
        <source>Alt + underlined letter</source>
        <translation>Alt + подчертаната буква</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="116"/>
        <source>Jump to that field or button</source>
        <translation>Преминаване към това поле или бутон</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="121"/>
        <source>Where</source>
        <translation>Къде</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="122"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="123"/>
        <source>What it does</source>
        <translation>Какво прави</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/help_dialog.py" line="128"/>
        <source>&lt;h2&gt;How syncing works&lt;/h2&gt;&lt;p&gt;Every laptop keeps its own database and works without a network. Laptops exchange data through &lt;b&gt;exchange workbooks&lt;/b&gt; (.xlsx files) carried on a USB stick or sent by e-mail.&lt;/p&gt;&lt;h3&gt;At the venue&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Register people, check them in and take notes as usual.&lt;/li&gt;&lt;li&gt;At the end of the day open &lt;b&gt;Exchange → Export&lt;/b&gt; and save a workbook. It holds everything this laptop knows; give it a password if it travels on a USB stick.&lt;/li&gt;&lt;li&gt;Hand the workbook to the coordinator.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;At the coordinator&apos;s desk&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Open &lt;b&gt;Exchange → Import&lt;/b&gt; and choose the workbooks from every laptop, in any order. Each file is checked and previewed first: new, updated, conflicting and rejected rows. Nothing changes until you press Import, and a backup is made before it.&lt;/li&gt;&lt;li&gt;Export a combined workbook and import it on every laptop, so all of them hold the same data again.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;What happens to edits&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Edits of &lt;i&gt;different&lt;/i&gt; fields of the same person, made on two laptops, both survive.&lt;/li&gt;&lt;li&gt;Edits of the &lt;i&gt;same&lt;/i&gt; field made without seeing each other are a &lt;b&gt;conflict&lt;/b&gt;: one value wins the same way on every laptop, and the other is kept in &lt;b&gt;Exchange → Conflicts&lt;/b&gt;, where you can restore it.&lt;/li&gt;&lt;li&gt;Importing the same workbook twice changes nothing; the order of imports does not matter.&lt;/li&gt;&lt;li&gt;The same person registered on two laptops shows up in &lt;b&gt;Exchange → Duplicates&lt;/b&gt;; merging them travels with the next workbook.&lt;/li&gt;&lt;li&gt;Deletions and GDPR erasures travel too; an old workbook cannot bring erased personal data back.&lt;/li&gt;&lt;li&gt;A cell corrected by hand in Excel or LibreOffice is recognised and imported as a new edit.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;Как работи синхронизирането&lt;/h2&gt;&lt;p&gt;Всеки лаптоп има собствена база данни и работи без мрежа. Лаптопите обменят данни чрез &lt;b&gt;работни книги за обмен&lt;/b&gt; (файлове .xlsx), пренасяни на USB памет или изпращани по имейл.&lt;/p&gt;&lt;h3&gt;На мястото на събитието&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Регистрирайте хората, отбелязвайте пристиганията им и водете бележки както обикновено.&lt;/li&gt;&lt;li&gt;В края на деня отворете &lt;b&gt;Обмен → Експорт&lt;/b&gt; и запишете работна книга. Тя съдържа всичко, което този лаптоп знае; защитете я с парола, ако се пренася на USB памет.&lt;/li&gt;&lt;li&gt;Предайте работната книга на координатора.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;При координатора&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Отворете &lt;b&gt;Обмен → Импорт&lt;/b&gt; и изберете работните книги от всички лаптопи, в произволен ред. Всеки файл първо се проверява и показва за преглед: нови, актуализирани, конфликтни и отхвърлени редове. Нищо не се променя, докато не натиснете „Импортирай“, а преди това се прави резервно копие.&lt;/li&gt;&lt;li&gt;Експортирайте обединена работна книга и я импортирайте на всеки лаптоп, така че всички отново да съдържат едни и същи данни.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;Какво става с редакциите&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Редакциите на &lt;i&gt;различни&lt;/i&gt; полета на едно и също лице, направени на два лаптопа, се запазват и двете.&lt;/li&gt;&lt;li&gt;Редакциите на &lt;i&gt;едно и също&lt;/i&gt; поле, направени независимо една от друга, са &lt;b&gt;конфликт&lt;/b&gt;: едната стойност печели по един и същ начин на всеки лаптоп, а другата се пази в &lt;b&gt;Обмен → Конфликти&lt;/b&gt;, откъдето можете да я възстановите.&lt;/li&gt;&lt;li&gt;Двукратното импортиране на една и съща работна книга не променя нищо; редът на импортиранията няма значение.&lt;/li&gt;&lt;li&gt;Едно и също лице, регистрирано на два лаптопа, се показва в &lt;b&gt;Обмен → Дубликати&lt;/b&gt;; обединяването им се пренася със следващата работна книга.&lt;/li&gt;&lt;li&gt;Изтриванията и изтриванията по GDPR също се пренасят; стара работна книга не може да върне изтрити лични данни.&lt;/li&gt;&lt;li&gt;Клетка, поправена ръчно в Excel или LibreOffice, се разпознава и импортира като нова редакция.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="344"/>
        <source>Nothing imported yet. Imported exchange files are listed here.</source>
        <translation>Все още нищо не е импортирано. Импортираните файлове за обмен се показват тук.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="353"/>
        <source>Imports: {n}</source>
        <translation>Импортирания: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="354"/>
        <source>Nothing imported yet.</source>
        <translation>Все още нищо не е импортирано.</translation>
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
        <translation>Текущо събитие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="63"/>
        <source>Day</source>
        <translation>Ден</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="63"/>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="63"/>
        <source>Session</source>
        <translation>Сесия</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="63"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="69"/>
        <source>The database could not be opened. Use File → Open to choose one.</source>
        <translation>Базата данни не можа да бъде отворена. Изберете друга чрез Файл → Отвори база данни.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="70"/>
        <source>Opening database…</source>
        <translation>Отваряне на базата данни…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="81"/>
        <source>This database is empty. Use File → New or Open, or start from the demo.</source>
        <translation>Тази база данни е празна. Използвайте Файл → Нова база данни или Отвори база данни, или започнете с демонстрацията.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="84"/>
        <source>Events</source>
        <translation>Събития</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="85"/>
        <source>Sessions</source>
        <translation>Сесии</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="86"/>
        <source>People</source>
        <translation>Хора</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="87"/>
        <source>Countries</source>
        <translation>Държави</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="88"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="89"/>
        <source>Registrations</source>
        <translation>Регистрации</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="90"/>
        <source>Attendances</source>
        <translation>Присъствия</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="91"/>
        <source>Notes</source>
        <translation>Бележки</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="104"/>
        <source>No event chosen.</source>
        <translation>Не е избрано събитие.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="112"/>
        <source>Title:</source>
        <translation>Заглавие:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="113"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="115"/>
        <source>Where:</source>
        <translation>Къде:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="119"/>
        <source>When:</source>
        <translation>Кога:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/home_page.py" line="120"/>
        <source>Priorities:</source>
        <translation>Приоритети:</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="176"/>
        <source>Drop exchange workbooks (.xlsx) here, or press Choose files…</source>
        <translation>Пуснете тук работни книги за обмен (.xlsx) или натиснете „Избери файлове…“</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="179"/>
        <source>Choose &amp;files…</source>
        <translation>Избери &amp;файлове…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="181"/>
        <source>Pick exchange workbooks from other laptops to import</source>
        <translation>Избор на работни книги за обмен от други лаптопи за импортиране</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="182"/>
        <source>Re&amp;move</source>
        <translation>Пре&amp;махни</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="184"/>
        <source>Take the selected file off the list; nothing is imported from it</source>
        <translation>Махане на избрания файл от списъка; от него нищо не се импортира</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="185"/>
        <source>Imp&amp;ort</source>
        <translation>Им&amp;портирай</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="186"/>
        <source>Import every listed file; a backup is made first</source>
        <translation>Импортиране на всички файлове от списъка; първо се прави резервно копие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="187"/>
        <source>Cop&amp;y report</source>
        <translation>&amp;Копирай отчета</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="188"/>
        <source>Copy the import report to the clipboard</source>
        <translation>Копиране на отчета от импортирането в клипборда</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="189"/>
        <source>&amp;Save report…</source>
        <translation>&amp;Запиши отчета…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="190"/>
        <source>Save the import report as a text file</source>
        <translation>Записване на отчета от импортирането като текстов файл</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="206"/>
        <source>Choose exchange workbooks, or drop .xlsx files here. Each is checked before anything changes.</source>
        <translation>Изберете работни книги за обмен или пуснете тук файлове .xlsx. Всеки от тях се проверява, преди нещо да се промени.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="222"/>
        <source>Rejected cells:</source>
        <translation>Отхвърлени клетки:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="244"/>
        <source>Import workbooks</source>
        <translation>Импортиране на работни книги</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="244"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Работни книги на Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="311"/>
        <source>{file} is encrypted. Its password:</source>
        <translation>{file} е шифрован. Паролата му:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="314"/>
        <source>Encrypted workbook</source>
        <translation>Шифрована работна книга</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="320"/>
        <source>no password given</source>
        <translation>не е въведена парола</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="334"/>
        <source>No file chosen.</source>
        <translation>Не е избран файл.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="339"/>
        <source>Exported by {device} on {time}. Conflicting values: {conflicts}; rows edited by hand: {hand}.</source>
        <translation>Експортирано от {device} на {time}. Конфликтни стойности: {conflicts}; ръчно редактирани редове: {hand}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="344"/>
        <source>{sheet}, column {column} ({header})</source>
        <translation>{sheet}, колона {column} ({header})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="348"/>
        <source>Not read, their headers are unknown: {columns}</source>
        <translation>Не са прочетени, заглавията са непознати: {columns}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="349"/>
        <source>Imported</source>
        <translation>Импортирани</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="349"/>
        <source>Preview</source>
        <translation>Преглед</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="371"/>
        <source>The report is on the clipboard.</source>
        <translation>Отчетът е в клипборда.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="379"/>
        <source>Save report</source>
        <translation>Записване на отчета</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="379"/>
        <source>Text files (*.txt)</source>
        <translation>Текстови файлове (*.txt)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="386"/>
        <source>Could not save the report: {reason}</source>
        <translation>Отчетът не може да бъде записан: {reason}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="389"/>
        <source>Report saved to {file}.</source>
        <translation>Отчетът е записан във {file}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="396"/>
        <source>Wait until every file has been checked.</source>
        <translation>Изчакайте, докато бъдат проверени всички файлове.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="417"/>
        <source>Importing {file}…</source>
        <translation>Импортиране на {file}…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="443"/>
        <source>Files imported: {files}. Rows: {new} new, {updated} updated, {unchanged} unchanged; conflicting values: {conflicts}.</source>
        <translation>Импортирани файлове: {files}. Редове: нови {new}, актуализирани {updated}, непроменени {unchanged}; конфликтни стойности: {conflicts}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/exchange_view.py" line="450"/>
        <source>Cancelled; the file being imported was left unchanged.</source>
        <translation>Прекратено; импортираният файл остана непроменен.</translation>
    </message>
</context>
<context>
    <name>ImportRegistrationsWizard</name>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="619"/>
        <source>Import registrations</source>
        <translation>Импортиране на регистрации</translation>
    </message>
</context>
<context>
    <name>InterviewRunner</name>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="58"/>
        <source>Interview: {guide}</source>
        <translation>Интервю: {guide}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="64"/>
        <source>&amp;Language:</source>
        <translation>&amp;Език:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="86"/>
        <source>&amp;Back (PageUp)</source>
        <translation>&amp;Назад (PageUp)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="88"/>
        <source>Go back to the previous question; what you typed is kept (PageUp)</source>
        <translation>Връщане към предишния въпрос; написаното се запазва (PageUp)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="90"/>
        <source>&amp;Save draft (Ctrl+S)</source>
        <translation>&amp;Запиши черновата (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="92"/>
        <source>Save the answers so far as a draft to resume later (Ctrl+S)</source>
        <translation>Записване на досегашните отговори като чернова за по-късно продължаване (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="94"/>
        <source>&amp;Next (Ctrl+Enter)</source>
        <translation>На&amp;пред (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="95"/>
        <source>Go to the next question (Ctrl+Enter)</source>
        <translation>Към следващия въпрос (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="118"/>
        <source>Consent</source>
        <translation>Съгласие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="121"/>
        <source>Before any question: explain the purpose of the research, that answers are analysed without names, that taking part is voluntary and can be stopped at any time. Ask whether the respondent agrees to be interviewed.

No consent, no answers.</source>
        <translation>Преди първия въпрос: обяснете целта на изследването, че отговорите се анализират без имена, че участието е доброволно и може да бъде прекратено по всяко време. Попитайте респондента дали е съгласен да бъде интервюиран.

Без съгласие няма отговори.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="126"/>
        <source>The respondent &amp;consents to this interview (Space)</source>
        <translation>Респондентът е &amp;съгласен с това интервю (интервал)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="130"/>
        <source>Space ticks the box; Enter or Ctrl+Enter starts the questions.</source>
        <translation>Интервалът поставя отметка; Enter или Ctrl+Enter започва въпросите.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="143"/>
        <source>End of the interview</source>
        <translation>Край на интервюто</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="147"/>
        <source>&amp;Complete the interview (Ctrl+Enter)</source>
        <translation>&amp;Завърши интервюто (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="149"/>
        <source>Mark the interview as completed and save it (Ctrl+Enter)</source>
        <translation>Отбелязване на интервюто като завършено и записване (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="166"/>
        <source>registered person</source>
        <translation>регистрирано лице</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="167"/>
        <source>anonymous respondent</source>
        <translation>анонимен респондент</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="247"/>
        <source>{answered} of {count} questions answered.</source>
        <translation>Отговорени въпроси: {answered} от {count}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="250"/>
        <source>Required questions still open: {numbers}.</source>
        <translation>Задължителни въпроси без отговор: {numbers}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="279"/>
        <source>No consent, no answers: tick the box only if the respondent agrees. Escape closes without an interview.</source>
        <translation>Без съгласие няма отговори: поставете отметка само ако респондентът е съгласен. Escape затваря без интервю.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_runner.py" line="326"/>
        <source>Draft saved at {time}.</source>
        <translation>Черновата е записана в {time}.</translation>
    </message>
</context>
<context>
    <name>InterviewsSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="73"/>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="74"/>
        <source>Languages</source>
        <translation>Езици</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="79"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="80"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="81"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="82"/>
        <source>Required</source>
        <translation>Задължителен</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="83"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="84"/>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="85"/>
        <source>Question</source>
        <translation>Въпрос</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="91"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="93"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="94"/>
        <source>Respondent</source>
        <translation>Респондент</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="95"/>
        <source>registered person</source>
        <translation>регистрирано лице</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="96"/>
        <source>anonymous</source>
        <translation>анонимен</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="97"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="100"/>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="102"/>
        <source>Age band</source>
        <translation>Възрастова група</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="103"/>
        <source>Answers</source>
        <translation>Отговори</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="105"/>
        <source>Event</source>
        <translation>Събитие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="106"/>
        <source>Interviewer</source>
        <translation>Интервюиращ</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="479"/>
        <source>&amp;Interviews</source>
        <translation>&amp;Интервюта</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="480"/>
        <source>G&amp;uides</source>
        <translation>&amp;Ръководства</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="481"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Анализ</translation>
    </message>
</context>
<context>
    <name>InterviewsTab</name>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="354"/>
        <source>No interviews to show. New interview… (Ctrl+N) starts one with the chosen guide.</source>
        <translation>Няма интервюта за показване. „Ново интервю…“ (Ctrl+N) започва интервю с избраното ръководство.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="309"/>
        <source>all</source>
        <translation>всички</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="313"/>
        <source>&amp;Guide:</source>
        <translation>&amp;Ръководство:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="315"/>
        <source>S&amp;tatus:</source>
        <translation>С&amp;ъстояние:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="317"/>
        <source>&amp;New interview… (Ctrl+N)</source>
        <translation>&amp;Ново интервю… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="318"/>
        <source>Start an interview with the chosen guide (Ctrl+N)</source>
        <translation>Започване на интервю с избраното ръководство (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="319"/>
        <source>&amp;Resume (Enter)</source>
        <translation>&amp;Продължи (Enter)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="321"/>
        <source>Open the selected interview to continue or review it (Enter or double-click)</source>
        <translation>Отваряне на избраното интервю за продължаване или преглед (Enter или двойно щракване)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="322"/>
        <source>&amp;Delete</source>
        <translation>&amp;Изтрий</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="323"/>
        <source>Delete the selected interview and its answers</source>
        <translation>Изтриване на избраното интервю и отговорите му</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="327"/>
        <source>Research e&amp;xport…</source>
        <translation>Експорт за из&amp;следване…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="329"/>
        <source>A pseudonymised workbook for researchers: no names or contacts, one row per interview, a codebook</source>
        <translation>Псевдонимизирана работна книга за изследователи: без имена и контакти, по един ред на интервю, с кодова книга</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="360"/>
        <source>all guides</source>
        <translation>всички ръководства</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="388"/>
        <source>%Ln interviews</source>
        <translation>
            <numerusform>%Ln интервю</numerusform>
            <numerusform>%Ln интервюта</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="391"/>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="392"/>
        <source>Loading interviews…</source>
        <translation>Зареждане на интервютата…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="439"/>
        <source>Wrote {file}: %Ln interviews, pseudonymised.</source>
        <translation>
            <numerusform>Записан е {file}: %Ln интервю, псевдонимизирано.</numerusform>
            <numerusform>Записан е {file}: %Ln интервюта, псевдонимизирани.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="423"/>
        <source>Research export</source>
        <translation>Експорт за изследване</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="425"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Работни книги на Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="442"/>
        <source>Writing the research export…</source>
        <translation>Записване на експорта за изследване…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="450"/>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="463"/>
        <source>Delete interview</source>
        <translation>Изтриване на интервю</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="451"/>
        <source>Delete this interview and its {n} answers?</source>
        <translation>Да се изтрие ли това интервю и отговорите му ({n})?</translation>
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
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="289"/>
        <source>&amp;New database…</source>
        <translation>&amp;Нова база данни…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="290"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Отвори база данни…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="291"/>
        <source>Open &amp;recent</source>
        <translation>Отвори &amp;скорошна</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="292"/>
        <source>Connect to a &amp;server…</source>
        <translation>Свързване към &amp;сървър…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="293"/>
        <source>Restore from &amp;backup…</source>
        <translation>Възстановяване от &amp;резервно копие…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="294"/>
        <source>&amp;Quit</source>
        <translation>&amp;Изход</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="295"/>
        <source>&amp;Edit</source>
        <translation>&amp;Редактиране</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="296"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="297"/>
        <source>&amp;Help</source>
        <translation>&amp;Помощ</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="298"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавишни комбинации</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="299"/>
        <source>How &amp;syncing works</source>
        <translation>Как работи &amp;синхронизирането</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="300"/>
        <source>&amp;About EC-NET Desktop</source>
        <translation>&amp;За EC-NET Desktop</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="303"/>
        <source>Create a new, empty database file</source>
        <translation>Създаване на нов, празен файл на база данни</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="304"/>
        <source>Open another database file</source>
        <translation>Отваряне на друг файл на база данни</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="305"/>
        <source>Open one of the databases used lately</source>
        <translation>Отваряне на някоя от последно използваните бази данни</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="307"/>
        <source>Work on the coordinators&apos; shared PostgreSQL database instead of a file</source>
        <translation>Работа в общата база данни PostgreSQL на координаторите вместо във файл</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="309"/>
        <source>Replace this database with one of the backups taken before imports</source>
        <translation>Замяна на тази база данни с едно от резервните копия, направени преди импортирания</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="310"/>
        <source>Close EC-NET Desktop</source>
        <translation>Затваряне на EC-NET Desktop</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="311"/>
        <source>Undo the last change</source>
        <translation>Отмяна на последната промяна</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="312"/>
        <source>Redo the change just undone</source>
        <translation>Повтаряне на току-що отменената промяна</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="314"/>
        <source>Language, name of this laptop, paper size, backups and retention</source>
        <translation>Език, име на този лаптоп, размер на хартията, резервни копия и срок на съхранение</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="315"/>
        <source>The keys that work in each part of the app</source>
        <translation>Клавишите, които работят във всяка част на приложението</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="316"/>
        <source>How laptops exchange data through workbooks</source>
        <translation>Как лаптопите обменят данни чрез работни книги</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="317"/>
        <source>Version, data folder and log folder</source>
        <translation>Версия, папка с данни и папка с журнали</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="322"/>
        <source>Choose a section</source>
        <translation>Изберете раздел</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="323"/>
        <source>Current &amp;event:</source>
        <translation>Текущо &amp;събитие:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="372"/>
        <source>The database could not be opened. Use File → Open to choose one.</source>
        <translation>Базата данни не можа да бъде отворена. Изберете друга чрез Файл → Отвори база данни.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="374"/>
        <source>Opening database…</source>
        <translation>Отваряне на базата данни…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="493"/>
        <source>Connect to a server</source>
        <translation>Свързване към сървър</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="494"/>
        <source>Database URL, e.g. postgresql+psycopg://coordinator@hub.example.org/ecnet
(the password is read from ~/.pgpass or PGPASSWORD and never stored):</source>
        <translation>URL адрес на базата данни, напр. postgresql+psycopg://coordinator@hub.example.org/ecnet
(паролата се чете от ~/.pgpass или PGPASSWORD и никога не се записва):</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="325"/>
        <source>The event that check-in, notes and reports use</source>
        <translation>Събитието, което се използва за отбелязване на пристигания, бележки и отчети</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="330"/>
        <source>Home</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="453"/>
        <source>(none)</source>
        <translation>(няма)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="463"/>
        <source>New database</source>
        <translation>Нова база данни</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="472"/>
        <source>{path} already exists. Use File → Open to open it; it has not been changed.</source>
        <translation>{path} вече съществува. Използвайте Файл → Отвори база данни, за да я отворите; тя не е променена.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="480"/>
        <source>Open database</source>
        <translation>Отваряне на база данни</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="581"/>
        <source>Creating the demo…</source>
        <translation>Създаване на демонстрацията…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="663"/>
        <source>Device: {name}</source>
        <translation>Устройство: {name}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="665"/>
        <source>Database: {path}</source>
        <translation>База данни: {path}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="667"/>
        <source>Database: {path} (could not be opened)</source>
        <translation>База данни: {path} (не можа да бъде отворена)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="670"/>
        <source>Database: {path} (opening…)</source>
        <translation>База данни: {path} (отваряне…)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="683"/>
        <source>About EC-NET Desktop</source>
        <translation>За EC-NET Desktop</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/main_window.py" line="685"/>
        <source>&lt;h3&gt;EC-NET Desktop {version}&lt;/h3&gt;&lt;p&gt;Offline registration, check-in, notes and interviews for the events of the European Citizenship Network of Towns (EC-NET).&lt;/p&gt;&lt;p&gt;Database: {database}&lt;br&gt;Device: {device}&lt;/p&gt;&lt;p&gt;Data folder: {data}&lt;br&gt;Log folder: {logs}&lt;/p&gt;&lt;p&gt;Qt {qt}, Qt for Python (PySide6) {pyside}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EC-NET Desktop {version}&lt;/h3&gt;&lt;p&gt;Офлайн регистрация, отбелязване на пристигания, бележки и интервюта за събитията на European Citizenship Network of Towns (EC-NET).&lt;/p&gt;&lt;p&gt;База данни: {database}&lt;br&gt;Устройство: {device}&lt;/p&gt;&lt;p&gt;Папка с данни: {data}&lt;br&gt;Папка с журнали: {logs}&lt;/p&gt;&lt;p&gt;Qt {qt}, Qt for Python (PySide6) {pyside}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="128"/>
        <source>(no header: column {n})</source>
        <translation>(без заглавие: колона {n})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="139"/>
        <source>Not recognised: choose what this column holds, or “do not import”.</source>
        <translation>Не е разпозната: изберете какво съдържа тази колона или „не импортирай“.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="165"/>
        <source>Column in the file</source>
        <translation>Колона във файла</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="165"/>
        <source>Examples</source>
        <translation>Примери</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="166"/>
        <source>Imported as</source>
        <translation>Импортира се като</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="302"/>
        <source>What do the columns hold?</source>
        <translation>Какво съдържат колоните?</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="304"/>
        <source>Recognised columns are filled in. Change a choice with a click, or F2 and the arrow keys. Columns marked “not imported” are left out.</source>
        <translation>Разпознатите колони са попълнени. Променете избора с щракване или с F2 и клавишите със стрелки. Колоните, отбелязани с „не се импортира“, се пропускат.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="342"/>
        <source>Reading the file…</source>
        <translation>Четене на файла…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="358"/>
        <source>sheet “{sheet}”</source>
        <translation>лист „{sheet}“</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="359"/>
        <source>encoding {encoding}</source>
        <translation>кодиране {encoding}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="361"/>
        <source>%Ln rows below the header on row {header} ({where}).</source>
        <translation>
            <numerusform>%Ln ред под заглавния ред {header} ({where}).</numerusform>
            <numerusform>%Ln реда под заглавния ред {header} ({where}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="388"/>
        <source>Choose the column with the given or family name.</source>
        <translation>Изберете колоната със собственото или фамилното име.</translation>
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
        <translation>{details} (не е регистриран(а))</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="196"/>
        <source>Not registered</source>
        <translation>Не е регистриран(а)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="220"/>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="222"/>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="230"/>
        <source>Total
{count}</source>
        <translation>Общо
{count}</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="65"/>
        <source>(the whole event)</source>
        <translation>(цялото събитие)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="80"/>
        <source>(not set)</source>
        <translation>(не е зададено)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="209"/>
        <source>Editing…</source>
        <translation>Редактиране…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="236"/>
        <source>Saved at {time}.</source>
        <translation>Записано в {time}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="253"/>
        <source>Add note</source>
        <translation>Добавяне на бележка</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="260"/>
        <source>Not saved.</source>
        <translation>Не е записано.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="293"/>
        <source>Note</source>
        <translation>Бележка</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="293"/>
        <source>Note — {heading}</source>
        <translation>Бележка — {heading}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="298"/>
        <source>&amp;Session:</source>
        <translation>&amp;Сесия:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="299"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="300"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Заглавие:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="301"/>
        <source>&amp;Level:</source>
        <translation>&amp;Ниво:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="302"/>
        <source>&amp;Addressed to:</source>
        <translation>&amp;Адресат:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="304"/>
        <source>&amp;Text (Markdown: **bold**, *italic*, - lists; saved as you type):</source>
        <translation>&amp;Текст (Markdown: **удебелен**, *курсив*, - списъци; записва се, докато пишете):</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="305"/>
        <source>Priorities:</source>
        <translation>Приоритети:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="306"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Език:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="307"/>
        <source>Author&apos;s &amp;role:</source>
        <translation>&amp;Роля на автора:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="308"/>
        <source>e.g. facilitator, rapporteur — no names</source>
        <translation>напр. фасилитатор, докладчик — без имена</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="309"/>
        <source>&amp;Publishable (may appear in the compendia)</source>
        <translation>За &amp;публикуване (може да се включи в сборниците)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="310"/>
        <source>Preview</source>
        <translation>Преглед</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/note_editor.py" line="312"/>
        <source>Saved automatically as you type.</source>
        <translation>Записва се автоматично, докато пишете.</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="458"/>
        <source>&amp;Notes</source>
        <translation>&amp;Бележки</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="459"/>
        <source>&amp;Recommendations</source>
        <translation>&amp;Препоръки</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="460"/>
        <source>&amp;Toolkit</source>
        <translation>&amp;Toolkit</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="461"/>
        <source>&amp;Quick note for the session now</source>
        <translation>Бърза &amp;бележка за текущата сесия</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="66"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="68"/>
        <source>Event</source>
        <translation>Събитие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="69"/>
        <source>Session</source>
        <translation>Сесия</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="70"/>
        <source>(whole event)</source>
        <translation>(цялото събитие)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="71"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="72"/>
        <source>Note</source>
        <translation>Бележка</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="73"/>
        <source>Priorities</source>
        <translation>Приоритети</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="74"/>
        <source>Publishable</source>
        <translation>За публикуване</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="75"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="125"/>
        <source>No notes to show. New note writes one; or change the search and filters.</source>
        <translation>Няма бележки за показване. „Нова бележка“ създава бележка; или променете търсенето и филтрите.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="199"/>
        <source>All kinds</source>
        <translation>Всички видове</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="202"/>
        <source>All priorities</source>
        <translation>Всички приоритети</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="233"/>
        <source>All events</source>
        <translation>Всички събития</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="248"/>
        <source>All sessions</source>
        <translation>Всички сесии</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/notes_view.py" line="276"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln бележка</numerusform>
            <numerusform>%Ln бележки</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="312"/>
        <source>Choose an event first: a note belongs to an event or one of its sessions.</source>
        <translation>Първо изберете събитие: бележката принадлежи на събитие или на някоя от сесиите му.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="345"/>
        <source>Delete note</source>
        <translation>Изтриване на бележка</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="362"/>
        <source>&amp;Search:</source>
        <translation>&amp;Търсене:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="363"/>
        <source>Words in the title or text (accents ignored)</source>
        <translation>Думи в заглавието или текста (ударенията се пренебрегват)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="364"/>
        <source>&amp;New note</source>
        <translation>&amp;Нова бележка</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="365"/>
        <source>Write a new note or recommendation</source>
        <translation>Писане на нова бележка или препоръка</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="366"/>
        <source>&amp;Open</source>
        <translation>&amp;Отвори</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="367"/>
        <source>Open the selected note (Enter or double-click)</source>
        <translation>Отваряне на избраната бележка (Enter или двойно щракване)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="368"/>
        <source>&amp;Delete</source>
        <translation>&amp;Изтрий</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/notes_view.py" line="370"/>
        <source>Delete the selected note (Delete); Ctrl+Z brings it back</source>
        <translation>Изтриване на избраната бележка (Delete); Ctrl+Z я връща</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="153"/>
        <source>New organisation</source>
        <translation>Нова организация</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="164"/>
        <source>&amp;Name:</source>
        <translation>&amp;Наименование:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="165"/>
        <source>&amp;Town:</source>
        <translation>&amp;Град:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="166"/>
        <source>&amp;Country:</source>
        <translation>&amp;Държава:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="167"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/event_form.py" line="184"/>
        <source>Create organisation “{name}”</source>
        <translation>Създаване на организация „{name}“</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="282"/>
        <source>Overview</source>
        <translation>Обобщение</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="283"/>
        <source>&amp;Count:</source>
        <translation>&amp;Брой:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="284"/>
        <source>All events</source>
        <translation>Всички събития</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="284"/>
        <source>International events</source>
        <translation>Международни събития</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="285"/>
        <source>Local working groups</source>
        <translation>Местни работни групи</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="287"/>
        <source>Edit &amp;targets…</source>
        <translation>Редактирай &amp;целите…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="289"/>
        <source>Set the project&apos;s targets: participants, countries, events</source>
        <translation>Задаване на целите на проекта: участници, държави, събития</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="290"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Опресни</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="291"/>
        <source>Count again from the database</source>
        <translation>Преброяване отново от базата данни</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="292"/>
        <source>Progress against the project&apos;s targets</source>
        <translation>Напредък спрямо целите на проекта</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="294"/>
        <source>International events held</source>
        <translation>Проведени международни събития</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="295"/>
        <source>Participants (each person once)</source>
        <translation>Участници (всяко лице веднъж)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="296"/>
        <source>Participants&apos; countries</source>
        <translation>Държави на участниците</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="298"/>
        <source>participants, each counted once</source>
        <translation>участници, всеки отчетен веднъж</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="299"/>
        <source>participations (person × event)</source>
        <translation>участия (лице × събитие)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="300"/>
        <source>attendances (person × session, everyone present)</source>
        <translation>присъствия (лице × сесия, всички присъстващи)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="301"/>
        <source>countries</source>
        <translation>държави</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="302"/>
        <source>events with participants</source>
        <translation>събития с участници</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="303"/>
        <source>international at international events</source>
        <translation>международни на международните събития</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="304"/>
        <source>staff / interpreters, counted apart</source>
        <translation>персонал / преводачи, отчетени отделно</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="309"/>
        <source>Participants by country</source>
        <translation>Участници по държави</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="310"/>
        <source>Participants by category</source>
        <translation>Участници по категории</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="311"/>
        <source>Participants by gender</source>
        <translation>Участници по пол</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="312"/>
        <source>Participants by age band</source>
        <translation>Участници по възрастови групи</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="313"/>
        <source>Participants by event (local / international)</source>
        <translation>Участници по събития (местни / международни)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="314"/>
        <source>Participants over time</source>
        <translation>Участници във времето</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="318"/>
        <source>Save as PNG…</source>
        <translation>Запиши като PNG…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="319"/>
        <source>Save this chart as a PNG image</source>
        <translation>Записване на тази диаграма като изображение PNG</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="321"/>
        <source>A participant is a person checked in for at least one session of an event, registered as participant, speaker or facilitator (or not registered at all). Staff and interpreters are counted apart. Each person counts once however many events they attended; merged duplicates count once; erased people still count by country and category. International: from another country than the event&apos;s.</source>
        <translation>Участник е лице, чието пристигане е отбелязано на поне една сесия от събитие и което е регистрирано като участник, лектор или фасилитатор (или изобщо не е регистрирано). Персоналът и преводачите се отчитат отделно. Всяко лице се брои веднъж, независимо в колко събития е участвало; обединените дубликати се броят веднъж; изтритите лица продължават да се броят по държава и категория. Международен: от държава, различна от тази на събитието.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="387"/>
        <source>{reached} of {target}</source>
        <translation>{reached} от {target}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="408"/>
        <source>{events} events, {people} people present in all.</source>
        <translation>Събития: {events}, присъствали общо лица: {people}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/overview_view.py" line="411"/>
        <source>%Ln international event(s) below one third from abroad.</source>
        <translation>
            <numerusform>%Ln международно събитие е с по-малко от една трета участници от чужбина.</numerusform>
            <numerusform>%Ln международни събития са с по-малко от една трета участници от чужбина.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="417"/>
        <source>No participants yet.</source>
        <translation>Все още няма участници.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="424"/>
        <source>others</source>
        <translation>други</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="440"/>
        <source>local</source>
        <translation>местни</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="441"/>
        <source>international</source>
        <translation>международни</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="455"/>
        <source>participants so far</source>
        <translation>участници досега</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="456"/>
        <source>participants&apos; attendances in the month</source>
        <translation>присъствия на участници през месеца</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="497"/>
        <source>Change project targets</source>
        <translation>Промяна на целите на проекта</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="503"/>
        <source>Save chart as PNG</source>
        <translation>Записване на диаграмата като PNG</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="504"/>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="512"/>
        <source>Could not write {path}.</source>
        <translation>{path} не може да бъде записан.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_view.py" line="515"/>
        <source>Saved {path}.</source>
        <translation>Записано: {path}.</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="316"/>
        <source>Any part of a name, organisation or town</source>
        <translation>Всяка част от име, организация или град</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="319"/>
        <source>&amp;Search:</source>
        <translation>&amp;Търсене:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="327"/>
        <source>No one to show. New person… adds someone; or change the search.</source>
        <translation>Няма лица за показване. „Ново лице…“ добавя лице; или променете търсенето.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="349"/>
        <source>The search failed.</source>
        <translation>Търсенето не успя.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/people_model.py" line="352"/>
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln лице</numerusform>
            <numerusform>%Ln лица</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="68"/>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="69"/>
        <source>Given name</source>
        <translation>Собствено име</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="70"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="71"/>
        <source>Town</source>
        <translation>Град</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="72"/>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_model.py" line="74"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="117"/>
        <source>&amp;New person…</source>
        <translation>&amp;Ново лице…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="118"/>
        <source>Add a person to the address book</source>
        <translation>Добавяне на лице в адресника</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="120"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Редактиране…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="122"/>
        <source>Change the selected person&apos;s details (Enter or double-click)</source>
        <translation>Промяна на данните на избраното лице (Enter или двойно щракване)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="124"/>
        <source>&amp;Delete</source>
        <translation>&amp;Изтрий</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="126"/>
        <source>Delete the selected person; Ctrl+Z brings them back</source>
        <translation>Изтриване на избраното лице; Ctrl+Z го връща</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="128"/>
        <source>&amp;Register for the event…</source>
        <translation>&amp;Регистрирай за събитието…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="130"/>
        <source>Register the selected people for the current event</source>
        <translation>Регистриране на избраните лица за текущото събитие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="132"/>
        <source>Possible d&amp;uplicates…</source>
        <translation>Възможни д&amp;убликати…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="134"/>
        <source>List people who may have been entered twice, and merge them</source>
        <translation>Показване на лицата, които може да са въведени два пъти, и обединяването им</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="142"/>
        <source>&amp;People</source>
        <translation>&amp;Хора</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="144"/>
        <source>Pri&amp;vacy</source>
        <translation>По&amp;верителност</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="205"/>
        <source>Re&amp;gistrations for {event}</source>
        <translation>Ре&amp;гистрации за {event}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="206"/>
        <source>Re&amp;gistrations</source>
        <translation>Ре&amp;гистрации</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="234"/>
        <source>Edit person</source>
        <translation>Редактиране на лице</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="248"/>
        <location filename="../ecnet_desktop/ui/people_view.py" line="257"/>
        <source>Delete person</source>
        <translation>Изтриване на лице</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="249"/>
        <source>Delete {name}? Their registrations and attendance stay in the counts.</source>
        <translation>Да се изтрие ли {name}? Регистрациите и присъствието на лицето остават в статистиката.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="255"/>
        <source>Delete person “{name}”</source>
        <translation>Изтриване на лице „{name}“</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="271"/>
        <source>Looking for possible duplicates…</source>
        <translation>Търсене на възможни дубликати…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/people_view.py" line="281"/>
        <source>Possible duplicates</source>
        <translation>Възможни дубликати</translation>
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
        <translation>Вероятно същото лице като: {people}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="214"/>
        <source>New person</source>
        <translation>Ново лице</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="214"/>
        <source>Edit person</source>
        <translation>Редактиране на лице</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="242"/>
        <source>Data &amp;processing</source>
        <translation>&amp;Обработване на данни</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="243"/>
        <source>P&amp;hotos</source>
        <translation>С&amp;нимки</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="244"/>
        <source>Appearing on &amp;lists</source>
        <translation>&amp;Включване в списъци</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="270"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Собствено име:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="271"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="272"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Имейл:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="273"/>
        <source>Pho&amp;ne:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="274"/>
        <source>&amp;Town:</source>
        <translation>&amp;Град:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="275"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Държава:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="276"/>
        <source>O&amp;rganisation:</source>
        <translation>Органи&amp;зация:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="277"/>
        <source>C&amp;ategory:</source>
        <translation>Категори&amp;я:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="278"/>
        <source>Gen&amp;der:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="279"/>
        <source>&amp;Birth year:</source>
        <translation>Година на &amp;раждане:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="285"/>
        <source>Consents</source>
        <translation>Съгласия</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="287"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="287"/>
        <source>Text version</source>
        <translation>Версия на текста</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="288"/>
        <source>Recorded by</source>
        <translation>Записано от</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="347"/>
        <source>Type to find or create one</source>
        <translation>Въведете текст, за да намерите или създадете организация</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="406"/>
        <source>“{name}” is new: it will be created when you save.</source>
        <translation>„{name}“ е нова: ще бъде създадена при записването.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="462"/>
        <source>Create person “{name}”</source>
        <translation>Създаване на лице „{name}“</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/person_form.py" line="465"/>
        <source>Edit person “{name}”</source>
        <translation>Редактиране на лице „{name}“</translation>
    </message>
</context>
<context>
    <name>PersonPrivacyActions</name>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="123"/>
        <source>Er&amp;ase…</source>
        <translation>Из&amp;трий…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="124"/>
        <source>GDPR erasure: remove this person&apos;s personal data</source>
        <translation>Изтриване по GDPR: премахване на личните данни на това лице</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="126"/>
        <source>E&amp;xport everything about them…</source>
        <translation>&amp;Експортирай всичко за лицето…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="127"/>
        <source>Answer a subject access request: everything held about this person, as xlsx or PDF</source>
        <translation>Отговор на искане за достъп на субекта на данните: всичко, което се съхранява за това лице, като xlsx или PDF</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="145"/>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="146"/>
        <source>General</source>
        <translation>Общи</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="147"/>
        <source>&amp;Language:</source>
        <translation>&amp;Език:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="148"/>
        <source>&amp;Name of this laptop:</source>
        <translation>&amp;Име на този лаптоп:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="150"/>
        <source>Shown in exchanged workbooks, so colleagues know which laptop an edit came from</source>
        <translation>Показва се в обменяните работни книги, за да знаят колегите от кой лаптоп идва дадена редакция</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="151"/>
        <source>Printing</source>
        <translation>Печат</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="152"/>
        <source>&amp;Paper size:</source>
        <translation>&amp;Размер на хартията:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="153"/>
        <source>&amp;Blank rows on attendance sheets:</source>
        <translation>&amp;Празни редове в присъствените списъци:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="154"/>
        <source>Empty numbered rows for walk-ins who sign on paper</source>
        <translation>Празни номерирани редове за регистрирани на място, които се подписват на хартия</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="155"/>
        <source>Data</source>
        <translation>Данни</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="156"/>
        <source>Backups &amp;kept per database:</source>
        <translation>Резервни &amp;копия за всяка база данни:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="158"/>
        <source>A backup is made before every import and upgrade; older ones are deleted, so erased personal data does not linger</source>
        <translation>Преди всяко импортиране и надграждане се прави резервно копие; по-старите се изтриват, за да не остават изтрити лични данни</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="160"/>
        <source>Keep personal data after the project &amp;ends:</source>
        <translation>Съхраняване на личните данни след &amp;края на проекта:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="161"/>
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln година</numerusform>
            <numerusform>%Ln години</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="163"/>
        <source>After this many years past the project&apos;s end, personal data is due for erasure</source>
        <translation>След толкова години от края на проекта личните данни подлежат на изтриване</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="222"/>
        <source>Give this laptop a name.</source>
        <translation>Дайте име на този лаптоп.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="396"/>
        <source>Preview</source>
        <translation>Преглед</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="398"/>
        <source>Check what will happen. Only the valid rows are imported, all of them at once, when you press Import.</source>
        <translation>Проверете какво ще се случи. При натискане на „Импортирай“ се импортират само валидните редове, всички наведнъж.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="401"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортирай</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="410"/>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="416"/>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="423"/>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="429"/>
        <source>Row</source>
        <translation>Ред</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="411"/>
        <source>Column</source>
        <translation>Колона</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="412"/>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="413"/>
        <source>Why it is not imported</source>
        <translation>Защо не се импортира</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="417"/>
        <source>In the file</source>
        <translation>Във файла</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="418"/>
        <source>Already in the database</source>
        <translation>Вече в базата данни</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="419"/>
        <source>Because</source>
        <translation>Защото</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="420"/>
        <source>What happens</source>
        <translation>Какво ще се случи</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="424"/>
        <source>Repeats row</source>
        <translation>Повтаря ред</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="426"/>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="430"/>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="431"/>
        <source>E-mail</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="432"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="433"/>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="438"/>
        <source>&amp;Change what happens to this person</source>
        <translation>&amp;Промени какво се случва с това лице</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="440"/>
        <source>Switch between adding this row as a new person and updating the matching person</source>
        <translation>Превключване между добавяне на този ред като ново лице и обновяване на съответстващото лице</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="467"/>
        <source>already registered: nothing to do</source>
        <translation>вече е регистриран(а): няма какво да се прави</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="469"/>
        <source>register the person already in the database</source>
        <translation>регистриране на лицето, което вече е в базата данни</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="471"/>
        <source>create a new person (the names or e-mails differ)</source>
        <translation>създаване на ново лице (имената или имейлите се различават)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="472"/>
        <source>create a new person</source>
        <translation>създаване на ново лице</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="510"/>
        <source>&amp;Rejected rows ({n})</source>
        <translation>&amp;Отхвърлени редове ({n})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="510"/>
        <source>&amp;Possible duplicates ({n})</source>
        <translation>&amp;Възможни дубликати ({n})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="511"/>
        <source>Re&amp;peated in the file ({n})</source>
        <translation>По&amp;вторени във файла ({n})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="511"/>
        <source>&amp;New people ({n})</source>
        <translation>&amp;Нови лица ({n})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="515"/>
        <source>Checking every row…</source>
        <translation>Проверка на всички редове…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="518"/>
        <source>For “{event}”: new people: {new}; people already in the database: {existing}; rows repeated in the file: {repeated}; rows rejected: {rejected}.</source>
        <translation>За „{event}“: нови лица: {new}; лица, които вече са в базата данни: {existing}; повторени редове във файла: {repeated}; отхвърлени редове: {rejected}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="525"/>
        <source>Columns not imported: {headers}.</source>
        <translation>Неимпортирани колони: {headers}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="528"/>
        <source>There is no valid row to import.</source>
        <translation>Няма валиден ред за импортиране.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="555"/>
        <source>Importing…</source>
        <translation>Импортиране…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="561"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Импортирането е прекратено; нищо не е променено.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="124"/>
        <source>Consent &amp;texts</source>
        <translation>&amp;Текстове на съгласия</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="125"/>
        <source>&amp;Retention period</source>
        <translation>&amp;Срок на съхранение</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="126"/>
        <source>Audit &amp;log</source>
        <translation>&amp;Одитен журнал</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="143"/>
        <source>No consent texts yet. New text… adds the wording people agree to.</source>
        <translation>Все още няма текстове на съгласие. „Нов текст…“ добавя текста, с който хората се съгласяват.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="145"/>
        <source>&amp;New text…</source>
        <translation>&amp;Нов текст…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="146"/>
        <source>Write a new version of a consent text</source>
        <translation>Писане на нова версия на текст на съгласие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="148"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Редактиране…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="149"/>
        <source>Change the selected consent text</source>
        <translation>Промяна на избрания текст на съгласие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="151"/>
        <source>&amp;Delete</source>
        <translation>&amp;Изтрий</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="152"/>
        <source>Delete the selected consent text</source>
        <translation>Изтриване на избрания текст на съгласие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="155"/>
        <source>The wording people agree to. Each consent records the version of the text it was given to; add a new version when the wording changes, so older consents keep pointing at what people actually read.</source>
        <translation>Текстът, с който хората се съгласяват. Всяко съгласие записва версията на текста, за която е дадено; добавяйте нова версия, когато текстът се промени, така че по-старите съгласия да продължат да сочат към това, което хората действително са прочели.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="203"/>
        <source>Delete consent text {version}</source>
        <translation>Изтриване на текст на съгласие {version}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="207"/>
        <source>Delete consent text</source>
        <translation>Изтриване на текст на съгласие</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="220"/>
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln година</numerusform>
            <numerusform>%Ln години</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="305"/>
        <source>%Ln people are past the retention period.</source>
        <translation>
            <numerusform>Срокът на съхранение е изтекъл за %Ln лице.</numerusform>
            <numerusform>Срокът на съхранение е изтекъл за %Ln лица.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="330"/>
        <source>%Ln people erased.</source>
        <translation>
            <numerusform>Изтрито е %Ln лице.</numerusform>
            <numerusform>Изтрити са %Ln лица.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="340"/>
        <source>Nothing recorded yet: consents, erasures and data exports are logged here.</source>
        <translation>Все още няма записи: тук се отбелязват съгласия, изтривания и експорти на данни.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="222"/>
        <source>&amp;Apply</source>
        <translation>&amp;Приложи</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="65"/>
        <source>Consent to</source>
        <translation>Съгласие за</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="66"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="67"/>
        <source>Language</source>
        <translation>Език</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="68"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="74"/>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="75"/>
        <source>(no name)</source>
        <translation>(без име)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="76"/>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="77"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="78"/>
        <source>Last event ended</source>
        <translation>Край на последното събитие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="81"/>
        <source>Kept until</source>
        <translation>Съхранява се до</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="92"/>
        <source>When (UTC)</source>
        <translation>Кога (UTC)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="93"/>
        <source>What</source>
        <translation>Какво</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="94"/>
        <source>Subject</source>
        <translation>Субект на данните</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="95"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="96"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="224"/>
        <source>Save the retention period and the project&apos;s end date</source>
        <translation>Записване на срока на съхранение и крайната дата на проекта</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="233"/>
        <source>&amp;Find people past the period</source>
        <translation>&amp;Намери лицата с изтекъл срок</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="235"/>
        <source>List the people whose data is kept longer than the retention period</source>
        <translation>Показване на лицата, чиито данни се съхраняват по-дълго от срока на съхранение</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="237"/>
        <source>Erase everyone l&amp;isted…</source>
        <translation>Изтрий всички из&amp;броени…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="239"/>
        <source>Erase the personal data of everyone listed; you confirm first</source>
        <translation>Изтриване на личните данни на всички показани лица; първо потвърждавате</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="243"/>
        <source>Keep personal data &amp;for:</source>
        <translation>Съхраняване на личните данни &amp;за:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="245"/>
        <source>after the project&apos;s &amp;end:</source>
        <translation>след &amp;края на проекта:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="275"/>
        <source>Personal data is kept until {date} (for audits of the grant), or longer for people who took part in later events: their period runs from their last event.</source>
        <translation>Личните данни се съхраняват до {date} (за одити на безвъзмездното финансиране) или по-дълго за хора, участвали в по-късни събития: техният срок тече от последното им събитие.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="297"/>
        <source>Looking…</source>
        <translation>Търсене…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="306"/>
        <source>Nobody is past the retention period.</source>
        <translation>Няма лица с изтекъл срок на съхранение.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="342"/>
        <source>Re&amp;fresh</source>
        <translation>Оп&amp;ресни</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="343"/>
        <source>Read the privacy log again</source>
        <translation>Повторно зареждане на дневника за поверителност</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="346"/>
        <source>Exports, imports, erasures and subject access answers made on this laptop: what, when and on which device. Kept in the database; it names people by id only.</source>
        <translation>Експорти, импорти, изтривания и отговори на искания за достъп, направени на този лаптоп: какво, кога и на кое устройство. Съхранява се в базата данни; лицата се посочват само с идентификатор.</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="88"/>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="88"/>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="88"/>
        <source>Room</source>
        <translation>Зала</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="88"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="88"/>
        <source>Facilitator</source>
        <translation>Фасилитатор</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="89"/>
        <source>Methodology</source>
        <translation>Методология</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="172"/>
        <source>{day} (outside the event&apos;s dates)</source>
        <translation>{day} (извън датите на събитието)</translation>
    </message>
</context>
<context>
    <name>ProgrammeView</name>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="243"/>
        <source>&amp;Add session…</source>
        <translation>&amp;Добави сесия…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="244"/>
        <source>Add a session to the event&apos;s programme</source>
        <translation>Добавяне на сесия в програмата на събитието</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="246"/>
        <source>Edit se&amp;ssion…</source>
        <translation>Редактирай &amp;сесията…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="247"/>
        <source>Change the selected session (Enter or double-click)</source>
        <translation>Промяна на избраната сесия (Enter или двойно щракване)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="249"/>
        <source>De&amp;lete session</source>
        <translation>&amp;Изтрий сесията</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="251"/>
        <source>Delete the selected session (Delete); Ctrl+Z brings it back</source>
        <translation>Изтриване на избраната сесия (Delete); Ctrl+Z я връща</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="308"/>
        <source>Programme of “{title}”</source>
        <translation>Програма на „{title}“</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="309"/>
        <source>No event chosen</source>
        <translation>Не е избрано събитие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="311"/>
        <source>No sessions yet. Add session… puts the first one in the programme.</source>
        <translation>Все още няма сесии. „Добави сесия…“ добавя първата в програмата.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="312"/>
        <source>Choose an event to see its programme.</source>
        <translation>Изберете събитие, за да видите програмата му.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="324"/>
        <source>2 sessions overlap in room {room} on {day}: “{first}” ({first_time}) and “{second}” ({second_time}).</source>
        <translation>2 сесии се застъпват в зала {room} на {day}: „{first}“ ({first_time}) и „{second}“ ({second_time}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="331"/>
        <source>Overlaps with “{other}” ({time}) in room {room}.</source>
        <translation>Застъпва се с „{other}“ ({time}) в зала {room}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="338"/>
        <source>Falls outside the event&apos;s dates: move it to one of its days.</source>
        <translation>Извън датите на събитието: преместете я в някой от дните му.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/programme_view.py" line="341"/>
        <source>%Ln session(s) fall outside the event&apos;s dates.</source>
        <translation>
            <numerusform>%Ln сесия е извън датите на събитието.</numerusform>
            <numerusform>%Ln сесии са извън датите на събитието.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="404"/>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="419"/>
        <source>Delete session</source>
        <translation>Изтриване на сесия</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="405"/>
        <source>Delete the session “{title}”?</source>
        <translation>Да се изтрие ли сесията „{title}“?</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/programme_view.py" line="416"/>
        <source>Delete session “{title}”</source>
        <translation>Изтриване на сесия „{title}“</translation>
    </message>
</context>
<context>
    <name>ProgressRunner</name>
    <message>
        <location filename="../ecnet_desktop/ui/tasks.py" line="128"/>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/tasks.py" line="173"/>
        <source>Cancelling…</source>
        <translation>Прекратяване…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../ecnet_desktop/app.py" line="333"/>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="62"/>
        <source>Question</source>
        <translation>Въпрос</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="62"/>
        <source>New question</source>
        <translation>Нов въпрос</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="69"/>
        <source>&amp;Required</source>
        <translation>&amp;Задължителен</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="73"/>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="74"/>
        <source>&amp;Name:</source>
        <translation>&amp;Име:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="75"/>
        <source>&amp;Section:</source>
        <translation>&amp;Раздел:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="81"/>
        <source>Text ({language}):</source>
        <translation>Текст ({language}):</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="84"/>
        <source>one choice a line: value = label</source>
        <translation>по един избор на ред: стойност = етикет</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="85"/>
        <source>&amp;Choices:</source>
        <translation>&amp;Възможности за избор:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="127"/>
        <source>Add question</source>
        <translation>Добавяне на въпрос</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/guide_editor.py" line="139"/>
        <source>Edit question</source>
        <translation>Редактиране на въпрос</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="38"/>
        <source>Question {number} of {count}</source>
        <translation>Въпрос {number} от {count}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="90"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="92"/>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="98"/>
        <source>Type the answer; Ctrl+Enter: next question.</source>
        <translation>Въведете отговора; Ctrl+Enter: следващ въпрос.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="99"/>
        <source>Type a number; Enter: next question.</source>
        <translation>Въведете число; Enter: следващ въпрос.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="100"/>
        <source>Press 1 to 5 (or arrows and Space); Enter: next.</source>
        <translation>Натиснете от 1 до 5 (или стрелки и интервал); Enter: напред.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="101"/>
        <source>Press the number of the answer; Enter: next.</source>
        <translation>Натиснете номера на отговора; Enter: напред.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="102"/>
        <source>Press numbers to tick or untick answers; Enter: next.</source>
        <translation>Натискайте цифри, за да поставите или махнете отметка на отговорите; Enter: напред.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="104"/>
        <source>Press 1 or Y for yes, 2 or N for no; Enter: next.</source>
        <translation>Натиснете 1 или Y за „да“, 2 или N за „не“; Enter: напред.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="106"/>
        <source>Required.</source>
        <translation>Задължителен.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_pages.py" line="106"/>
        <source>Optional.</source>
        <translation>По избор.</translation>
    </message>
</context>
<context>
    <name>RecommendationsView</name>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="42"/>
        <source>(no priority)</source>
        <translation>(без приоритет)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="54"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="57"/>
        <source>Recommendation</source>
        <translation>Препоръка</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="58"/>
        <source>Level</source>
        <translation>Ниво</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="59"/>
        <source>Addressed to</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="60"/>
        <source>Event</source>
        <translation>Събитие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="61"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="63"/>
        <source>Linked</source>
        <translation>Връзки</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="65"/>
        <source>Publishable</source>
        <translation>За публикуване</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="66"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="170"/>
        <source>%Ln recommendation(s)</source>
        <translation>
            <numerusform>%Ln препоръка</numerusform>
            <numerusform>%Ln препоръки</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="251"/>
        <source>Link recommendations</source>
        <translation>Свързване на препоръки</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="251"/>
        <source>Unlink recommendations</source>
        <translation>Премахване на връзката между препоръки</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="269"/>
        <source>Workbook (*.xlsx)</source>
        <translation>Работна книга (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="271"/>
        <source>Save the EC-NET Recommendations</source>
        <translation>Записване на препоръките на EC-NET</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="282"/>
        <source>Only &amp;publishable</source>
        <translation>Само за &amp;публикуване</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="284"/>
        <source>Show only the recommendations marked as ready to publish</source>
        <translation>Показване само на препоръките, отбелязани като готови за публикуване</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="285"/>
        <source>&amp;Linked to:</source>
        <translation>&amp;Свързани с:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="286"/>
        <source>&amp;Similar, not linked yet:</source>
        <translation>&amp;Сходни, още несвързани:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="287"/>
        <source>Lin&amp;k</source>
        <translation>Сво&amp;ржи</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="288"/>
        <source>Link the selected recommendation to another note</source>
        <translation>Свързване на избраната препоръка с друга бележка</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="289"/>
        <source>&amp;Unlink</source>
        <translation>Премахни &amp;връзката</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="290"/>
        <source>Remove the selected link</source>
        <translation>Премахване на избраната връзка</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="291"/>
        <source>Save as P&amp;DF…</source>
        <translation>Запиши като P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="293"/>
        <source>Save the recommendations shown as a PDF to print or share</source>
        <translation>Записване на показаните препоръки като PDF за печат или споделяне</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="294"/>
        <source>Save as &amp;workbook…</source>
        <translation>Запиши като &amp;работна книга…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="295"/>
        <source>Save the recommendations shown as an Excel workbook</source>
        <translation>Записване на показаните препоръки като работна книга на Excel</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="40"/>
        <source>Restore the database from a backup</source>
        <translation>Възстановяване на базата данни от резервно копие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="53"/>
        <source>&amp;Backups (newest first):</source>
        <translation>&amp;Резервни копия (първо най-новите):</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="55"/>
        <source>The current file is not deleted: it is renamed and kept beside the database.</source>
        <translation>Текущият файл не се изтрива: преименува се и се запазва до базата данни.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="63"/>
        <source>&amp;Restore selected backup</source>
        <translation>&amp;Възстанови избраното резервно копие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="77"/>
        <source>There are no backups of this database in {folder}.</source>
        <translation>В {folder} няма резервни копия на тази база данни.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="84"/>
        <source>before an import</source>
        <translation>преди импортиране</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="85"/>
        <source>before an update of the app</source>
        <translation>преди актуализиране на приложението</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="86"/>
        <source>before adding a list of people</source>
        <translation>преди добавяне на списък с хора</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="87"/>
        <source>{when} — {why} ({size} kB)</source>
        <translation>{when} — {why} ({size} kB)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="89"/>
        <source>{backup} — latest good backup</source>
        <translation>{backup} — последно изправно резервно копие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="127"/>
        <source>Restore the selected backup to go on working; changes made after it was taken are not in it.</source>
        <translation>Възстановете избраното резервно копие, за да продължите работа; промените, направени след създаването му, не се съдържат в него.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="129"/>
        <source>Without a backup the database cannot be repaired by the app.</source>
        <translation>Без резервно копие приложението не може да поправи базата данни.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="141"/>
        <source>Restore from backup</source>
        <translation>Възстановяване от резервно копие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="141"/>
        <source>A database on a server is backed up and restored by the server&apos;s administrator.</source>
        <translation>Резервното копиране и възстановяването на база данни на сървър се извършват от администратора на сървъра.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="144"/>
        <source>Replace the database {path} with one of its backups. Changes made after the backup was taken are not in it.</source>
        <translation>Заменете базата данни {path} с някое от резервните ѝ копия. Промените, направени след създаването на копието, не се съдържат в него.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="168"/>
        <source>The database was restored from {backup}.</source>
        <translation>Базата данни е възстановена от {backup}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="171"/>
        <source>The replaced file was kept as {aside}.</source>
        <translation>Замененият файл е запазен като {aside}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/database_recovery.py" line="173"/>
        <source>Database restored</source>
        <translation>Базата данни е възстановена</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="174"/>
        <source>Change registration</source>
        <translation>Промяна на регистрацията</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="175"/>
        <source>Register for {event}</source>
        <translation>Регистрация за {event}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="188"/>
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} и още %Ln</numerusform>
            <numerusform>{names} и още %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="197"/>
        <source>(each keeps their own)</source>
        <translation>(всеки запазва своите)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="200"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роля:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="201"/>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="202"/>
        <source>&amp;Invited by town:</source>
        <translation>&amp;Поканен от град:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="233"/>
        <source>Choose at least one person in the list.</source>
        <translation>Изберете поне едно лице от списъка.</translation>
    </message>
</context>
<context>
    <name>RegistrationsPanel</name>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="62"/>
        <source>international</source>
        <translation>международен</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="63"/>
        <source>local</source>
        <translation>местен</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="67"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="71"/>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="74"/>
        <source>Given name</source>
        <translation>Собствено име</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="76"/>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="93"/>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="78"/>
        <source>Local / international</source>
        <translation>Местен / международен</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="79"/>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="81"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="83"/>
        <source>Invited by</source>
        <translation>Поканен от</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="86"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="88"/>
        <source>Town</source>
        <translation>Град</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="94"/>
        <source>People</source>
        <translation>Хора</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="274"/>
        <source>&amp;Add people…</source>
        <translation>&amp;Добави хора…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="275"/>
        <source>Register people from the address book for this event</source>
        <translation>Регистриране на лица от адресника за това събитие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="277"/>
        <source>C&amp;hange role or status…</source>
        <translation>&amp;Промени роля или статус…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="279"/>
        <source>Change the role or status of the selected registrations</source>
        <translation>Промяна на ролята или статуса на избраните регистрации</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="281"/>
        <source>Un&amp;register</source>
        <translation>Отмени &amp;регистрацията</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="283"/>
        <source>Remove the selected people from this event; Ctrl+Z brings them back</source>
        <translation>Премахване на избраните лица от това събитие; Ctrl+Z ги връща</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="285"/>
        <source>E&amp;xport participant list…</source>
        <translation>&amp;Експортирай списъка с участници…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="287"/>
        <source>Save this event&apos;s participant list as an Excel workbook</source>
        <translation>Записване на списъка с участници в това събитие като работна книга на Excel</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="289"/>
        <source>&amp;Import registrations…</source>
        <translation>&amp;Импортирай регистрации…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="291"/>
        <source>Read a CSV or XLSX list from a partner town or an online form</source>
        <translation>Прочитане на списък в CSV или XLSX от партньорски град или онлайн формуляр</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="364"/>
        <source>No event chosen</source>
        <translation>Не е избрано събитие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="366"/>
        <source>Choose the current event in the toolbar to see and change its registrations.</source>
        <translation>Изберете текущото събитие в лентата с инструменти, за да видите и промените регистрациите му.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="373"/>
        <source>{title} — {place}, {start} to {end}</source>
        <translation>{title} — {place}, от {start} до {end}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="378"/>
        <source>{registered} registered: {local} local, {international} international ({countries} countries). {listed} registrations in the list, including cancelled and no-shows.</source>
        <translation>Регистрирани: {registered} (местни {local}, международни {international}; държави: {countries}). Регистрации в списъка: {listed}, включително отменените и неявилите се.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="446"/>
        <source>Register %Ln people</source>
        <translation>
            <numerusform>Регистрирай %Ln лице</numerusform>
            <numerusform>Регистрирай %Ln лица</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="459"/>
        <source>Change %Ln registrations</source>
        <translation>
            <numerusform>Промени %Ln регистрация</numerusform>
            <numerusform>Промени %Ln регистрации</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="467"/>
        <source>Unregister %Ln people</source>
        <translation>
            <numerusform>Отмени регистрацията на %Ln лице</numerusform>
            <numerusform>Отмени регистрацията на %Ln лица</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="475"/>
        <source>participants {title}.xlsx</source>
        <translation>участници {title}.xlsx</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="478"/>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="502"/>
        <source>Export participant list</source>
        <translation>Експорт на списъка с участници</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="479"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Работни книги на Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="492"/>
        <source>Exporting the participant list…</source>
        <translation>Експортиране на списъка с участници…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="496"/>
        <source>Saved %Ln participants to {path}.</source>
        <translation>
            <numerusform>%Ln участник е записан в {path}.</numerusform>
            <numerusform>%Ln участници са записани в {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWorkbooks</name>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="62"/>
        <source>Save the event report as a &amp;workbook (.xlsx)…</source>
        <translation>Запиши отчета за събитието като &amp;работна книга (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="63"/>
        <source>Save the project &amp;summary workbook (.xlsx)…</source>
        <translation>Запиши &amp;обобщаващата работна книга на проекта (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="65"/>
        <source>Asks where to save, then writes the chosen event&apos;s report (figures per country, category and session) as an Excel workbook.</source>
        <translation>Пита къде да се запише, след което записва отчета за избраното събитие (данни по държави, категории и сесии) като работна книга на Excel.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="68"/>
        <source>Asks where to save, then writes the figures of every event of the project, and their totals, as an Excel workbook.</source>
        <translation>Пита къде да се запише, след което записва данните за всички събития на проекта и общите им стойности като работна книга на Excel.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="80"/>
        <source>Save workbook</source>
        <translation>Записване на работна книга</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="81"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Работни книги на Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="90"/>
        <source>Choose an event first.</source>
        <translation>Първо изберете събитие.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="108"/>
        <source>Writing the event report workbook…</source>
        <translation>Записване на работната книга с отчета за събитието…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="118"/>
        <source>Writing the project summary workbook…</source>
        <translation>Записване на обобщаващата работна книга на проекта…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="133"/>
        <source>Saved {path}.</source>
        <translation>Записано: {path}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/report_workbooks.py" line="142"/>
        <source>Cancelled; no workbook was written.</source>
        <translation>Прекратено; не е записана работна книга.</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="147"/>
        <source>The printer could not be opened.</source>
        <translation>Принтерът не може да бъде отворен.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="384"/>
        <source>&amp;Document:</source>
        <translation>До&amp;кумент:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="385"/>
        <source>&amp;Event:</source>
        <translation>&amp;Събитие:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="386"/>
        <source>Attendance sheet (EU, to sign)</source>
        <translation>Присъствен списък (ЕС, за подпис)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="387"/>
        <source>Name badges with QR code</source>
        <translation>Баджове с QR код</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="388"/>
        <source>Certificates of attendance</source>
        <translation>Сертификати за участие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="389"/>
        <source>Event report (grant)</source>
        <translation>Отчет за събитието (за финансирането)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="391"/>
        <source>Options</source>
        <translation>Опции</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="392"/>
        <source>&amp;Lists:</source>
        <translation>Сп&amp;исъци:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="393"/>
        <source>One list for the whole event has a signature column per day.</source>
        <translation>Един списък за цялото събитие има колона за подпис за всеки ден.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="395"/>
        <source>for the whole event</source>
        <translation>за цялото събитие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="395"/>
        <source>one per day</source>
        <translation>по един на ден</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="396"/>
        <source>one per session</source>
        <translation>по един на сесия</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="398"/>
        <source>&amp;Blank rows for walk-ins:</source>
        <translation>Празни &amp;редове за регистрирани на място:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="399"/>
        <source>&amp;Orientation:</source>
        <translation>&amp;Ориентация:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="400"/>
        <source>Automatic: landscape when a list has a signature column for several days.</source>
        <translation>Автоматично: хоризонтално, когато списъкът има колона за подпис за няколко дни.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="402"/>
        <source>automatic</source>
        <translation>автоматично</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="402"/>
        <source>portrait</source>
        <translation>вертикално</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="403"/>
        <source>landscape</source>
        <translation>хоризонтално</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="405"/>
        <source>Legal &amp;representative:</source>
        <translation>Законен &amp;представител:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="406"/>
        <source>pre-printed in the certification</source>
        <translation>предварително отпечатан в удостоверяването</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="407"/>
        <source>One list per invited &amp;town</source>
        <translation>Отделен списък за всеки поканил &amp;град</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="408"/>
        <source>&amp;Local and international participants on separate lists</source>
        <translation>&amp;Местните и международните участници в отделни списъци</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="410"/>
        <source>Prints a separate list for the participants invited by each partner town</source>
        <translation>Отпечатва отделен списък за участниците, поканени от всеки партньорски град</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="412"/>
        <source>Prints local participants and participants from other countries on separate lists</source>
        <translation>Отпечатва местните участници и участниците от други държави в отделни списъци</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="413"/>
        <source>&amp;Badges per sheet:</source>
        <translation>&amp;Баджове на лист:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="414"/>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="415"/>
        <source>&amp;For:</source>
        <translation>&amp;За:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="416"/>
        <source>&amp;Signed by:</source>
        <translation>Подпис&amp;ал:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="417"/>
        <source>R&amp;ole of the signatory:</source>
        <translation>Д&amp;лъжност на подписващия:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="418"/>
        <source>e.g. Mayor, Project coordinator</source>
        <translation>напр. кмет, координатор на проекта</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="419"/>
        <source>&amp;Place:</source>
        <translation>&amp;Място:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="420"/>
        <source>the event&apos;s town</source>
        <translation>градът на събитието</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="421"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="422"/>
        <source>&amp;Generate</source>
        <translation>Ге&amp;нерирай</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="423"/>
        <source>P&amp;rint…</source>
        <translation>Пе&amp;чат…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="424"/>
        <source>Open in PDF &amp;viewer</source>
        <translation>Отвори в програма за &amp;PDF</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="425"/>
        <source>Sa&amp;ve as…</source>
        <translation>Запиши ка&amp;то…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="427"/>
        <source>Writes the chosen document for the chosen event as a PDF, on the paper size set in Preferences, and shows its first pages here.</source>
        <translation>Записва избрания документ за избраното събитие като PDF с размера на хартията от Настройки и показва тук първите му страници.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="430"/>
        <source>Chooses a printer, then sends the generated document&apos;s pages to it.</source>
        <translation>Избира принтер и му изпраща страниците на създадения документ.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="432"/>
        <source>Opens the generated PDF in the computer&apos;s PDF viewer, to see or print every page.</source>
        <translation>Отваря създадения PDF във визуализатора на PDF на компютъра, за да видите или отпечатате всички страници.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="434"/>
        <source>Saves a copy of the generated PDF where you choose (a USB stick, a shared folder).</source>
        <translation>Записва копие на създадения PDF на избрано от вас място (USB памет, споделена папка).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="467"/>
        <source>Paper size: {paper} (change it in Edit ▸ Preferences).</source>
        <translation>Размер на хартията: {paper} (променя се в Редактиране ▸ Настройки).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="541"/>
        <source>everyone registered</source>
        <translation>всички регистрирани</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="543"/>
        <source>everyone checked in at least once</source>
        <translation>всички с поне едно отбелязано пристигане</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="557"/>
        <source>Registered participants are listed alphabetically; cancelled registrations and no-shows are left out. Labels keep the English alongside the chosen language.</source>
        <translation>Регистрираните участници са подредени по азбучен ред; отменените регистрации и неявилите се са пропуснати. Надписите запазват английския текст наред с избрания език.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="560"/>
        <source>The QR code on each badge checks the person in at the desk for this event.</source>
        <translation>QR кодът на всеки бадж отбелязва пристигането на лицето на гишето за това събитие.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="562"/>
        <source>One page per person, with the sessions they were checked in for and their hours.</source>
        <translation>По една страница на лице, със сесиите, за които е отбелязано пристигането му, и часовете им.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="564"/>
        <source>Place and dates, participants per country (local and international), categories, sessions, the one-third check and the text for the host town&apos;s website.</source>
        <translation>Място и дати, участници по държави (местни и международни), категории, сесии, проверката за една трета и текст за уебсайта на града домакин.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="639"/>
        <source>Choose an event first.</source>
        <translation>Първо изберете събитие.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="647"/>
        <source>Generating…</source>
        <translation>Генериране…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="649"/>
        <source>Generating the document…</source>
        <translation>Генериране на документа…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="670"/>
        <source>Cancelled; no document was written.</source>
        <translation>Прекратено; не е записан документ.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="707"/>
        <source>Choose a document and press Generate.</source>
        <translation>Изберете документ и натиснете „Генерирай“.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/reports_view.py" line="711"/>
        <source>{name}: %Ln page(s).</source>
        <translation>
            <numerusform>{name}: %Ln страница.</numerusform>
            <numerusform>{name}: %Ln страници.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="713"/>
        <source>The first {shown} are shown here; open it in the PDF viewer to see all.</source>
        <translation>Тук са показани първите {shown}; отворете документа в програма за PDF, за да видите всички.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="739"/>
        <source>Print {name}</source>
        <translation>Печат на {name}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="747"/>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="748"/>
        <source>Printing…</source>
        <translation>Отпечатване…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/reports_view.py" line="758"/>
        <source>Sent %Ln page(s) to the printer.</source>
        <translation>
            <numerusform>%Ln страница е изпратена към принтера.</numerusform>
            <numerusform>%Ln страници са изпратени към принтера.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="764"/>
        <source>Printing cancelled.</source>
        <translation>Отпечатването е прекратено.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="775"/>
        <source>Save the document as</source>
        <translation>Записване на документа като</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="777"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF документи (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="783"/>
        <source>Could not save {path}: {reason}</source>
        <translation>{path} не може да бъде записан: {reason}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/reports_view.py" line="786"/>
        <source>Saved as {path}.</source>
        <translation>Записано като {path}.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="579"/>
        <source>Imported</source>
        <translation>Импортирани</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="580"/>
        <source>The people are registered for the event.</source>
        <translation>Хората са регистрирани за събитието.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="592"/>
        <source>People created and registered: {n}</source>
        <translation>Създадени и регистрирани лица: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="593"/>
        <source>People already in the database, now registered: {n}</source>
        <translation>Лица, които вече са в базата данни, сега регистрирани: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="595"/>
        <source>Already registered for this event: {n}</source>
        <translation>Вече регистрирани за това събитие: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="597"/>
        <source>Organisations created: {n}</source>
        <translation>Създадени организации: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="598"/>
        <source>Rows not imported: {n}</source>
        <translation>Неимпортирани редове: {n}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="602"/>
        <source>A copy of the database from before the import: {path}</source>
        <translation>Копие на базата данни отпреди импортирането: {path}</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="145"/>
        <source>New session</source>
        <translation>Нова сесия</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="146"/>
        <source>Edit session</source>
        <translation>Редактиране на сесия</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="155"/>
        <source>{day} (outside the event)</source>
        <translation>{day} (извън събитието)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="174"/>
        <source>Type part of a name</source>
        <translation>Въведете част от име</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="176"/>
        <source>(none)</source>
        <translation>(няма)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="195"/>
        <source>&amp;until</source>
        <translation>&amp;до</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="204"/>
        <source>&amp;Title:</source>
        <translation>&amp;Заглавие:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="205"/>
        <source>&amp;Day:</source>
        <translation>Д&amp;ен:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="206"/>
        <source>Ti&amp;me:</source>
        <translation>&amp;Час:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="207"/>
        <source>&amp;Room:</source>
        <translation>З&amp;ала:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="208"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="209"/>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Фасилитатор:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="210"/>
        <source>Met&amp;hodology:</source>
        <translation>&amp;Методология:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="211"/>
        <source>&amp;Priorities:</source>
        <translation>&amp;Приоритети:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="257"/>
        <source>Choose the facilitator from the list that opens as you type, or leave the field empty.</source>
        <translation>Изберете фасилитатора от списъка, който се отваря, докато пишете, или оставете полето празно.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="266"/>
        <source>Add session “{title}”</source>
        <translation>Добавяне на сесия „{title}“</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/session_form.py" line="270"/>
        <source>Edit session “{title}”</source>
        <translation>Редактиране на сесия „{title}“</translation>
    </message>
</context>
<context>
    <name>StartInterviewDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="45"/>
        <source>New interview</source>
        <translation>Ново интервю</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="53"/>
        <source>(no event)</source>
        <translation>(без събитие)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="60"/>
        <source>&amp;Registered person</source>
        <translation>&amp;Регистрирано лице</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="61"/>
        <source>&amp;Anonymous respondent</source>
        <translation>&amp;Анонимен респондент</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="67"/>
        <source>Type a name to find the person</source>
        <translation>Въведете име, за да намерите лицето</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="77"/>
        <source>optional, e.g. the number on a paper form</source>
        <translation>по избор, напр. номерът на хартиения формуляр</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="92"/>
        <source>&amp;Guide:</source>
        <translation>Р&amp;ъководство:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="93"/>
        <source>&amp;Event:</source>
        <translation>&amp;Събитие:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="95"/>
        <source>&amp;Find:</source>
        <translation>&amp;Търсене:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="98"/>
        <source>C&amp;ode:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="99"/>
        <source>Ca&amp;tegory:</source>
        <translation>Кат&amp;егория:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="100"/>
        <source>Co&amp;untry:</source>
        <translation>Държа&amp;ва:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="101"/>
        <source>A&amp;ge band:</source>
        <translation>Възрастова &amp;група:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="102"/>
        <source>&amp;Interviewer:</source>
        <translation>&amp;Интервюиращ:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="103"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="126"/>
        <source>Create or import an interview guide first.</source>
        <translation>Първо създайте или импортирайте ръководство за интервю.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/interview_start.py" line="138"/>
        <source>Find the person by name and choose them in the list.</source>
        <translation>Намерете лицето по име и го изберете от списъка.</translation>
    </message>
</context>
<context>
    <name>SubjectAccessDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="47"/>
        <source>Everything about {name}</source>
        <translation>Всичко за {name}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="49"/>
        <source>Write everything this database holds about {name} — personal data, consents, registrations, attendance, notes, interviews and audit entries — to answer a subject access request.</source>
        <translation>Запишете всичко, което тази база данни съдържа за {name} — лични данни, съгласия, регистрации, присъствие, бележки, интервюта и записи в одитния журнал, — за да отговорите на искане за достъп на субекта на данните.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="54"/>
        <source>⚠ The file contains personal data: give it only to the person it is about, protect it with a password when it travels, and delete your copy afterwards.</source>
        <translation>⚠ Файлът съдържа лични данни: предайте го само на лицето, за което се отнася, защитете го с парола, когато се пренася, и след това изтрийте своето копие.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="58"/>
        <source>E&amp;xcel workbook (.xlsx)</source>
        <translation>Работна книга на E&amp;xcel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="59"/>
        <source>P&amp;DF document</source>
        <translation>P&amp;DF документ</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="65"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Преглед…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="70"/>
        <source>optional: encrypts the workbook</source>
        <translation>по избор: шифрова работната книга</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="86"/>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="87"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="90"/>
        <source>&amp;Password:</source>
        <translation>П&amp;арола:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="91"/>
        <source>&amp;Repeat:</source>
        <translation>П&amp;овторете:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="93"/>
        <source>&amp;Write file</source>
        <translation>&amp;Запиши файла</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="126"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Работни книги на Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="126"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF документи (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="138"/>
        <source>Choose where to write the file.</source>
        <translation>Изберете къде да се запише файлът.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="144"/>
        <source>The two passwords differ.</source>
        <translation>Двете пароли се различават.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="159"/>
        <source>Writing…</source>
        <translation>Записване…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/subject_access_dialog.py" line="167"/>
        <source>Written to {file}.</source>
        <translation>Записано във {file}.</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/overview_targets.py" line="27"/>
        <source>Project targets</source>
        <translation>Цели на проекта</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_targets.py" line="41"/>
        <source>International &amp;events:</source>
        <translation>Международни &amp;събития:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_targets.py" line="42"/>
        <source>Direct &amp;participants:</source>
        <translation>Преки &amp;участници:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_targets.py" line="43"/>
        <source>&amp;Countries:</source>
        <translation>&amp;Държави:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/overview_targets.py" line="47"/>
        <source>What the grant agreement promised. Participants count each person once, across every event.</source>
        <translation>Заложеното в споразумението за безвъзмездно финансиране. Участниците броят всяко лице веднъж, във всички събития.</translation>
    </message>
</context>
<context>
    <name>ToolkitView</name>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="38"/>
        <source>Methodology</source>
        <translation>Методология</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="40"/>
        <source>Duration</source>
        <translation>Продължителност</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="40"/>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="56"/>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="43"/>
        <source>Group size</source>
        <translation>Размер на групата</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="44"/>
        <source>Priorities</source>
        <translation>Приоритети</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="46"/>
        <source>Used</source>
        <translation>Използвания</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="57"/>
        <source>group: {size}</source>
        <translation>група: {size}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="58"/>
        <source>from: {network}</source>
        <translation>източник: {network}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="62"/>
        <source>Aim</source>
        <translation>Цел</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="63"/>
        <source>Summary</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="64"/>
        <source>Steps</source>
        <translation>Стъпки</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="65"/>
        <source>Materials</source>
        <translation>Материали</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="66"/>
        <source>Tips</source>
        <translation>Съвети</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="69"/>
        <source>Where it was used</source>
        <translation>Къде е използвана</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="76"/>
        <source>Not used at a recorded session yet.</source>
        <translation>Все още не е използвана на записана сесия.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="78"/>
        <source>Outcomes of those sessions</source>
        <translation>Резултати от тези сесии</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="178"/>
        <source>%Ln methodology(ies)</source>
        <translation>
            <numerusform>%Ln методология</numerusform>
            <numerusform>%Ln методологии</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="212"/>
        <source>Added %Ln methodology(ies) to the Toolkit.</source>
        <translation>
            <numerusform>%Ln методология е добавена в Toolkit.</numerusform>
            <numerusform>%Ln методологии са добавени в Toolkit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="218"/>
        <source>Workbook (*.xlsx)</source>
        <translation>Работна книга (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="219"/>
        <source>Save the EC-NET Toolkit</source>
        <translation>Записване на EC-NET Toolkit</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="225"/>
        <source>&amp;Find:</source>
        <translation>&amp;Търсене:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="226"/>
        <source>Words in the name, aim or summary</source>
        <translation>Думи в наименованието, целта или резюмето</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="227"/>
        <source>Add the &amp;standard methods</source>
        <translation>Добави &amp;стандартните методи</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="229"/>
        <source>Adds the participatory methods of the EC-NET Toolkit that this database does not hold yet (methods you deleted stay deleted).</source>
        <translation>Добавя участническите методи от EC-NET Toolkit, които все още не са в тази база данни (изтритите от вас методи остават изтрити).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="231"/>
        <source>Save as P&amp;DF…</source>
        <translation>Запиши като P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="232"/>
        <source>Save the toolkit as a PDF to print or share</source>
        <translation>Записване на Toolkit като PDF за печат или споделяне</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="233"/>
        <source>Save as &amp;workbook…</source>
        <translation>Запиши като &amp;работна книга…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="234"/>
        <source>Save the toolkit as an Excel workbook</source>
        <translation>Записване на Toolkit като работна книга на Excel</translation>
    </message>
</context>
<context>
    <name>WalkinDialog</name>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="129"/>
        <source>Walk-in</source>
        <translation>Регистрация на място</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="137"/>
        <source>Optional; a new name is created</source>
        <translation>По избор; създава се ново наименование</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="144"/>
        <source>Agrees to the processing of their personal data (consent text {version})</source>
        <translation>Съгласява се с обработването на личните си данни (текст на съгласието {version})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="154"/>
        <source>Check in the selected person &amp;instead</source>
        <translation>Вместо това отбележи пристигането на &amp;избраното лице</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="156"/>
        <source>Do not add a new person: check in the selected existing person</source>
        <translation>Без добавяне на ново лице: отбелязване на пристигането на избраното съществуващо лице</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="165"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Собствено име:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="166"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="167"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Държава:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="168"/>
        <source>O&amp;rganisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="170"/>
        <source>C&amp;ategory:</source>
        <translation>Ка&amp;тегория:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="177"/>
        <source>&amp;Register and check in</source>
        <translation>&amp;Регистрирай и отбележи пристигане</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="184"/>
        <source>Register a new person for {event} and check them in.</source>
        <translation>Регистрирайте ново лице за {event} и отбележете пристигането му.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/walkin_dialog.py" line="313"/>
        <source>Walk-in “{name}”</source>
        <translation>Регистрация на място: „{name}“</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../ecnet_desktop/services/audit.py" line="35"/>
        <source>export</source>
        <translation>експорт</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/audit.py" line="36"/>
        <source>import</source>
        <translation>импорт</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/audit.py" line="37"/>
        <source>erasure</source>
        <translation>изтриване</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/audit.py" line="38"/>
        <source>subject access export</source>
        <translation>експорт при искане за достъп</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/audit.py" line="39"/>
        <source>research export</source>
        <translation>експорт за изследване</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/audit.py" line="40"/>
        <source>backups scrubbed</source>
        <translation>изчистени резервни копия</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/audit.py" line="41"/>
        <source>consent</source>
        <translation>съгласие</translation>
    </message>
</context>
<context>
    <name>checkin</name>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="143"/>
        <source>{name} is checked in.</source>
        <translation>Пристигането на {name} е отбелязано.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="144"/>
        <source>{name} was already checked in.</source>
        <translation>Пристигането на {name} вече беше отбелязано.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="145"/>
        <source>This is not an EC-NET badge code.</source>
        <translation>Това не е код на бадж на EC-NET.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="146"/>
        <source>This badge code cannot be read (damaged or mistyped). Search by name instead.</source>
        <translation>Този код на бадж не може да бъде прочетен (повреден или грешно въведен). Потърсете по име.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="148"/>
        <source>This badge belongs to nobody in this database. Search by name, or register the person as a walk-in.</source>
        <translation>Този бадж не принадлежи на никого в тази база данни. Потърсете по име или регистрирайте лицето на място.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="151"/>
        <source>This badge is for another event: “{title}”. Search by name to check the person in here.</source>
        <translation>Този бадж е за друго събитие: „{title}“. Потърсете по име, за да отбележите пристигането на лицето тук.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="154"/>
        <source>This badge is for an event that is not in this database. Search by name to check the person in here.</source>
        <translation>Този бадж е за събитие, което не е в тази база данни. Потърсете по име, за да отбележите пристигането на лицето тук.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/checkin.py" line="157"/>
        <source>The session “{title}” is not part of this event.</source>
        <translation>Сесията „{title}“ не е част от това събитие.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../ecnet_desktop/cli.py" line="218"/>
        <location filename="../ecnet_desktop/cli_common.py" line="20"/>
        <source>Interrupted; nothing was changed.</source>
        <translation>Прекъснато; нищо не е променено.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_compendium.py" line="25"/>
        <source>Wrote {path} ({rows} rows).</source>
        <translation>Записан е {path} ({rows} реда).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_compendium.py" line="31"/>
        <location filename="../ecnet_desktop/cli_print.py" line="70"/>
        <source>Wrote {path} (1 page).</source>
        <translation>Записан е {path} (1 страница).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_compendium.py" line="32"/>
        <location filename="../ecnet_desktop/cli_print.py" line="71"/>
        <source>Wrote {path} ({pages} pages).</source>
        <translation>Записан е {path} ({pages} страници).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_erase.py" line="45"/>
        <source>Erasure cannot be undone: add --yes to erase without a question.</source>
        <translation>Изтриването не може да бъде отменено: добавете --yes, за да изтриете без въпрос.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_erase.py" line="47"/>
        <source>Erase every personal detail of {name} ({id})? This cannot be undone. [y/N] </source>
        <translation>Да се изтрият ли всички лични данни на {name} ({id})? Това не може да бъде отменено. [y/N] </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_erase.py" line="51"/>
        <source>Nothing was erased.</source>
        <translation>Нищо не е изтрито.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_exchange.py" line="65"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Папката {folder} не съществува.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_exchange.py" line="67"/>
        <source>{path} does not exist yet: the preview shows what importing into a new, empty database would do; nothing was created.</source>
        <translation>{path} все още не съществува: прегледът показва какво би направило импортирането в нова, празна база данни; нищо не е създадено.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_common.py" line="19"/>
        <source>Interrupted; no file was written.</source>
        <translation>Прекъснато; не е записан файл.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_print.py" line="68"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} не може да бъде записан: {reason}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_print.py" line="84"/>
        <source>--event is required for attendance, badges, certificates and report.</source>
        <translation>--event е задължителен за attendance, badges, certificates и report.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_print.py" line="87"/>
        <source>--person works with badges and certificates; an attendance sheet lists everyone registered.</source>
        <translation>--person работи с badges и certificates; присъственият списък включва всички регистрирани.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="37"/>
        <source>No valid row to import in {file}; nothing was changed.</source>
        <translation>Във {file} няма валиден ред за импортиране; нищо не е променено.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="41"/>
        <source>Dry run: nothing was changed.</source>
        <translation>Пробно изпълнение: нищо не е променено.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="44"/>
        <source>Imported. People created: {created}; people already in the database now registered: {existing}; already registered for this event: {already}; organisations created: {orgs}.</source>
        <translation>Импортирано. Създадени лица: {created}; лица, които вече са в базата данни, сега регистрирани: {existing}; вече регистрирани за това събитие: {already}; създадени организации: {orgs}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="51"/>
        <source>Backup taken before the import: {path}</source>
        <translation>Резервно копие, направено преди импортирането: {path}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="60"/>
        <source>{file}, sheet “{sheet}”, header on row {row}, for the event “{event}”:</source>
        <translation>{file}, лист „{sheet}“, заглавен ред {row}, за събитието „{event}“:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="65"/>
        <source>{file} ({encoding}, separated by {delimiter}), header on row {row}, for the event “{event}”:</source>
        <translation>{file} ({encoding}, разделител {delimiter}), заглавен ред {row}, за събитието „{event}“:</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="71"/>
        <source>  New people: {new}; people already in the database: {existing}; rows repeated in the file: {repeated}; rows rejected: {rejected}.</source>
        <translation>  Нови лица: {new}; лица, които вече са в базата данни: {existing}; повторени редове във файла: {repeated}; отхвърлени редове: {rejected}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="81"/>
        <source>  Row {row}: {name} matches {existing} in the database ({reason}), already registered for this event.</source>
        <translation>  Ред {row}: {name} съвпада с {existing} в базата данни ({reason}), вече регистриран(а) за това събитие.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="85"/>
        <source>  Row {row}: {name} matches {existing} in the database ({reason}): that person is registered.</source>
        <translation>  Ред {row}: {name} съвпада с {existing} в базата данни ({reason}): това лице се регистрира.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="89"/>
        <source>  Row {row}: {name} looks like {existing} ({reason}), but their names or e-mails differ: a new person is created.</source>
        <translation>  Ред {row}: {name} прилича на {existing} ({reason}), но имената или имейлите се различават: създава се ново лице.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="95"/>
        <source>  Row {row} repeats row {first} ({name}): skipped.</source>
        <translation>  Ред {row} повтаря ред {first} ({name}): пропуснат.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_register.py" line="101"/>
        <source>  Unknown columns, not imported: {headers}.</source>
        <translation>  Неизвестни колони, не се импортират: {headers}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_report.py" line="21"/>
        <source>The event report is printed as PDF: give --out a name ending in .pdf (the workbook comes from `ecnet-desktop summary --event ID --out FILE.xlsx`).</source>
        <translation>Отчетът за събитието се отпечатва като PDF: задайте за --out име, завършващо на .pdf (работната книга се получава с `ecnet-desktop summary --event ID --out FILE.xlsx`).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_report.py" line="24"/>
        <source>The summary is a workbook: give --out a name ending in .xlsx.</source>
        <translation>Обобщението е работна книга: задайте за --out име, завършващо на .xlsx.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_report.py" line="60"/>
        <source>Wrote {path}.</source>
        <translation>Записан е {path}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/cli_research.py" line="28"/>
        <source>Wrote {path}: {n} interviews from {guides} guides, pseudonymised.</source>
        <translation>Записан е {path}: интервюта {n} от ръководства {guides}, псевдонимизирани.</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <location filename="../ecnet_desktop/services/duplicates.py" line="19"/>
        <source>same e-mail</source>
        <translation>същият имейл</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/duplicates.py" line="20"/>
        <source>similar name</source>
        <translation>сходно име</translation>
    </message>
</context>
<context>
    <name>enum</name>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="128"/>
        <source>international event</source>
        <translation>международно събитие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="129"/>
        <source>local working group</source>
        <translation>местна работна група</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="130"/>
        <location filename="../ecnet_desktop/domain/enums.py" line="136"/>
        <location filename="../ecnet_desktop/domain/enums.py" line="140"/>
        <location filename="../ecnet_desktop/domain/enums.py" line="145"/>
        <location filename="../ecnet_desktop/domain/enums.py" line="148"/>
        <source>other</source>
        <translation>друго</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="131"/>
        <source>plenary</source>
        <translation>пленарна сесия</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="132"/>
        <source>workshop</source>
        <translation>работилница</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="133"/>
        <source>study visit</source>
        <translation>учебно посещение</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="134"/>
        <source>panel debate</source>
        <translation>панелна дискусия</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="135"/>
        <source>cultural programme</source>
        <translation>културна програма</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="137"/>
        <source>municipality</source>
        <translation>община</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="138"/>
        <source>civil-society organisation</source>
        <translation>организация на гражданското общество</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="139"/>
        <source>school</source>
        <translation>училище</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="141"/>
        <source>policy maker</source>
        <translation>лице, определящо политики</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="142"/>
        <source>public officer</source>
        <translation>служител в администрацията</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="143"/>
        <source>activist</source>
        <translation>активист</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="144"/>
        <source>citizen</source>
        <translation>гражданин</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="146"/>
        <source>female</source>
        <translation>жена</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="147"/>
        <source>male</source>
        <translation>мъж</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="149"/>
        <source>prefers not to say</source>
        <translation>предпочита да не посочва</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="150"/>
        <source>participant</source>
        <translation>участник</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="151"/>
        <source>speaker</source>
        <translation>лектор</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="152"/>
        <source>facilitator</source>
        <translation>фасилитатор</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="153"/>
        <source>staff</source>
        <translation>персонал</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="154"/>
        <source>interpreter</source>
        <translation>преводач</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="155"/>
        <source>registered</source>
        <translation>регистриран</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="156"/>
        <source>cancelled</source>
        <translation>отменен</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="157"/>
        <source>no-show</source>
        <translation>неявил се</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="158"/>
        <source>desk</source>
        <translation>гише</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="159"/>
        <source>badge scan</source>
        <translation>сканиране на бадж</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="160"/>
        <source>paper sheet</source>
        <translation>хартиен списък</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="161"/>
        <source>minutes</source>
        <translation>протокол</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="162"/>
        <source>observation</source>
        <translation>наблюдение</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="163"/>
        <source>outcome</source>
        <translation>резултат</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="164"/>
        <source>recommendation</source>
        <translation>препоръка</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="165"/>
        <source>quote</source>
        <translation>цитат</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="166"/>
        <source>Euroscepticism</source>
        <translation>Евроскептицизъм</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="167"/>
        <source>Solidarity</source>
        <translation>Солидарност</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="168"/>
        <source>Active citizenship</source>
        <translation>Активно гражданство</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="169"/>
        <source>Intercultural dialogue</source>
        <translation>Междукултурен диалог</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="170"/>
        <source>open text</source>
        <translation>свободен текст</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="171"/>
        <source>Likert 1–5</source>
        <translation>Ликертова скала 1–5</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="172"/>
        <source>single choice</source>
        <translation>единичен избор</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="173"/>
        <source>multiple choice</source>
        <translation>множествен избор</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="174"/>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="175"/>
        <source>yes/no</source>
        <translation>да/не</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="176"/>
        <source>draft</source>
        <translation>чернова</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="177"/>
        <source>completed</source>
        <translation>завършено</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="178"/>
        <source>local</source>
        <translation>местно</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="179"/>
        <source>national</source>
        <translation>национално</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="180"/>
        <source>European programme</source>
        <translation>европейска програма</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="181"/>
        <source>data processing</source>
        <translation>обработване на данни</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="182"/>
        <source>photos</source>
        <translation>снимки</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/enums.py" line="183"/>
        <source>appearing on lists</source>
        <translation>включване в списъци</translation>
    </message>
</context>
<context>
    <name>event report</name>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="27"/>
        <source>Participation: The event involved {count} participants, including {list}.</source>
        <translation>Участие: В събитието участваха {count} души, включително {list}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="29"/>
        <source>Participation: No participants have been recorded yet.</source>
        <translation>Участие: Все още няма записани участници.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="31"/>
        <source>{count} from {country}</source>
        <translation>{count} от {country}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="32"/>
        <source>{count} from other countries</source>
        <translation>{count} от други държави</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="33"/>
        <source>{items} and {last}</source>
        <translation>{items} и {last}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="34"/>
        <source>Place/Dates: The event took place in {place} from {start} to {end}.</source>
        <translation>Място/дати: Събитието се проведе в {place} от {start} до {end}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="36"/>
        <source>Place/Dates: The event took place in {place} on {date}.</source>
        <translation>Място/дати: Събитието се проведе в {place} на {date}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="38"/>
        <source>Short description: {text}</source>
        <translation>Кратко описание: {text}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="39"/>
        <source>The event “{title}” was part of the project EC-NET – European Citizenship Network of Towns.</source>
        <translation>Събитието „{title}“ беше част от проекта EC-NET – European Citizenship Network of Towns.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="42"/>
        <source>{day}: {activities}.</source>
        <translation>{day}: {activities}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/event_report_data.py" line="43"/>
        <source>The project was funded by the European Union within the “Europe for Citizens” programme.</source>
        <translation>Проектът беше финансиран от Европейския съюз по програма „Европа за гражданите“.</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="29"/>
        <source>EC-NET Recommendations</source>
        <translation>Препоръки на EC-NET</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="30"/>
        <source>EC-NET Toolkit</source>
        <translation>EC-NET Toolkit</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="31"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="32"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="33"/>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="34"/>
        <source>Level</source>
        <translation>Ниво</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="35"/>
        <source>Addressed to</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="36"/>
        <source>Recommendation</source>
        <translation>Препоръка</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="37"/>
        <source>All priorities</source>
        <translation>Всички приоритети</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="38"/>
        <source>Event</source>
        <translation>Събитие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="39"/>
        <source>Town</source>
        <translation>Град</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="40"/>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="41"/>
        <source>Dates</source>
        <translation>Дати</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="42"/>
        <source>Session</source>
        <translation>Сесия</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="43"/>
        <source>See also</source>
        <translation>Вижте също</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="44"/>
        <source>Methodology</source>
        <translation>Методология</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="45"/>
        <source>Aim</source>
        <translation>Цел</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="46"/>
        <source>Summary</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="47"/>
        <source>Steps</source>
        <translation>Стъпки</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="48"/>
        <source>Duration (minutes)</source>
        <translation>Продължителност (минути)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="49"/>
        <source>Group size</source>
        <translation>Размер на групата</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="50"/>
        <source>Materials</source>
        <translation>Материали</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="51"/>
        <source>Tips</source>
        <translation>Съвети</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="52"/>
        <source>Source network</source>
        <translation>Мрежа източник</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="53"/>
        <source>Used at (event — session, date)</source>
        <translation>Използвана на (събитие — сесия, дата)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="54"/>
        <source>Other topics</source>
        <translation>Други теми</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/compendium_xlsx.py" line="55"/>
        <source>whole event</source>
        <translation>цялото събитие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/safe_xlsx.py" line="75"/>
        <source>A text of {length} characters does not fit in a workbook cell (at most {limit}); shorten it and export again. It starts: {start}</source>
        <translation>Текст от {length} знака не се побира в клетка на работна книга (най-много {limit}); съкратете го и експортирайте отново. Започва така: {start}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/safe_xlsx.py" line="145"/>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} не може да бъде записан: {reason}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="64"/>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="65"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="66"/>
        <source>Consent texts</source>
        <translation>Текстове на съгласия</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="67"/>
        <source>Methodologies</source>
        <translation>Методологии</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="68"/>
        <source>Events</source>
        <translation>Събития</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="69"/>
        <source>People</source>
        <translation>Хора</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="70"/>
        <source>Sessions</source>
        <translation>Сесии</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="71"/>
        <source>Registrations</source>
        <translation>Регистрации</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="72"/>
        <source>Attendance</source>
        <translation>Присъствие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="73"/>
        <source>Notes</source>
        <translation>Бележки</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="74"/>
        <source>Interview guides</source>
        <translation>Ръководства за интервю</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="75"/>
        <source>Questions</source>
        <translation>Въпроси</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="76"/>
        <source>Interviews</source>
        <translation>Интервюта</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="77"/>
        <source>Answers</source>
        <translation>Отговори</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="80"/>
        <source>About</source>
        <translation>Относно</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="84"/>
        <source>format</source>
        <translation>формат</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="85"/>
        <source>format version</source>
        <translation>версия на формата</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="86"/>
        <source>app version</source>
        <translation>версия на приложението</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="87"/>
        <source>device id</source>
        <translation>идентификатор на устройството</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="88"/>
        <source>device name</source>
        <translation>име на устройството</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="89"/>
        <source>exported at (UTC)</source>
        <translation>експортирано на (UTC)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="90"/>
        <source>scope</source>
        <translation>обхват</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="91"/>
        <source>checksum</source>
        <translation>контролна сума</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="93"/>
        <source>rows: {sheet}</source>
        <translation>редове: {sheet}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="94"/>
        <source>whole database</source>
        <translation>цялата база данни</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="95"/>
        <source>event {id}</source>
        <translation>събитие {id}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_read.py" line="84"/>
        <source>Sheet {sheet}, row {row}, column {column}: {value} — {rule}</source>
        <translation>Лист {sheet}, ред {row}, колона {column}: {value} — {rule}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_read.py" line="357"/>
        <source>unknown column; its cells were not read</source>
        <translation>непозната колона: клетките ѝ не са прочетени</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_read.py" line="412"/>
        <source>a new row needs every column of the sheet</source>
        <translation>новият ред изисква всички колони на листа</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_read.py" line="498"/>
        <source>expected one of: {options}</source>
        <translation>очаква се едно от: {options}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_read.py" line="505"/>
        <source>at most {n} characters</source>
        <translation>най-много {n} знака</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/sync_apply.py" line="438"/>
        <source>The file holds clocks far in the future ({clock}); check the date of the laptop that wrote it.</source>
        <translation>Файлът съдържа часовници, намиращи се далеч в бъдещето ({clock}); проверете датата на лаптопа, който го е записал.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/sync_apply.py" line="662"/>
        <source>A person cannot be merged into themselves.</source>
        <translation>Лице не може да бъде обединено със самото себе си.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/sync_apply.py" line="686"/>
        <source>No conflict {id}.</source>
        <translation>Няма конфликт {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/sync_apply.py" line="769"/>
        <source>The file refers to records that are neither in it nor in this database ({reason}); nothing was imported.</source>
        <translation>Файлът препраща към записи, които ги няма нито в него, нито в тази база данни ({reason}); нищо не е импортирано.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/exchange/importer.py" line="118"/>
        <source>{file} has %Ln rejected cells; nothing was imported:
{report}</source>
        <translation>
            <numerusform>{file} съдържа %Ln отхвърлена клетка; нищо не е импортирано:
{report}</numerusform>
            <numerusform>{file} съдържа %Ln отхвърлени клетки; нищо не е импортирано:
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
        <translation>вид</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="11"/>
        <source>title</source>
        <translation>заглавие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="12"/>
        <source>host town</source>
        <translation>град домакин</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="13"/>
        <source>country</source>
        <translation>държава</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="14"/>
        <source>venue</source>
        <translation>място на провеждане</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="15"/>
        <source>start date</source>
        <translation>начална дата</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="16"/>
        <source>end date</source>
        <translation>крайна дата</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="17"/>
        <source>priorities</source>
        <translation>приоритети</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="18"/>
        <source>host organisation</source>
        <translation>организация домакин</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="19"/>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="20"/>
        <source>event</source>
        <translation>събитие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="21"/>
        <source>session</source>
        <translation>сесия</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="22"/>
        <source>start</source>
        <translation>начало</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="23"/>
        <source>end</source>
        <translation>край</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="24"/>
        <source>room</source>
        <translation>зала</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="25"/>
        <source>methodology</source>
        <translation>методология</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="26"/>
        <source>facilitator</source>
        <translation>фасилитатор</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="27"/>
        <source>given name</source>
        <translation>собствено име</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="28"/>
        <source>family name</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="29"/>
        <source>e-mail</source>
        <translation>имейл</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="30"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="31"/>
        <source>town</source>
        <translation>град</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="32"/>
        <location filename="../ecnet_desktop/domain/fields.py" line="33"/>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="34"/>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="35"/>
        <source>gender</source>
        <translation>пол</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="36"/>
        <source>birth year</source>
        <translation>година на раждане</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="37"/>
        <source>name</source>
        <translation>наименование</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="38"/>
        <source>type</source>
        <translation>тип</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="39"/>
        <source>role</source>
        <translation>роля</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="40"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="41"/>
        <source>invited by town</source>
        <translation>поканен от град</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="42"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="43"/>
        <source>language</source>
        <translation>език</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="44"/>
        <source>author</source>
        <translation>автор</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="45"/>
        <source>person</source>
        <translation>лице</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="46"/>
        <source>method</source>
        <translation>метод</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="47"/>
        <source>sessions</source>
        <translation>сесии</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/fields.py" line="48"/>
        <source>days</source>
        <translation>дни</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="100"/>
        <source>deleted</source>
        <translation>изтрит</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="101"/>
        <source>version</source>
        <translation>версия</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="102"/>
        <source>summary</source>
        <translation>резюме</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="103"/>
        <source>steps</source>
        <translation>стъпки</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="104"/>
        <source>duration minutes</source>
        <translation>продължителност в минути</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="105"/>
        <source>group size</source>
        <translation>размер на групата</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="106"/>
        <source>materials</source>
        <translation>материали</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="107"/>
        <source>tips</source>
        <translation>съвети</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="108"/>
        <source>source network</source>
        <translation>мрежа източник</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="109"/>
        <source>aim</source>
        <translation>цел</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="110"/>
        <source>consent processing at</source>
        <translation>съгласие за обработка: дата</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="111"/>
        <source>consent processing version</source>
        <translation>съгласие за обработка: версия на текста</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="112"/>
        <source>consent processing by</source>
        <translation>съгласие за обработка: записано от</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="113"/>
        <source>consent photos at</source>
        <translation>съгласие за снимки: дата</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="114"/>
        <source>consent photos version</source>
        <translation>съгласие за снимки: версия на текста</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="115"/>
        <source>consent photos by</source>
        <translation>съгласие за снимки: записано от</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="116"/>
        <source>consent lists at</source>
        <translation>съгласие за списъци: дата</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="117"/>
        <source>consent lists version</source>
        <translation>съгласие за списъци: версия на текста</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="118"/>
        <source>consent lists by</source>
        <translation>съгласие за списъци: записано от</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="119"/>
        <source>erased</source>
        <translation>заличен (GDPR)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="120"/>
        <source>merged into id</source>
        <translation>обединен в (id)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="121"/>
        <source>present</source>
        <translation>присъства</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="122"/>
        <source>checked at</source>
        <translation>регистриран в</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="123"/>
        <source>recorded by device</source>
        <translation>записано от устройство</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="124"/>
        <source>publishable</source>
        <translation>за публикуване</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="125"/>
        <source>level</source>
        <translation>ниво</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="126"/>
        <source>addressee</source>
        <translation>адресат</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="127"/>
        <source>related</source>
        <translation>свързани</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="128"/>
        <source>languages</source>
        <translation>езици</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="129"/>
        <source>guide id</source>
        <translation>ръководство (id)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="130"/>
        <source>position</source>
        <translation>позиция</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="131"/>
        <source>section</source>
        <translation>раздел</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="132"/>
        <source>required</source>
        <translation>задължителен</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="133"/>
        <source>choices</source>
        <translation>възможности</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="134"/>
        <source>respondent code</source>
        <translation>код на респондента</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="135"/>
        <source>respondent category</source>
        <translation>категория на респондента</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="136"/>
        <source>respondent country</source>
        <translation>държава на респондента</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="137"/>
        <source>respondent age band</source>
        <translation>възрастова група на респондента</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="138"/>
        <source>interviewer</source>
        <translation>интервюиращ</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="139"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="140"/>
        <source>consent</source>
        <translation>съгласие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="141"/>
        <source>interview id</source>
        <translation>интервю (id)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="142"/>
        <source>question id</source>
        <translation>въпрос (id)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="143"/>
        <source>value</source>
        <translation>стойност</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="144"/>
        <source>tags</source>
        <translation>етикети</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/workbook_format.py" line="145"/>
        <source>codes</source>
        <translation>кодове</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="29"/>
        <source>date of birth</source>
        <translation>дата на раждане</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="30"/>
        <source>consent: data processing</source>
        <translation>съгласие: обработване на данни</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="31"/>
        <source>consent: photos</source>
        <translation>съгласие: снимки</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="32"/>
        <source>consent: appearing on lists</source>
        <translation>съгласие: включване в списъци</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="33"/>
        <source>time of the form (not imported)</source>
        <translation>час на попълване на формуляра (не се импортира)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="34"/>
        <source>do not import</source>
        <translation>не импортирай</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="35"/>
        <source>unknown: not imported</source>
        <translation>неизвестна: не се импортира</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="409"/>
        <source>Columns “{first}” and “{second}” both hold the {field}; only “{first}” is imported.</source>
        <translation>Колоните „{first}“ и „{second}“ съдържат едно и също поле ({field}); импортира се само „{first}“.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="417"/>
        <source>No column holds the given or the family name; map one of the columns ({headers}) to a name.</source>
        <translation>Нито една колона не съдържа собствено или фамилно име; съпоставете някоя от колоните ({headers}) с име.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/import_aliases.py" line="421"/>
        <source>No column holds the category: new people are recorded as “{value}”.</source>
        <translation>Нито една колона не съдържа категорията: новите лица се записват като „{value}“.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="127"/>
        <source>Row {row}, column “{column}”: the text is too long ({length} characters; at most {limit}).</source>
        <translation>Ред {row}, колона „{column}“: текстът е твърде дълъг ({length} знака; най-много {limit}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="132"/>
        <source>Row {row}: there is neither a given nor a family name.</source>
        <translation>Ред {row}: няма нито собствено, нито фамилно име.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="136"/>
        <source>Row {row}, column “{column}”: “{value}” is not an e-mail address (expected e.g. name@example.org).</source>
        <translation>Ред {row}, колона „{column}“: „{value}“ не е имейл адрес (очаква се напр. name@example.org).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="141"/>
        <source>Row {row}, column “{column}”: “{value}” is not a phone number (expected digits, spaces and + ( ) . / -).</source>
        <translation>Ред {row}, колона „{column}“: „{value}“ не е телефонен номер (очакват се цифри, интервали и + ( ) . / -).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="146"/>
        <source>Row {row}, column “{column}”: “{value}” is not a known country (expected an ISO code such as HR, or the country&apos;s name).</source>
        <translation>Ред {row}, колона „{column}“: „{value}“ не е известна държава (очаква се ISO код, напр. HR, или името на държавата).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="152"/>
        <source>Row {row}, column “{column}”: “{value}” is not a category (expected policy maker, public officer, activist, citizen or other).</source>
        <translation>Ред {row}, колона „{column}“: „{value}“ не е категория (очаква се лице, определящо политики, служител в администрацията, активист, гражданин или друго).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="158"/>
        <source>Row {row}, column “{column}”: “{value}” is not a role (expected participant, speaker, facilitator, staff or interpreter).</source>
        <translation>Ред {row}, колона „{column}“: „{value}“ не е роля (очаква се участник, лектор, фасилитатор, персонал или преводач).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="163"/>
        <source>Row {row}, column “{column}”: “{value}” is not a gender (expected female, male, other or prefers not to say).</source>
        <translation>Ред {row}, колона „{column}“: „{value}“ не е пол (очаква се жена, мъж, друго или предпочита да не посочва).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="173"/>
        <source>Row {row}, column “{column}”: “{value}” is not a date of birth (expected e.g. 31.12.1980, 1980-12-31 or a spreadsheet date).</source>
        <translation>Ред {row}, колона „{column}“: „{value}“ не е дата на раждане (очаква се напр. 31.12.1980, 1980-12-31 или дата от електронна таблица).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="179"/>
        <source>Row {row}, column “{column}”: “{value}” is not a year of birth between 1900 and {last}.</source>
        <translation>Ред {row}, колона „{column}“: „{value}“ не е година на раждане между 1900 и {last}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="189"/>
        <source>Row {row}, column “{column}”: “{value}” is neither yes nor no.</source>
        <translation>Ред {row}, колона „{column}“: „{value}“ не е нито „да“, нито „не“.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="386"/>
        <source>The header is on row {row}; the rows above it were skipped.</source>
        <translation>Заглавният ред е ред {row}; редовете над него са пропуснати.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/registration_import.py" line="390"/>
        <source>Blank or totals rows skipped: {rows}.</source>
        <translation>Пропуснати празни редове или редове с общи суми: {rows}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="129"/>
        <source>The file is not a text (CSV) file; save it as CSV or XLSX.</source>
        <translation>Файлът не е текстов (CSV) файл; запишете го като CSV или XLSX.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="187"/>
        <source>Row {row} cannot be read: {reason}.</source>
        <translation>Ред {row} не може да бъде прочетен: {reason}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="194"/>
        <source>The file has more than {limit} rows; split it into smaller files.</source>
        <translation>Файлът има повече от {limit} реда; разделете го на по-малки файлове.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="198"/>
        <source>The file has more than {limit} columns; is it the right file?</source>
        <translation>Файлът има повече от {limit} колони; това ли е правилният файл?</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="226"/>
        <location filename="../ecnet_desktop/services/tabular.py" line="249"/>
        <source>{file} is not a readable XLSX workbook.</source>
        <translation>{file} не е четима работна книга XLSX.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="229"/>
        <source>{file} unpacks to more than {limit} MB; split it into smaller files.</source>
        <translation>{file} се разархивира до повече от {limit} MB; разделете го на по-малки файлове.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="261"/>
        <source>{file} is not a readable XLSX workbook ({reason}).</source>
        <translation>{file} не е четима работна книга XLSX ({reason}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="274"/>
        <source>{file} has no sheet named “{sheet}” (sheets: {sheets}).</source>
        <translation>{file} няма лист с име „{sheet}“ (листове: {sheets}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="341"/>
        <source>No header row found: the first rows should name the columns.</source>
        <translation>Не е намерен заглавен ред: първите редове трябва да съдържат имената на колоните.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="357"/>
        <source>There is no file at {path}.</source>
        <translation>Няма файл в {path}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="360"/>
        <source>{file} is larger than {limit} MB; split it into smaller files.</source>
        <translation>{file} е по-голям от {limit} MB; разделете го на по-малки файлове.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="365"/>
        <source>{file} is an old .xls or a password-protected workbook; save it as XLSX or CSV without a password.</source>
        <translation>{file} е стар файл .xls или работна книга, защитена с парола; запишете го като XLSX или CSV без парола.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/tabular.py" line="375"/>
        <source>{file} holds no rows.</source>
        <translation>{file} не съдържа редове.</translation>
    </message>
</context>
<context>
    <name>interviews</name>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="68"/>
        <source>&apos;{value}&apos; is not a Likert answer: give a whole number from 1 to 5.</source>
        <translation>&apos;{value}&apos; не е отговор по скалата на Ликерт: въведете цяло число от 1 до 5.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="79"/>
        <source>&apos;{value}&apos; is not yes or no.</source>
        <translation>&apos;{value}&apos; не е „да“ или „не“.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="84"/>
        <location filename="../ecnet_desktop/services/interviews.py" line="92"/>
        <source>&apos;{value}&apos; is not one of the choices: {allowed}.</source>
        <translation>&apos;{value}&apos; не е сред възможностите за избор: {allowed}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="103"/>
        <location filename="../ecnet_desktop/services/interviews.py" line="105"/>
        <source>&apos;{value}&apos; is not a number.</source>
        <translation>&apos;{value}&apos; не е число.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="115"/>
        <source>A question needs its text in at least one language.</source>
        <translation>Въпросът трябва да има текст поне на един език.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="140"/>
        <source>Each choice needs its own value (&apos;{value}&apos;).</source>
        <translation>Всеки избор трябва да има собствена стойност (&apos;{value}&apos;).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="146"/>
        <source>A choice question needs at least two choices.</source>
        <translation>Въпросът с избор трябва да има поне две възможности.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="156"/>
        <source>The name &apos;{value}&apos; must start with a letter and hold only letters, digits and _ . - (at most 64).</source>
        <translation>Името &apos;{value}&apos; трябва да започва с буква и да съдържа само букви, цифри и _ . - (най-много 64).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="174"/>
        <source>&apos;{value}&apos; is not a language code such as en or it.</source>
        <translation>&apos;{value}&apos; не е код на език, като например en или it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/services/interviews.py" line="224"/>
        <source>This guide was used in %Ln interviews; it cannot be deleted.</source>
        <translation>
            <numerusform>Това ръководство е използвано в %Ln интервю; не може да бъде изтрито.</numerusform>
            <numerusform>Това ръководство е използвано в %Ln интервюта; не може да бъде изтрито.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="352"/>
        <source>This person&apos;s data was erased; interview them as an anonymous respondent.</source>
        <translation>Данните на това лице са изтрити; интервюирайте го като анонимен респондент.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="362"/>
        <source>&apos;{value}&apos; is not an age band: {allowed}.</source>
        <translation>&apos;{value}&apos; не е възрастова група: {allowed}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="406"/>
        <location filename="../ecnet_desktop/services/interviews.py" line="440"/>
        <source>Record the respondent&apos;s consent before any answer.</source>
        <translation>Запишете съгласието на респондента преди първия отговор.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="412"/>
        <source>The question {id} is not in this guide.</source>
        <translation>Въпросът {id} не е в това ръководство.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/interviews.py" line="445"/>
        <source>Question {number} is required: {question}</source>
        <translation>Въпрос {number} е задължителен: {question}</translation>
    </message>
</context>
<context>
    <name>participant list</name>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="28"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="32"/>
        <source>local / international</source>
        <translation>местен / международен</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="33"/>
        <source>on published lists</source>
        <translation>в публикувани списъци</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="35"/>
        <source>local</source>
        <translation>местен</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="36"/>
        <source>international</source>
        <translation>международен</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="37"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="38"/>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="39"/>
        <source>Participant list: {title}</source>
        <translation>Списък на участниците: {title}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="40"/>
        <source>Place: {place}</source>
        <translation>Място: {place}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="41"/>
        <source>Dates: {start} to {end}</source>
        <translation>Дати: от {start} до {end}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="42"/>
        <source>{registered} registered ({local} local, {international} international); {listed} rows including cancelled and no-shows. Exported {today}.</source>
        <translation>Регистрирани: {registered} (местни {local}, международни {international}); редове: {listed}, включително отменените и неявилите се. Експортирано на {today}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/participants_xlsx.py" line="45"/>
        <source>Participants</source>
        <translation>Участници</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="79"/>
        <source>Attendance sheet</source>
        <translation>Присъствен списък</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="80"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="81"/>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="82"/>
        <source>Given name</source>
        <translation>Собствено име</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="83"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="84"/>
        <source>Town</source>
        <translation>Град</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="85"/>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="86"/>
        <source>E-mail or phone</source>
        <translation>Имейл или телефон</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="87"/>
        <location filename="../ecnet_desktop/printing/certificates.py" line="75"/>
        <source>Signature</source>
        <translation>Подпис</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="88"/>
        <source>Venue</source>
        <translation>Място на провеждане</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="89"/>
        <source>Dates</source>
        <translation>Дати</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="90"/>
        <source>List {n} of {total}</source>
        <translation>Списък {n} от {total}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="91"/>
        <source>Day {n}: {date}</source>
        <translation>Ден {n}: {date}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="92"/>
        <source>Days {first}–{last}</source>
        <translation>Дни {first}–{last}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="93"/>
        <source>Invited by {town}</source>
        <translation>Поканен от {town}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="94"/>
        <source>Not invited by a partner town</source>
        <translation>Не е поканен от партньорски град</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="95"/>
        <source>Local participants ({country})</source>
        <translation>Местни участници ({country})</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="96"/>
        <source>Local participants</source>
        <translation>Местни участници</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="97"/>
        <source>International participants</source>
        <translation>Международни участници</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="98"/>
        <source>Certification by the legal representative</source>
        <translation>Удостоверяване от законния представител</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="99"/>
        <source>I, the undersigned legal representative of {organisation}, certify that the persons who signed this list took part in the event above.</source>
        <translation>Долуподписаният, законен представител на {organisation}, удостоверявам, че лицата, подписали този списък, са участвали в горепосоченото събитие.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="103"/>
        <source>the organising body</source>
        <translation>организаторът</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="104"/>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="105"/>
        <source>Place</source>
        <translation>Място</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="106"/>
        <location filename="../ecnet_desktop/printing/certificates.py" line="68"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="107"/>
        <location filename="../ecnet_desktop/printing/certificates.py" line="76"/>
        <source>Stamp</source>
        <translation>Печат</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="108"/>
        <source>Data protection: {organiser} collects these data only to document participation in the EC-NET project to the European Commission (Europe for Citizens programme) and keeps them as long as the grant rules require. E-mail addresses and phone numbers are printed only for people who agreed to appear on lists. You may ask the organiser to see, correct or erase your data.</source>
        <translation>Защита на данните: {organiser} събира тези данни единствено за да документира участието в проекта EC-NET пред Европейската комисия (програма „Европа за гражданите“) и ги съхранява толкова дълго, колкото изискват правилата за безвъзмездното финансиране. Имейл адресите и телефонните номера се отпечатват само за лицата, които са се съгласили да бъдат включени в списъци. Можете да поискате от организатора да видите, коригирате или изтриете данните си.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="115"/>
        <source>The event “{event}” has no sessions yet: print the attendance sheet per day or for the whole event instead.</source>
        <translation>Събитието „{event}“ все още няма сесии: вместо това отпечатайте присъствения списък по дни или за цялото събитие.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="119"/>
        <source>Unknown choice “{per}”: print per event, day or session.</source>
        <translation>Неизвестен избор „{per}“: печат по събитие, ден или сесия.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/attendance_sheet.py" line="120"/>
        <source>The number of blank rows must be between 0 and {most}.</source>
        <translation>Броят на празните редове трябва да е между 0 и {most}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="47"/>
        <source>Badges</source>
        <translation>Баджове</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="48"/>
        <source>Nobody is registered for “{event}” yet: there are no badges to print.</source>
        <translation>Все още никой не е регистриран за „{event}“: няма баджове за отпечатване.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="49"/>
        <source>That person is not registered for “{event}”.</source>
        <translation>Това лице не е регистрирано за „{event}“.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="50"/>
        <source>Unknown badge layout “{layout}”: choose 2x4, 2x5 or 3x3.</source>
        <translation>Неизвестно оформление на баджовете „{layout}“: изберете 2x4, 2x5 или 3x3.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="52"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="53"/>
        <source>Speaker</source>
        <translation>Лектор</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="54"/>
        <source>Facilitator</source>
        <translation>Фасилитатор</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="55"/>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/badges.py" line="56"/>
        <source>Interpreter</source>
        <translation>Преводач</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="62"/>
        <source>Certificate of attendance</source>
        <translation>Сертификат за участие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="63"/>
        <source>This is to certify that</source>
        <translation>С настоящото се удостоверява, че</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="64"/>
        <source>took part in the event</source>
        <translation>участва в събитието</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="65"/>
        <source>held at {place} from {start} to {end}.</source>
        <translation>проведено в {place} от {start} до {end}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="66"/>
        <source>held at {place} on {date}.</source>
        <translation>проведено в {place} на {date}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="67"/>
        <source>Sessions attended</source>
        <translation>Посетени сесии</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="69"/>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="70"/>
        <source>Session</source>
        <translation>Сесия</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="71"/>
        <source>Hours</source>
        <translation>Часове</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="72"/>
        <source>Total</source>
        <translation>Общо</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="73"/>
        <source>Present at the event; no session check-ins were recorded.</source>
        <translation>Присъствал(а) на събитието; няма отбелязани пристигания на сесии.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="74"/>
        <source>{place}, {date}</source>
        <translation>{place}, {date}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="77"/>
        <source>For {organiser}</source>
        <translation>За {organiser}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="78"/>
        <source>Nobody was checked in at “{event}” yet: certificates go to people present at least once.</source>
        <translation>Все още няма отбелязани пристигания на „{event}“: сертификати получават хората, присъствали поне веднъж.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="81"/>
        <source>That person was neither checked in nor registered at “{event}”.</source>
        <translation>Пристигането на това лице на „{event}“ не е отбелязано и то не е регистрирано.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/certificates.py" line="82"/>
        <source>Certificates of attendance</source>
        <translation>Сертификати за участие</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/common.py" line="48"/>
        <source>Unknown paper size “{paper}”: choose A4 or Letter.</source>
        <translation>Непознат размер на хартията „{paper}“: изберете A4 или Letter.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/common.py" line="279"/>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} от {pages}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/common.py" line="280"/>
        <source>Preparing page {page}…</source>
        <translation>Подготовка на страница {page}…</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/common.py" line="281"/>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/common.py" line="282"/>
        <source>Programme</source>
        <translation>Програма</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="60"/>
        <source>EC-NET Toolkit</source>
        <translation>EC-NET Toolkit</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="61"/>
        <source>Participatory methods tested at the events of the network, grouped by the programme priority they serve, each with the sessions where it was used.</source>
        <translation>Участнически методи, изпробвани на събитията на мрежата, групирани по програмния приоритет, на който служат, всеки със сесиите, на които е използван.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="64"/>
        <source>EC-NET Recommendations</source>
        <translation>Препоръки на EC-NET</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="65"/>
        <source>Recommendations agreed at the events of the network and marked for publication, grouped by programme priority, each traced to the event and session where it was made.</source>
        <translation>Препоръки, приети на събитията на мрежата и отбелязани за публикуване, групирани по програмен приоритет, всяка с посочено събитие и сесия, на които е направена.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="69"/>
        <source>Other topics</source>
        <translation>Други теми</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="70"/>
        <source>Nothing to list yet.</source>
        <translation>Все още няма нищо за показване.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="71"/>
        <source>Aim</source>
        <translation>Цел</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="72"/>
        <source>Steps</source>
        <translation>Стъпки</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="73"/>
        <source>Materials</source>
        <translation>Материали</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="74"/>
        <source>Tips</source>
        <translation>Съвети</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="75"/>
        <source>Duration: {duration} · Group size: {size} · Source network: {network}</source>
        <translation>Продължителност: {duration} · Размер на групата: {size} · Мрежа източник: {network}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="77"/>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="78"/>
        <source>Used at</source>
        <translation>Използвана на</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="79"/>
        <source>Not used at a recorded session yet.</source>
        <translation>Все още не е използвана на записана сесия.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="80"/>
        <source>Outcomes</source>
        <translation>Резултати</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="81"/>
        <source>Level: {level} · Addressed to: {addressee}</source>
        <translation>Ниво: {level} · Адресат: {addressee}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="82"/>
        <source>Level: {level}</source>
        <translation>Ниво: {level}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="83"/>
        <source>Made at</source>
        <translation>Направена на</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="84"/>
        <source>See also: {items}</source>
        <translation>Вижте също: {items}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="85"/>
        <source>{number} {title} — described under {priority}</source>
        <translation>{number} {title} — описано в {priority}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/compendium.py" line="86"/>
        <source>whole event</source>
        <translation>цялото събитие</translation>
    </message>
</context>
<context>
    <name>research</name>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="45"/>
        <source>Pseudonym of the respondent: the same person has the same pseudonym in every export from this database; it cannot be turned back into a name.</source>
        <translation>Псевдоним на респондента: едно и също лице има един и същ псевдоним във всеки експорт от тази база данни; той не може да бъде превърнат обратно в име.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="48"/>
        <source>Pseudonym of the interview.</source>
        <translation>Псевдоним на интервюто.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="49"/>
        <source>draft or completed</source>
        <translation>чернова или завършено</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="50"/>
        <source>Year of the interview.</source>
        <translation>Година на интервюто.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="51"/>
        <source>The event the interview belongs to (title).</source>
        <translation>Събитието, към което принадлежи интервюто (заглавие).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="53"/>
        <source>Respondent category.</source>
        <translation>Категория на респондента.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="54"/>
        <source>Respondent country (ISO 3166 code).</source>
        <translation>Държава на респондента (код по ISO 3166).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/research_export.py" line="55"/>
        <source>Respondent age band at the interview date.</source>
        <translation>Възрастова група на респондента към датата на интервюто.</translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <location filename="../ecnet_desktop/services/restore.py" line="69"/>
        <source>The backup {backup} is damaged too ({problem}); nothing was changed.</source>
        <translation>Резервното копие {backup} също е повредено ({problem}); нищо не е променено.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/restore.py" line="80"/>
        <source>Copying the backup failed ({problem}); nothing was changed.</source>
        <translation>Копирането на резервното копие не успя ({problem}); нищо не е променено.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/restore.py" line="94"/>
        <source>Could not restore {backup} to {path}: {reason}</source>
        <translation>{backup} не може да бъде възстановено в {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="133"/>
        <source>Overview</source>
        <translation>Обобщение</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="134"/>
        <source>Events</source>
        <translation>Събития</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="135"/>
        <source>People</source>
        <translation>Хора</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="136"/>
        <source>Check-in</source>
        <translation>Пристигания</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="137"/>
        <source>Notes</source>
        <translation>Бележки</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="138"/>
        <source>Interviews</source>
        <translation>Интервюта</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="139"/>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/ui/sections.py" line="140"/>
        <source>Reports</source>
        <translation>Отчети</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <location filename="../ecnet_desktop/services/consent.py" line="26"/>
        <source>{name} has no recorded consent to the processing of their personal data; record it (Edit person, Consents) before checking them in.</source>
        <translation>За {name} няма записано съгласие за обработване на личните данни; запишете го (Редактиране на лице, Съгласия), преди да отбележите пристигането.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/consent.py" line="29"/>
        <source>Nobody is checked in without a recorded consent to the processing of their personal data.</source>
        <translation>Пристигане не се отбелязва без записано съгласие за обработване на личните данни.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/project_settings.py" line="58"/>
        <source>A target cannot be negative.</source>
        <translation>Целта не може да бъде отрицателна.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/project_settings.py" line="68"/>
        <source>The retention period must be between 1 and 50 years.</source>
        <translation>Срокът на съхранение трябва да е между 1 и 50 години.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="21"/>
        <location filename="../ecnet_desktop/services/sync_apply.py" line="334"/>
        <source>No event with id {id}.</source>
        <translation>Няма събитие с идентификатор {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="22"/>
        <source>No person with id {id}.</source>
        <translation>Няма лице с идентификатор {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="23"/>
        <location filename="../ecnet_desktop/services/base.py" line="24"/>
        <source>No organisation with id {id}.</source>
        <translation>Няма организация с идентификатор {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="25"/>
        <source>No facilitator with id {id}.</source>
        <translation>Няма фасилитатор с идентификатор {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="26"/>
        <source>No session with id {id}.</source>
        <translation>Няма сесия с идентификатор {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="27"/>
        <source>No methodology with id {id}.</source>
        <translation>Няма методология с идентификатор {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="28"/>
        <source>No interview guide with id {id}.</source>
        <translation>Няма ръководство за интервю с идентификатор {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="29"/>
        <source>No interview with id {id}.</source>
        <translation>Няма интервю с идентификатор {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="30"/>
        <source>No question with id {id}.</source>
        <translation>Няма въпрос с идентификатор {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="31"/>
        <source>No note with id {id}.</source>
        <translation>Няма бележка с идентификатор {id}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/base.py" line="33"/>
        <source>No record with id {id}.</source>
        <translation>Няма запис с идентификатор {id}.</translation>
    </message>
</context>
<context>
    <name>statistics</name>
    <message>
        <location filename="../ecnet_desktop/services/statistics.py" line="79"/>
        <source>under 18</source>
        <translation>под 18</translation>
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
        <translation>над 65</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/statistics.py" line="84"/>
        <source>unknown</source>
        <translation>неизвестна</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/statistics.py" line="88"/>
        <source>participants</source>
        <translation>участници</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/statistics.py" line="89"/>
        <source>staff</source>
        <translation>персонал</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/statistics.py" line="90"/>
        <source>interpreters</source>
        <translation>преводачи</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <location filename="../ecnet_desktop/store/database.py" line="169"/>
        <source>There is no database at {path}.</source>
        <translation>Няма база данни в {path}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/database.py" line="176"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Папката {folder} не съществува.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/database.py" line="183"/>
        <source>{path} is not an EC-NET Desktop database.</source>
        <translation>{path} не е база данни на EC-NET Desktop.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/database.py" line="194"/>
        <source>Cannot open the database {url}: {reason}</source>
        <translation>Базата данни {url} не може да бъде отворена: {reason}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/integrity.py" line="125"/>
        <source>The database {path} is damaged ({problem}). The latest good backup is {backup}.</source>
        <translation>Базата данни {path} е повредена ({problem}). Последното изправно резервно копие е {backup}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/integrity.py" line="128"/>
        <source>The database {path} is damaged ({problem}) and there is no good backup of it.</source>
        <translation>Базата данни {path} е повредена ({problem}) и няма изправно резервно копие.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/integrity.py" line="149"/>
        <source>The database {path} is read-only: nothing can be saved. Copy it to a folder you can write to (not a read-only USB stick or CD) and open the copy.</source>
        <translation>Базата данни {path} е само за четене: нищо не може да бъде записано. Копирайте я в папка, в която можете да записвате (не на USB памет или CD само за четене), и отворете копието.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/integrity.py" line="154"/>
        <source>The disk holding {path} is full: the last change was not saved. Free some space and try again.</source>
        <translation>Дискът, на който е {path}, е пълен: последната промяна не е записана. Освободете място и опитайте отново.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/integrity.py" line="158"/>
        <source>The database {path} is in use by another program that did not let go of it; the change was not saved. Try again in a moment.</source>
        <translation>Базата данни {path} се използва от друга програма, която не я е освободила; промяната не е записана. Опитайте отново след малко.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/migrate.py" line="125"/>
        <source>This database was not created by EC-NET Desktop; it is left untouched.</source>
        <translation>Тази база данни не е създадена от EC-NET Desktop; тя остава непроменена.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/migrate.py" line="131"/>
        <source>This database was written by a newer version of EC-NET Desktop (schema {revision}). Install the newer version to open it; it has not been changed.</source>
        <translation>Тази база данни е записана от по-нова версия на EC-NET Desktop (схема {revision}). Инсталирайте по-новата версия, за да я отворите; тя не е променена.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/store/backup.py" line="51"/>
        <source>Could not back up the database to {folder} ({reason}), so nothing was changed. Free some disk space or make the folder writable, then try again.</source>
        <translation>Не беше възможно да се направи резервно копие на базата данни в {folder} ({reason}), затова нищо не е променено. Освободете място на диска или разрешете запис в папката и опитайте отново.</translation>
    </message>
</context>
<context>
    <name>subject access</name>
    <message>
        <location filename="../ecnet_desktop/exchange/subject_access_xlsx.py" line="24"/>
        <source>About</source>
        <translation>Относно</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/subject_access_xlsx.py" line="25"/>
        <source>Written on {date} by {device}.</source>
        <translation>Записано на {date} от {device}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/subject_access_xlsx.py" line="26"/>
        <location filename="../ecnet_desktop/printing/subject_access_pdf.py" line="46"/>
        <source>(nothing held)</source>
        <translation>(няма съхранени данни)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/printing/subject_access_pdf.py" line="45"/>
        <source>Contains personal data — confidential</source>
        <translation>Съдържа лични данни — поверително</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="31"/>
        <location filename="../ecnet_desktop/domain/validation.py" line="84"/>
        <source>{field} is required.</source>
        <translation>Полето „{field}“ е задължително.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="46"/>
        <source>{field} contains a character that cannot be saved (U+{code}); remove it.</source>
        <translation>{field} съдържа знак, който не може да бъде записан (U+{code}); премахнете го.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="54"/>
        <source>{field} is too long ({length} characters; at most {limit}).</source>
        <translation>{field} е твърде дълго ({length} знака; най-много {limit}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="71"/>
        <source>{field}: &apos;{value}&apos; is not one of: {allowed}.</source>
        <translation>{field}: &apos;{value}&apos; не е от: {allowed}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="92"/>
        <source>{field}: &apos;{value}&apos; is not a known country or ISO code.</source>
        <translation>{field}: &apos;{value}&apos; не е известна държава или ISO код.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="105"/>
        <source>{field}: &apos;{value}&apos; is not an e-mail address.</source>
        <translation>{field}: &apos;{value}&apos; не е имейл адрес.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="116"/>
        <source>{field}: &apos;{value}&apos; is not a phone number.</source>
        <translation>{field}: &apos;{value}&apos; не е телефонен номер.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="126"/>
        <source>{field} ({end}) is before the start ({start}).</source>
        <translation>{field} ({end}) е преди началото ({start}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="141"/>
        <source>{field}: &apos;{value}&apos; is not a date (YYYY-MM-DD).</source>
        <translation>{field}: &apos;{value}&apos; не е дата (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="154"/>
        <source>{field}: &apos;{value}&apos; is not a date and time.</source>
        <translation>{field}: &apos;{value}&apos; не е дата и час.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="170"/>
        <source>{field}: &apos;{value}&apos; is not a year between 1900 and {last}.</source>
        <translation>{field}: &apos;{value}&apos; не е година между 1900 и {last}.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/domain/validation.py" line="191"/>
        <source>{field}: &apos;{value}&apos; is not a programme priority.</source>
        <translation>{field}: &apos;{value}&apos; не е програмен приоритет.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/consent.py" line="138"/>
        <source>Choose the kind of consent.</source>
        <translation>Изберете вида на съгласието.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/consent.py" line="142"/>
        <source>A consent text needs a version, e.g. 2021-1.</source>
        <translation>Текстът на съгласието трябва да има версия, напр. 2021-1.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/consent.py" line="146"/>
        <source>Write the text people are shown.</source>
        <translation>Напишете текста, който се показва на хората.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/consent.py" line="159"/>
        <source>There is already a text of this kind with version {version} in this language.</source>
        <translation>Вече има текст от този вид с версия {version} на този език.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/consent.py" line="170"/>
        <source>Say who recorded the consent.</source>
        <translation>Посочете кой е записал съгласието.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/events.py" line="67"/>
        <source>The session must end after it starts.</source>
        <translation>Сесията трябва да завършва след началото си.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/events.py" line="75"/>
        <source>The session ({start}) falls outside the event&apos;s dates ({first} to {last}).</source>
        <translation>Сесията ({start}) е извън датите на събитието ({first} до {last}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/events.py" line="164"/>
        <source>The session “{title}” ({start}) would fall outside the new dates; move or delete it first.</source>
        <translation>Сесията „{title}“ ({start}) ще попадне извън новите дати; първо я преместете или изтрийте.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/methodologies.py" line="54"/>
        <source>The duration &apos;{value}&apos; is not a number of minutes between 1 and 1440.</source>
        <translation>Продължителността &apos;{value}&apos; не е брой минути между 1 и 1440.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/notes.py" line="92"/>
        <source>A note needs some text.</source>
        <translation>Бележката трябва да съдържа текст.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/notes.py" line="97"/>
        <location filename="../ecnet_desktop/services/notes.py" line="247"/>
        <source>A note can be linked to at most {most} others.</source>
        <translation>Бележката може да бъде свързана с най-много {most} други.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/notes.py" line="239"/>
        <source>A note cannot be linked to itself.</source>
        <translation>Бележката не може да бъде свързана със себе си.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/notes.py" line="300"/>
        <source>A note belongs to an event or a session.</source>
        <translation>Бележката принадлежи на събитие или сесия.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/people.py" line="49"/>
        <source>A person needs a given or a family name.</source>
        <translation>Лицето трябва да има собствено или фамилно име.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/services/people.py" line="99"/>
        <source>This person&apos;s data was erased; the record cannot be edited.</source>
        <translation>Данните на това лице са изтрити; записът не може да се редактира.</translation>
    </message>
</context>
<context>
    <name>xlsform</name>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="59"/>
        <source>Sheet {sheet}, row {row}, column {column}: &apos;{value}&apos; — {expected}</source>
        <translation>Лист {sheet}, ред {row}, колона {column}: &apos;{value}&apos; — {expected}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="70"/>
        <source>{file} was not imported: %Ln problems.
{details}</source>
        <translation>
            <numerusform>{file} не е импортиран: %Ln проблем.
{details}</numerusform>
            <numerusform>{file} не е импортиран: %Ln проблема.
{details}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="145"/>
        <source>{file} is damaged ({reason}).</source>
        <translation>{file} е повреден ({reason}).</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="154"/>
        <source>{file} has no &apos;survey&apos; sheet: it is not an XLSForm guide.</source>
        <translation>{file} няма лист &apos;survey&apos;: не е ръководство във формат XLSForm.</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="177"/>
        <source>a column headed &apos;{column}&apos; in the first row</source>
        <translation>колона със заглавие &apos;{column}&apos; в първия ред</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="180"/>
        <source>at least one column headed label or label::&lt;language&gt;, e.g. label::en</source>
        <translation>поне една колона със заглавие label или label::&lt;language&gt;, напр. label::en</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="193"/>
        <source>at least one question</source>
        <translation>поне един въпрос</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="209"/>
        <source>the name of the list this choice belongs to</source>
        <translation>името на списъка, към който принадлежи този избор</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="213"/>
        <source>the value of the choice (a short code)</source>
        <translation>стойността на избора (кратък код)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="218"/>
        <source>a value not used before in the list {list}</source>
        <translation>стойност, която още не е използвана в списъка {list}</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="235"/>
        <source>a list named {list} in the choices sheet</source>
        <translation>списък с име {list} в листа choices</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="246"/>
        <source>one of: text, integer, decimal, select_one &lt;list&gt;, select_multiple &lt;list&gt;, begin_group, end_group</source>
        <translation>едно от: text, integer, decimal, select_one &lt;list&gt;, select_multiple &lt;list&gt;, begin_group, end_group</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="262"/>
        <source>begin_group (repeats are not supported)</source>
        <translation>begin_group (повторенията не се поддържат)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="268"/>
        <source>a begin_group above this end_group</source>
        <translation>begin_group над този end_group</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="282"/>
        <source>a name starting with a letter, of letters, digits and _ . - (at most 64)</source>
        <translation>име, започващо с буква, от букви, цифри и _ . - (най-много 64)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="286"/>
        <source>a name not used by another question</source>
        <translation>име, което не се използва от друг въпрос</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="290"/>
        <source>the question&apos;s text in at least one label column</source>
        <translation>текстът на въпроса в поне една колона label</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="294"/>
        <source>yes or no (empty: no)</source>
        <translation>yes или no (празно: no)</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="297"/>
        <source>at most {n} questions in a guide</source>
        <translation>най-много {n} въпроса в ръководство</translation>
    </message>
    <message>
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="313"/>
        <source>an end_group closing the group {group}</source>
        <translation>end_group, който затваря групата {group}</translation>
    </message>
</context>
</TS>
