# dyad-lexicon 1
#
# data/officeholders.lex -- a systematic dated table of the heads of state, heads of government,
# foreign ministers and defence ministers of the 193 UN member states, 2015-2026.  Format and
# conventions: docs/lexicon.md ("officeholders.lex").
#
# Scope and sources
# * Office holders in office at any time from 2015-01-01 on, with the real start date of a spell
#   that began earlier.  Written from general knowledge as of 2026; dates marked "approx date"
#   where known only to the month (written as the 1st) or less exactly.  A person whose tenure
#   could not be recalled with reasonable confidence is left out rather than guessed.
# * A few earlier spells (1984-2011) of people that news names by title and actors.lex lacks
#   close their country's block, under a comment that says so.
# * data/actors.lex already holds many of these people (especially for the big powers).  They are
#   not repeated here: a country block says "in actors.lex" for what is covered there, and this
#   file adds only the spells actors.lex lacks.  A phrase never has two codes over overlapping
#   dates across the two files (tests/cli/officeholders.sh checks this).
# * Each country block starts with a banner "# ===== ISO3 Name [offices]" where [offices] lists
#   the offices covered for 2015-2026 in this file or actors.lex: HS head of state, HG head of
#   government, FM foreign minister, DM defence minister.  Blocks are in ISO3 order.
#
# Conventions (as in actors.lex)
# * Heads of state and of government (monarchs included) and foreign ministers are XXXGOV,
#   defence ministers XXXMIL, with the country's ISO3 code.  Where one person holds both head of
#   state and head of government (presidential systems), one line covers both.
# * FROM..TO is half-open: TO is the day the successor took over; an open end ("2024-06-01..")
#   for people still in office as far as known.  One line per spell; a person who moved between
#   offices with the same code may have one line covering both (the comment says so).
# * Aliases: full name, common transliterations, the name without middle names; a surname alone
#   only when it is distinctive in news text (never an ordinary English word or a very common
#   name such as Ali, Khan, Diallo, Traore, Kim, Lee, Singh).

# ===== AFG Afghanistan [HS HG FM DM]
# Ghani, Abdullah, Atmar, the Taliban leaders and Muttaqi, Mohammad Yaqoob: in actors.lex.
actor AFGGOV 2015-01-28..2019-01-01 : Salahuddin Rabbani   # foreign minister; approx date
actor AFGMIL 2012-09-01..2015-01-01 : Bismillah Khan Mohammadi | Bismillah Mohammadi   # approx date
actor AFGMIL 2021-03-19..2021-08-15 : Bismillah Khan Mohammadi | Bismillah Mohammadi
actor AFGMIL 2016-06-01..2017-04-24 : Abdullah Habibi   # approx date
actor AFGMIL 2017-06-01..2018-12-23 : Tariq Shah Bahrami   # approx date
actor AFGMIL 2018-12-23..2021-03-19 : Asadullah Khalid

# ===== AGO Angola [HS HG FM DM]
# Jose Eduardo dos Santos is in actors.lex.
actor AGOMIL 2014-04-23..2017-09-26 : Joao Lourenco | João Lourenço | Lourenco | Lourenço   # approx date
actor AGOGOV 2017-09-26.. : Joao Lourenco | João Lourenço | Lourenco | Lourenço
actor AGOGOV 2010-10-01..2017-09-26 : Georges Chikoti | Georges Rebelo Chikoti | Chikoti   # foreign minister; approx date
actor AGOGOV 2017-09-26..2020-06-01 : Manuel Domingos Augusto   # foreign minister; approx date
actor AGOGOV 2020-06-01.. : Tete Antonio | Téte António   # foreign minister; approx date

# ===== ALB Albania [HS HG FM DM]
actor ALBGOV 2012-07-24..2017-07-24 : Bujar Nishani | Nishani
actor ALBGOV 2017-07-24..2022-07-24 : Ilir Meta
actor ALBGOV 2022-07-24.. : Bajram Begaj | Begaj
actor ALBGOV 2013-09-15.. : Edi Rama
actor ALBGOV 2013-09-15..2019-01-21 : Ditmir Bushati | Bushati   # foreign minister
actor ALBGOV 2019-01-21..2021-09-18 : Gent Cakaj   # acting foreign minister
actor ALBMIL 2017-09-13..2021-09-18 : Olta Xhacka | Olta Xhaçka | Xhacka | Xhaçka
actor ALBGOV 2021-09-18..2023-09-12 : Olta Xhacka | Olta Xhaçka | Xhacka | Xhaçka   # foreign minister
actor ALBGOV 2023-09-12..2025-09-01 : Igli Hasani   # foreign minister; approx date
actor ALBGOV 2025-09-01.. : Elisa Spiropali | Spiropali   # foreign minister; approx date
actor ALBMIL 2013-09-15..2017-09-13 : Mimi Kodheli | Kodheli
actor ALBMIL 2021-09-18..2023-09-12 : Niko Peleshi | Peleshi
actor ALBMIL 2023-09-12.. : Pirro Vengu | Vengu   # the 2025 cabinet not verified

# ===== AND Andorra [HS HG FM]
# No armed forces (or none with a minister of its own): no defence minister.
# Co-princes: the French president (FRA block) and the Bishop of Urgell.
actor ANDGOV 2003-05-12..2025-05-31 : Joan Enric Vives | Joan-Enric Vives   # co-prince; approx date
actor ANDGOV 2011-05-12..2019-05-16 : Antoni Marti | Antoni Martí
actor ANDGOV 2019-05-16.. : Xavier Espot Zamora | Xavier Espot
actor ANDGOV 2017-07-01..2023-05-01 : Maria Ubach Font | Maria Ubach   # foreign minister; approx date
actor ANDGOV 2023-05-17.. : Imma Tor Faus | Imma Tor   # foreign minister; approx date

# ===== ARE United Arab Emirates [HS HG FM DM]
# Khalifa bin Zayed, Mohamed bin Zayed, Mohammed bin Rashid (prime minister and defence minister,
# coded GOV) and Abdullah bin Zayed: all in actors.lex.

# ===== ARG Argentina [HS HG FM DM]
# Presidents and foreign ministers: in actors.lex, as are Jorge Taiana and Luis Petri.
actor ARGMIL 2013-06-03..2015-12-10 : Agustin Rossi | Agustín Rossi
actor ARGMIL 2019-12-10..2021-08-10 : Agustin Rossi | Agustín Rossi
actor ARGMIL 2015-12-10..2017-07-17 : Julio Martinez | Julio Martínez   # approx date
actor ARGMIL 2017-07-17..2019-12-10 : Oscar Aguad | Aguad   # approx date
actor ARGMIL 2025-12-10.. : Carlos Presti   # army chief named defence minister; approx date

# ===== ARM Armenia [HS HG FM DM]
# Serzh Sargsyan, Armen Sarkissian, Khachaturyan, Pashinyan and most ministers are in actors.lex.
actor ARMGOV 2014-04-13..2016-09-13 : Hovik Abrahamyan | Hovik Abrahamian   # prime minister
actor ARMGOV 2016-09-13..2018-04-17 : Karen Karapetyan | Karen Karapetian   # prime minister
actor ARMMIL 2020-11-20..2021-08-02 : Vagharshak Harutyunyan   # approx date
actor ARMMIL 2021-08-02..2021-11-15 : Arshak Karapetyan   # approx date

# ===== ATG Antigua and Barbuda [HS HG FM]
# Head of state: the British monarch (GBR block).
actor ATGGOV 2014-06-13.. : Gaston Browne
actor ATGGOV 2018-03-01.. : Chet Greene | E.P. Chet Greene | E. P. Chet Greene   # foreign minister; approx date

# ===== AUS Australia [HS HG FM DM]
# Head of state: the British monarch (GBR block).  Prime ministers, foreign and defence ministers
# are in actors.lex, except
actor AUSMIL 2014-12-23..2015-09-21 : Kevin Andrews

# ===== AUT Austria [HS HG FM DM]
# Van der Bellen, Kurz, Nehammer and Stocker are in actors.lex.
actor AUTGOV 2004-07-08..2016-07-08 : Heinz Fischer
actor AUTGOV 2008-12-02..2016-05-09 : Werner Faymann | Faymann
actor AUTGOV 2016-05-17..2017-12-18 : Christian Kern
actor AUTGOV 2019-06-03..2020-01-07 : Brigitte Bierlein | Bierlein
actor AUTGOV 2019-06-03..2025-03-03 : Alexander Schallenberg | Schallenberg   # foreign minister, chancellor 2021-10-11..2021-12-06
actor AUTGOV 2017-12-18..2019-06-03 : Karin Kneissl | Kneissl   # foreign minister
actor AUTGOV 2021-10-11..2021-12-06 : Michael Linhart   # foreign minister
actor AUTGOV 2025-03-03.. : Beate Meinl-Reisinger | Meinl-Reisinger   # foreign minister
actor AUTMIL 2013-03-11..2016-01-26 : Gerald Klug
actor AUTMIL 2016-01-26..2017-12-18 : Hans Peter Doskozil | Doskozil
actor AUTMIL 2017-12-18..2019-05-22 : Mario Kunasek | Kunasek
actor AUTMIL 2019-06-03..2020-01-07 : Thomas Starlinger | Starlinger
actor AUTMIL 2020-01-07.. : Klaudia Tanner

# ===== AZE Azerbaijan [HS HG FM DM]
# Ilham Aliyev, Ali Asadov, the foreign ministers and Zakir Hasanov are in actors.lex.
actor AZEGOV 2003-11-04..2018-04-21 : Artur Rasizade | Rasizade   # prime minister
actor AZEGOV 2018-04-21..2019-10-08 : Novruz Mammadov   # prime minister

# ===== BDI Burundi [HS HG FM DM]
actor BDIGOV 2005-08-26..2020-06-08 : Pierre Nkurunziza | Nkurunziza
actor BDIGOV 2020-06-18.. : Evariste Ndayishimiye | Évariste Ndayishimiye | Ndayishimiye
actor BDIGOV 2020-06-23..2022-09-07 : Alain-Guillaume Bunyoni | Bunyoni   # prime minister
actor BDIGOV 2022-09-07.. : Gervais Ndirakobuca | Ndirakobuca   # prime minister
actor BDIGOV 2015-11-01..2018-04-19 : Alain Aime Nyamitwe | Alain Aimé Nyamitwe | Nyamitwe   # foreign minister; approx date
actor BDIGOV 2018-04-19..2020-06-28 : Ezechiel Nibigira | Ezéchiel Nibigira | Nibigira   # foreign minister; approx date
actor BDIGOV 2020-06-28.. : Albert Shingiro | Shingiro   # foreign minister

# ===== BEL Belgium [HS HG FM DM]
# Charles Michel, De Croo and De Wever are in actors.lex.
actor BELGOV 2013-07-21.. : King Philippe | King Philippe of Belgium
actor BELGOV 2019-10-27..2022-07-15 : Sophie Wilmes | Sophie Wilmès | Wilmès | Wilmes   # prime minister, then foreign minister
actor BELGOV 2011-12-06..2019-11-30 : Didier Reynders | Reynders   # foreign minister (also defence 2018-2019)
actor BELGOV 2019-11-30..2020-10-01 : Philippe Goffin | Goffin   # foreign and defence minister
actor BELGOV 2022-07-15..2024-12-01 : Hadja Lahbib | Lahbib   # foreign minister
actor BELGOV 2025-02-03.. : Maxime Prevot | Maxime Prévot   # foreign minister
actor BELMIL 2014-10-11..2018-11-12 : Steven Vandeput | Vandeput
actor BELMIL 2020-10-01..2025-02-03 : Ludivine Dedonder | Dedonder
actor BELMIL 2025-02-03.. : Theo Francken | Francken

# ===== BEN Benin [HS HG FM]
# The president is head of state and government.
actor BENGOV 2006-04-06..2016-04-06 : Boni Yayi | Thomas Boni Yayi | Yayi
actor BENGOV 2016-04-06.. : Patrice Talon   # his successor (election of April 2026) takes office in May 2026
actor BENGOV 2015-06-18..2016-04-06 : Lionel Zinsou | Zinsou   # prime minister
actor BENGOV 2016-04-06..2021-05-25 : Aurelien Agbenonci | Aurélien Agbénonci | Agbenonci   # foreign minister; approx date
actor BENGOV 2021-05-25.. : Olushegun Adjadi Bakari | Shegun Adjadi Bakari | Adjadi Bakari   # foreign minister

# ===== BFA Burkina Faso [HS HG FM DM]
# Ibrahim Traore is in actors.lex.
actor BFAGOV 2014-11-18..2015-12-29 : Michel Kafando | Kafando   # transitional president
actor BFAGOV 2015-12-29..2022-01-24 : Roch Marc Christian Kabore | Roch Marc Christian Kaboré | Roch Kabore | Roch Kaboré | Kabore | Kaboré
actor BFAGOV 2022-01-24..2022-09-30 : Paul-Henri Sandaogo Damiba | Paul-Henri Damiba | Damiba
actor BFAGOV 2014-11-19..2016-01-06 : Yacouba Isaac Zida | Isaac Zida | Zida   # prime minister
actor BFAGOV 2016-01-06..2019-01-21 : Paul Kaba Thieba | Paul Kaba Thiéba   # prime minister
actor BFAGOV 2019-01-21..2021-12-10 : Christophe Dabire | Christophe Dabiré   # prime minister
actor BFAGOV 2021-12-13..2022-01-24 : Lassina Zerbo | Zerbo   # prime minister
actor BFAGOV 2022-03-03..2022-10-21 : Albert Ouedraogo | Albert Ouédraogo   # prime minister
actor BFAGOV 2022-10-21..2024-12-06 : Apollinaire Joachim Kyelem de Tambela | Apollinaire Kyélem de Tambèla | Kyelem de Tambela   # prime minister
actor BFAGOV 2024-12-07.. : Rimtalba Jean Emmanuel Ouedraogo | Jean Emmanuel Ouédraogo | Jean Emmanuel Ouedraogo   # prime minister
actor BFAGOV 2016-01-12..2021-12-10 : Alpha Barry   # foreign minister; approx date
actor BFAGOV 2022-03-05..2023-10-01 : Olivia Rouamba | Rouamba   # foreign minister; approx date
actor BFAMIL 2022-10-25..2024-08-31 : Kassoum Coulibaly   # approx date

# ===== BGD Bangladesh [HS HG FM DM]
# Sheikh Hasina (prime minister, also defence minister) and Muhammad Yunus (chief adviser) are
# in actors.lex.
actor BGDGOV 2013-03-14..2023-04-24 : Mohammad Abdul Hamid   # president
actor BGDGOV 2023-04-24.. : Mohammed Shahabuddin | Mohammed Shahabuddin Chuppu   # president
actor BGDGOV 2014-01-12..2019-01-07 : Abul Hassan Mahmood Ali | Abul Hassan Mahmud Ali   # foreign minister
actor BGDGOV 2019-01-07..2024-01-11 : A.K. Abdul Momen | A. K. Abdul Momen | AK Abdul Momen | Abdul Momen   # foreign minister
actor BGDGOV 2024-01-11..2024-08-05 : Hasan Mahmud   # foreign minister
actor BGDGOV 2024-08-16.. : Touhid Hossain | Md Touhid Hossain   # foreign adviser
# earlier spells of people the unknown-actor report found (twenty-first session)
actor BGDGOV 1991-03-20..1996-03-30 : Khaleda Zia | Begum Khaleda Zia   # prime minister
actor BGDGOV 2001-10-10..2006-10-29 : Khaleda Zia | Begum Khaleda Zia   # prime minister

# ===== BGR Bulgaria [HS HG FM DM]
actor BGRGOV 2012-01-22..2017-01-22 : Rosen Plevneliev | Plevneliev
actor BGRGOV 2017-01-22.. : Rumen Radev   # a resignation in early 2026 was reported; verify
actor BGRGOV 2009-07-27..2013-03-13 : Boyko Borisov | Boiko Borisov
actor BGRGOV 2014-11-07..2017-01-27 : Boyko Borisov | Boiko Borisov
actor BGRGOV 2017-05-04..2021-05-12 : Boyko Borisov | Boiko Borisov
actor BGRGOV 2017-01-27..2017-05-04 : Ognyan Gerdzhikov | Gerdzhikov   # caretaker prime minister
actor BGRMIL 2017-01-27..2017-05-04 : Stefan Yanev
actor BGRGOV 2021-05-12..2021-12-13 : Stefan Yanev   # caretaker prime minister
actor BGRMIL 2021-12-13..2022-03-01 : Stefan Yanev
actor BGRGOV 2021-12-13..2022-08-02 : Kiril Petkov
actor BGRGOV 2022-08-02..2023-06-06 : Galab Donev
actor BGRGOV 2023-06-06..2024-04-09 : Nikolai Denkov | Nikolay Denkov | Denkov
actor BGRGOV 2024-04-09..2025-01-16 : Dimitar Glavchev | Glavchev
actor BGRGOV 2025-01-16.. : Rosen Zhelyazkov | Zhelyazkov   # government resigned Dec 2025
actor BGRGOV 2014-11-07..2017-01-27 : Daniel Mitov   # foreign minister
actor BGRGOV 2017-05-04..2021-05-12 : Ekaterina Zaharieva | Zaharieva   # foreign minister
actor BGRGOV 2021-12-13..2022-08-02 : Teodora Genchovska | Genchovska   # foreign minister
actor BGRGOV 2023-06-06..2024-04-09 : Mariya Gabriel   # deputy PM and foreign minister
actor BGRGOV 2025-01-16.. : Georg Georgiev   # foreign minister
actor BGRMIL 2014-11-07..2017-01-27 : Nikolai Nenchev | Nikolay Nenchev | Nenchev
actor BGRMIL 2017-05-04..2021-05-12 : Krasimir Karakachanov | Karakachanov
actor BGRMIL 2022-08-02..2023-06-06 : Dimitar Stoyanov   # approx date
actor BGRMIL 2023-06-06..2024-04-09 : Todor Tagarev | Tagarev
actor BGRMIL 2024-04-09.. : Atanas Zapryanov | Zapryanov

# ===== BHR Bahrain [HS HG FM DM]
actor BHRGOV 1999-03-06.. : King Hamad | Hamad bin Isa Al Khalifa | King Hamad bin Isa Al Khalifa | Hamad bin Isa
actor BHRGOV 1970-01-19..2020-11-11 : Khalifa bin Salman Al Khalifa | Khalifa bin Salman | Prince Khalifa bin Salman   # prime minister
actor BHRGOV 2020-11-11.. : Salman bin Hamad Al Khalifa | Salman bin Hamad | Crown Prince Salman bin Hamad   # crown prince and prime minister
actor BHRGOV 2005-09-01..2020-02-11 : Khalid bin Ahmed Al Khalifa | Khalid bin Ahmed   # foreign minister; approx date
actor BHRGOV 2020-02-11.. : Abdullatif al-Zayani | Abdullatif bin Rashid al-Zayani | al-Zayani | Zayani   # foreign minister
actor BHRMIL 2008-01-01..2022-06-01 : Yusuf bin Ahmed al-Jalahma | Yousef al-Jalahma   # minister of defence affairs; approx date
actor BHRMIL 2022-06-01.. : Abdullah bin Hassan Al Nuaimi | Abdullah al-Nuaimi   # minister of defence affairs; approx date

# ===== BHS Bahamas [HS HG FM]
# Defence falls under the minister of national security; not listed.
# Head of state: the British monarch (GBR block).
actor BHSGOV 2012-05-08..2017-05-11 : Perry Christie
actor BHSGOV 2017-05-11..2021-09-17 : Hubert Minnis
actor BHSGOV 2021-09-17.. : Philip Davis | Philip Brave Davis | Brave Davis
actor BHSGOV 2012-05-08..2017-05-11 : Fred Mitchell   # foreign minister
actor BHSGOV 2021-09-17.. : Fred Mitchell   # foreign minister
actor BHSGOV 2017-05-11..2021-09-17 : Darren Henfield | Henfield   # foreign minister

# ===== BIH Bosnia and Herzegovina [HS HG FM DM]
# Head of state: the three-member Presidency.
actor BIHGOV 2010-11-10..2018-11-20 : Bakir Izetbegovic | Bakir Izetbegović
actor BIHGOV 2014-11-17..2018-11-20 : Dragan Covic | Dragan Čović | Covic | Čović
actor BIHGOV 2014-11-17..2018-11-20 : Mladen Ivanic | Mladen Ivanić
actor BIHGOV 2018-11-20..2022-11-16 : Sefik Dzaferovic | Šefik Džaferović | Dzaferovic | Džaferović
actor BIHGOV 2018-11-20.. : Zeljko Komsic | Željko Komšić | Komsic | Komšić   # also 2006-2014
actor BIHGOV 2010-11-15..2025-08-18 : Milorad Dodik | Dodik   # Republika Srpska president, Presidency member 2018-2022, RS president again; approx date
actor BIHGOV 2022-11-16.. : Denis Becirovic | Denis Bećirović | Becirovic | Bećirović
actor BIHGOV 2022-11-16.. : Zeljka Cvijanovic | Željka Cvijanović | Cvijanovic | Cvijanović
# Chairmen of the Council of Ministers
actor BIHGOV 2015-03-31..2019-12-23 : Denis Zvizdic | Denis Zvizdić | Zvizdic | Zvizdić
actor BIHGOV 2019-12-23..2023-01-25 : Zoran Tegeltija | Tegeltija
actor BIHGOV 2023-01-25.. : Borjana Kristo | Borjana Krišto | Kristo | Krišto
actor BIHGOV 2015-03-31..2019-12-23 : Igor Crnadak | Crnadak   # foreign minister
actor BIHGOV 2019-12-23..2023-01-25 : Bisera Turkovic | Bisera Turković   # foreign minister
actor BIHGOV 2023-01-25.. : Elmedin Konakovic | Elmedin Konaković | Konakovic | Konaković   # foreign minister
actor BIHMIL 2015-03-31..2019-12-23 : Marina Pendes | Marina Pendeš   # approx date
actor BIHMIL 2019-12-23..2023-01-25 : Sifet Podzic | Sifet Podžić   # approx date
actor BIHMIL 2023-01-25.. : Zukan Helez | Helez

# ===== BLR Belarus [HS HG FM DM]
# Lukashenko, the foreign and defence ministers and Roman Golovchenko are in actors.lex.
actor BLRGOV 2014-12-27..2018-08-18 : Andrei Kobyakov | Andrey Kobyakov | Kobyakov
actor BLRGOV 2018-08-18..2020-06-04 : Sergei Rumas | Syarhei Rumas | Rumas
actor BLRGOV 2025-04-10.. : Alexander Turchin | Aleksandr Turchin | Turchin

# ===== BLZ Belize [HS HG FM]
# Head of state: the British monarch (GBR block).
actor BLZGOV 2008-02-08..2020-11-12 : Dean Barrow
actor BLZGOV 2020-11-12.. : Johnny Briceno | Johnny Briceño | John Briceno | Briceño
actor BLZGOV 2008-02-08..2020-11-12 : Wilfred Elrington | Elrington   # foreign minister
actor BLZGOV 2020-11-16..2024-12-01 : Eamon Courtenay   # foreign minister; approx date
actor BLZGOV 2024-12-01.. : Francis Fonseca   # foreign minister; approx date

# ===== BOL Bolivia [HS HG FM DM]
# Evo Morales, Luis Arce and Rodrigo Paz are in actors.lex.
actor BOLGOV 2019-11-12..2020-11-08 : Jeanine Anez | Jeanine Áñez | Áñez   # interim president
actor BOLGOV 2006-01-23..2017-01-23 : David Choquehuanca | Choquehuanca   # foreign minister
actor BOLGOV 2017-01-23..2018-08-09 : Fernando Huanacuni | Huanacuni   # foreign minister; approx date
actor BOLGOV 2018-08-09..2019-11-12 : Diego Pary | Diego Pary Rodriguez   # foreign minister; approx date
actor BOLGOV 2019-11-13..2020-11-09 : Karen Longaric | Longaric   # foreign minister; approx date
actor BOLGOV 2020-11-09..2023-04-01 : Rogelio Mayta | Mayta   # foreign minister; approx date
actor BOLGOV 2023-04-01..2025-11-08 : Celinda Sosa | Celinda Sosa Lunda   # foreign minister; approx date
actor BOLMIL 2018-01-23..2019-11-12 : Javier Zavaleta   # approx date
actor BOLMIL 2020-11-09..2025-11-08 : Edmundo Novillo   # approx date

# ===== BRA Brazil [HS HG FM DM]
# Presidents, most foreign ministers and some defence ministers are in actors.lex.
actor BRAGOV 2017-03-07..2019-01-01 : Aloysio Nunes | Aloysio Nunes Ferreira   # foreign minister
actor BRAMIL 2015-01-01..2015-10-02 : Jaques Wagner
actor BRAMIL 2015-10-02..2016-05-12 : Aldo Rebelo
actor BRAMIL 2016-05-12..2018-02-27 : Raul Jungmann | Jungmann
actor BRAMIL 2018-02-27..2019-01-01 : Joaquim Silva e Luna | Silva e Luna
actor BRAMIL 2022-03-31..2023-01-01 : Paulo Sergio Nogueira | Paulo Sérgio Nogueira | Paulo Sergio Nogueira de Oliveira

# ===== BRB Barbados [HS HG FM]
# Head of state: the British monarch until the republic of 2021-11-30.
actor BRBGOV 2021-11-30..2025-11-30 : Sandra Mason | Dame Sandra Mason   # president
actor BRBGOV 2025-11-30.. : Jeffrey Bostic   # president; approx date, verify
actor BRBGOV 2010-10-23..2018-05-25 : Freundel Stuart
actor BRBGOV 2018-05-25.. : Mia Mottley | Mia Amor Mottley | Mottley
actor BRBGOV 2008-01-01..2018-05-25 : Maxine McClean   # foreign minister; approx date
actor BRBGOV 2018-05-25..2022-01-01 : Jerome Walcott   # foreign minister; approx date
actor BRBGOV 2022-01-01.. : Kerrie Symmonds   # foreign minister; approx date

# ===== BRN Brunei [HS HG FM DM]
# Sultan Hassanal Bolkiah is head of state, prime minister, defence minister and (to 2015)
# foreign minister.
actor BRNGOV 1967-10-05.. : Hassanal Bolkiah | Sultan Hassanal Bolkiah | Sultan of Brunei
actor BRNGOV 2018-01-30.. : Erywan Yusof | Erywan Pehin Yusof   # foreign minister II

# ===== BTN Bhutan [HS HG FM]
actor BTNGOV 2006-12-09.. : Jigme Khesar Namgyel Wangchuck | King Jigme Khesar Namgyel Wangchuck | King Jigme Khesar
actor BTNGOV 2013-07-27..2018-08-09 : Tshering Tobgay | Tobgay
actor BTNGOV 2024-01-28.. : Tshering Tobgay | Tobgay
actor BTNGOV 2018-11-07..2024-01-28 : Lotay Tshering
actor BTNGOV 2015-04-01..2018-08-09 : Damcho Dorji   # foreign minister; approx date
actor BTNGOV 2018-11-07..2024-01-28 : Tandi Dorji   # foreign minister
actor BTNGOV 2024-02-01.. : D.N. Dhungyel | D. N. Dhungyel | Dhungyel   # foreign minister; approx date

# ===== BWA Botswana [HS HG FM]
actor BWAGOV 2008-04-01..2018-04-01 : Ian Khama | Seretse Khama Ian Khama
actor BWAGOV 2018-04-01..2024-11-01 : Mokgweetsi Masisi | Masisi
actor BWAGOV 2024-11-01.. : Duma Boko
actor BWAGOV 2014-11-01..2018-04-01 : Pelonomi Venson-Moitoi | Venson-Moitoi   # foreign minister; approx date
actor BWAGOV 2018-04-01..2019-11-01 : Unity Dow   # foreign minister; approx date
actor BWAGOV 2019-11-01..2024-11-01 : Lemogang Kwape | Kwape   # foreign minister; approx date
actor BWAGOV 2024-11-01.. : Phenyo Butale   # foreign minister; approx date

# ===== CAF Central African Republic [HS HG FM]
actor CAFGOV 2014-01-23..2016-03-30 : Catherine Samba-Panza | Samba-Panza
actor CAFGOV 2016-03-30.. : Faustin-Archange Touadera | Faustin-Archange Touadéra | Touadera | Touadéra
actor CAFGOV 2016-04-02..2019-02-25 : Simplice Sarandji | Sarandji   # prime minister
actor CAFGOV 2019-02-25..2021-06-10 : Firmin Ngrebada | Firmin Ngrébada | Ngrebada   # prime minister
actor CAFGOV 2021-06-11..2022-02-07 : Henri-Marie Dondra | Dondra   # prime minister
actor CAFGOV 2022-02-07.. : Felix Moloua | Félix Moloua | Moloua   # prime minister
actor CAFGOV 2018-12-01.. : Sylvie Baipo-Temon | Sylvie Baïpo-Temon | Baipo-Temon   # foreign minister; approx date

# ===== CAN Canada [HS HG FM DM]
# Head of state: the British monarch (GBR block).  Prime ministers, most foreign and defence
# ministers are in actors.lex.
actor CANMIL 2013-07-15..2015-02-09 : Rob Nicholson | Robert Nicholson
actor CANGOV 2015-02-09..2015-11-04 : Rob Nicholson | Robert Nicholson   # foreign minister
actor CANMIL 2015-02-09..2015-11-04 : Jason Kenney

# ===== CHE Switzerland [FM DM]
# Head of state and government: the seven-member Federal Council (its presidency rotates yearly).
actor CHEGOV 2012-01-01..2017-11-01 : Didier Burkhalter | Burkhalter   # foreign minister
actor CHEMIL 2009-01-01..2016-01-01 : Ueli Maurer
actor CHEMIL 2016-01-01..2019-01-01 : Guy Parmelin | Parmelin
actor CHEMIL 2019-01-01..2025-04-01 : Viola Amherd | Amherd
actor CHEMIL 2025-04-01.. : Martin Pfister

# ===== CHL Chile [HS HG FM DM]
# Presidents are in actors.lex.
actor CHLGOV 2014-03-11..2018-03-11 : Heraldo Munoz | Heraldo Muñoz   # foreign minister
actor CHLGOV 2018-03-11..2019-06-13 : Roberto Ampuero | Ampuero   # foreign minister
actor CHLGOV 2019-06-13..2020-07-28 : Teodoro Ribera   # foreign minister
actor CHLGOV 2020-07-28..2022-03-11 : Andres Allamand | Andrés Allamand | Allamand   # foreign minister
actor CHLGOV 2022-03-11..2023-03-10 : Antonia Urrejola | Urrejola   # foreign minister
actor CHLGOV 2023-03-10..2026-03-11 : Alberto van Klaveren | van Klaveren   # foreign minister
actor CHLMIL 2015-05-11..2018-03-11 : Jose Antonio Gomez | José Antonio Gómez   # approx date
actor CHLMIL 2020-07-28..2022-03-11 : Baldo Prokurica | Prokurica   # approx date
actor CHLMIL 2022-03-11..2025-03-01 : Maya Fernandez | Maya Fernández   # approx date
actor CHLMIL 2025-03-01..2026-03-11 : Adriana Delpiano | Delpiano   # approx date

# ===== CHN China [HS HG FM DM]
# Xi Jinping, Li Keqiang, Li Qiang, Wang Yi, Qin Gang and the defence ministers: all in actors.lex.

# ===== CIV Cote d'Ivoire [HS HG FM DM]
actor CIVGOV 2010-12-04.. : Alassane Ouattara | Alassane Dramane Ouattara | Ouattara
actor CIVGOV 2012-11-21..2017-01-10 : Daniel Kablan Duncan | Kablan Duncan   # prime minister
actor CIVGOV 2017-01-10..2020-07-08 : Amadou Gon Coulibaly | Gon Coulibaly   # prime minister
actor CIVMIL 2019-07-19..2020-07-30 : Hamed Bakayoko | Bakayoko
actor CIVGOV 2020-07-30..2021-03-10 : Hamed Bakayoko | Bakayoko   # prime minister (and defence minister)
actor CIVGOV 2021-03-26..2023-10-06 : Patrick Achi   # prime minister
actor CIVGOV 2023-10-17.. : Robert Beugre Mambe | Robert Beugré Mambé | Beugre Mambe | Beugré Mambé   # prime minister
actor CIVGOV 2017-07-19..2020-03-01 : Marcel Amon-Tanoh | Amon-Tanoh   # foreign minister; approx date
actor CIVGOV 2021-04-06.. : Kandia Camara   # foreign minister (a change in 2025 is possible; verify)
actor CIVMIL 2016-01-12..2019-07-19 : Alain-Richard Donwahi | Donwahi   # approx date
actor CIVMIL 2021-04-06.. : Tene Birahima Ouattara | Téné Birahima Ouattara | Birahima Ouattara
# earlier spells of people the unknown-actor report found (twenty-first session)
actor CIVGOV 2000-10-26..2011-04-11 : Laurent Gbagbo | Gbagbo   # president until his arrest

# ===== CMR Cameroon [HS HG FM DM]
actor CMRGOV 1982-11-06.. : Paul Biya | Biya
actor CMRGOV 2009-06-30..2019-01-04 : Philemon Yang | Philémon Yang   # prime minister
actor CMRGOV 2019-01-04.. : Joseph Dion Ngute | Dion Ngute   # prime minister
actor CMRGOV 2015-10-02.. : Lejeune Mbella Mbella | Mbella Mbella   # foreign minister
actor CMRMIL 2015-10-02.. : Joseph Beti Assomo | Beti Assomo   # minister delegate for defence

# ===== COD DR Congo [HS HG FM DM]
# Joseph Kabila and Felix Tshisekedi are in actors.lex.
actor CODGOV 2012-05-18..2016-11-17 : Augustin Matata Ponyo | Matata Ponyo
actor CODGOV 2016-11-17..2017-05-18 : Samy Badibanga | Badibanga
actor CODGOV 2017-05-18..2019-05-20 : Bruno Tshibala | Tshibala
actor CODGOV 2019-05-20..2021-02-15 : Sylvestre Ilunga | Sylvestre Ilunga Ilunkamba
actor CODGOV 2021-02-15..2024-06-12 : Jean-Michel Sama Lukonde | Sama Lukonde
actor CODGOV 2024-06-12.. : Judith Suminwa | Judith Suminwa Tuluka | Suminwa
actor CODGOV 2012-04-01..2016-12-19 : Raymond Tshibanda   # foreign minister; approx date
actor CODGOV 2016-12-19..2019-09-06 : Leonard She Okitundu | Léonard She Okitundu | She Okitundu   # foreign minister; approx date
actor CODGOV 2019-09-06..2021-04-12 : Marie Tumba Nzeza   # foreign minister; approx date
actor CODGOV 2021-04-12..2024-06-12 : Christophe Lutundula | Lutundula   # foreign minister
actor CODGOV 2024-06-12.. : Therese Kayikwamba Wagner | Thérèse Kayikwamba Wagner | Kayikwamba Wagner   # foreign minister
actor CODMIL 2021-04-12..2023-03-23 : Gilbert Kabanda | Gilbert Kabanda Kurhenga   # approx date
actor CODMIL 2023-03-23..2024-06-12 : Jean-Pierre Bemba | Bemba
actor CODGOV 2024-06-12.. : Jean-Pierre Bemba | Bemba   # transport minister, deputy PM
actor CODMIL 2024-06-12.. : Guy Kabombo Muadiamvita | Guy Kabombo Mwadiamvita | Guy Kabombo

# ===== COG Republic of the Congo [HS HG FM DM]
actor COGGOV 1997-10-25.. : Denis Sassou Nguesso | Denis Sassou-Nguesso | Sassou Nguesso | Sassou-Nguesso
actor COGGOV 2016-04-23..2021-05-12 : Clement Mouamba | Clément Mouamba   # prime minister
actor COGGOV 2021-05-12.. : Anatole Collinet Makosso | Collinet Makosso   # prime minister
actor COGGOV 2015-08-10.. : Jean-Claude Gakosso | Gakosso   # foreign minister
actor COGMIL 2012-09-25.. : Charles Richard Mondjo | Mondjo   # approx date

# ===== COL Colombia [HS HG FM DM]
# Presidents are in actors.lex.
actor COLGOV 2010-08-07..2018-08-07 : Maria Angela Holguin | María Ángela Holguín   # foreign minister
actor COLGOV 2018-08-07..2019-11-12 : Carlos Holmes Trujillo | Holmes Trujillo   # foreign minister
actor COLMIL 2019-11-12..2021-01-26 : Carlos Holmes Trujillo | Holmes Trujillo
actor COLGOV 2019-11-12..2021-05-13 : Claudia Blum   # foreign minister
actor COLGOV 2018-08-07..2022-08-07 : Marta Lucia Ramirez | Marta Lucía Ramírez   # vice president, also foreign minister from 2021-05
actor COLGOV 2022-08-07..2024-05-01 : Alvaro Leyva | Álvaro Leyva   # foreign minister; approx date
actor COLGOV 2024-05-01..2025-02-01 : Luis Gilberto Murillo   # foreign minister; approx date
actor COLGOV 2025-02-01..2025-07-01 : Laura Sarabia   # foreign minister; approx date
actor COLGOV 2025-07-01.. : Rosa Villavicencio   # foreign minister; approx date
actor COLMIL 2011-09-01..2015-06-22 : Juan Carlos Pinzon | Juan Carlos Pinzón   # approx date
actor COLMIL 2015-06-22..2018-08-07 : Luis Carlos Villegas   # approx date
actor COLMIL 2018-08-07..2019-11-07 : Guillermo Botero
actor COLMIL 2021-02-01..2022-08-07 : Diego Molano   # approx date
actor COLMIL 2022-08-07..2025-02-20 : Ivan Velasquez | Iván Velásquez   # approx date
actor COLMIL 2025-02-20.. : Pedro Arnulfo Sanchez | Pedro Arnulfo Sánchez   # approx date; "Pedro Sanchez" alone is Spain's PM

# ===== COM Comoros [HS HG]
actor COMGOV 2011-05-26..2016-05-26 : Ikililou Dhoinine | Dhoinine
actor COMGOV 2016-05-26.. : Azali Assoumani | Azali

# ===== CPV Cape Verde [HS HG FM]
actor CPVGOV 2011-09-09..2021-11-09 : Jorge Carlos Fonseca
actor CPVGOV 2001-02-01..2016-04-22 : Jose Maria Neves | José Maria Neves   # prime minister
actor CPVGOV 2021-11-09.. : Jose Maria Neves | José Maria Neves   # president
actor CPVGOV 2016-04-22.. : Ulisses Correia e Silva | Correia e Silva   # prime minister
actor CPVGOV 2021-05-20.. : Rui Figueiredo Soares   # foreign minister; approx date

# ===== CRI Costa Rica [HS HG FM]
# No armed forces, so no defence minister.
actor CRIGOV 2014-05-08..2018-05-08 : Luis Guillermo Solis | Luis Guillermo Solís
actor CRIGOV 2018-05-08..2022-05-08 : Carlos Alvarado | Carlos Alvarado Quesada
actor CRIGOV 2022-05-08.. : Rodrigo Chaves | Rodrigo Chaves Robles   # his successor (election of Feb 2026) takes office 2026-05-08
actor CRIGOV 2014-05-08..2018-05-08 : Manuel Gonzalez Sanz | Manuel González Sanz   # foreign minister
actor CRIGOV 2018-05-08..2022-05-08 : Epsy Campbell | Epsy Campbell Barr   # vice president, also foreign minister to Dec 2018
actor CRIGOV 2020-01-01..2022-05-08 : Rodolfo Solano | Rodolfo Solano Quirós   # foreign minister; approx date
actor CRIGOV 2022-05-08.. : Arnoldo Andre Tinoco | Arnoldo André Tinoco | Arnoldo Andre   # foreign minister

# ===== CUB Cuba [HS HG FM DM]
# Raul Castro, Diaz-Canel and Bruno Rodriguez are in actors.lex.
actor CUBGOV 2019-12-21.. : Manuel Marrero | Manuel Marrero Cruz   # prime minister
actor CUBMIL 2011-11-01..2021-04-01 : Leopoldo Cintra Frias | Leopoldo Cintra Frías   # approx date
actor CUBMIL 2021-04-01.. : Alvaro Lopez Miera | Álvaro López Miera | Lopez Miera   # approx date

# ===== CYP Cyprus [HS HG FM DM]
actor CYPGOV 2013-02-28..2023-02-28 : Nicos Anastasiades | Nikos Anastasiadis | Anastasiades
actor CYPGOV 2018-03-01..2022-03-01 : Nikos Christodoulides | Nicos Christodoulides | Christodoulides   # foreign minister; approx date
actor CYPGOV 2023-02-28.. : Nikos Christodoulides | Nicos Christodoulides | Christodoulides   # president
actor CYPGOV 2013-03-01..2018-03-01 : Ioannis Kasoulides | Kasoulides   # foreign minister
actor CYPGOV 2022-03-01..2023-02-28 : Ioannis Kasoulides | Kasoulides   # foreign minister; approx date
actor CYPGOV 2023-03-01.. : Constantinos Kombos | Konstantinos Kombos | Kombos   # foreign minister
actor CYPMIL 2014-03-01..2018-03-01 : Christoforos Fokaides | Fokaides   # approx date
actor CYPMIL 2018-03-01..2020-03-01 : Savvas Angelides   # approx date
actor CYPMIL 2023-03-01..2024-12-01 : Michalis Giorgallas   # approx date
actor CYPMIL 2024-12-01.. : Vasilis Palmas   # approx date

# ===== CZE Czech Republic [HS HG FM DM]
# Zeman, Pavel, Babis and Fiala are in actors.lex.
actor CZEGOV 2014-01-29..2017-12-13 : Bohuslav Sobotka | Sobotka
actor CZEGOV 2014-01-29..2017-12-13 : Lubomir Zaoralek | Lubomír Zaorálek | Zaoralek | Zaorálek   # foreign minister
actor CZEMIL 2014-01-29..2017-12-13 : Martin Stropnicky | Martin Stropnický | Stropnicky | Stropnický
actor CZEGOV 2017-12-13..2018-06-27 : Martin Stropnicky | Martin Stropnický | Stropnicky | Stropnický   # foreign minister
actor CZEGOV 2018-10-16..2021-04-12 : Tomas Petricek | Tomáš Petříček | Petricek | Petříček   # foreign minister
actor CZEGOV 2021-04-21..2021-12-17 : Jakub Kulhanek | Jakub Kulhánek | Kulhanek | Kulhánek   # foreign minister
actor CZEGOV 2021-12-17..2025-12-15 : Jan Lipavsky | Jan Lipavský | Lipavsky | Lipavský   # foreign minister; approx date
actor CZEGOV 2025-12-15.. : Petr Macinka | Macinka   # foreign minister; approx date
actor CZEMIL 2017-12-13..2018-06-27 : Karla Slechtova | Karla Šlechtová
actor CZEMIL 2018-06-27..2021-12-17 : Lubomir Metnar | Lubomír Metnar | Metnar
actor CZEMIL 2021-12-17..2025-12-15 : Jana Cernochova | Jana Černochová | Cernochova | Černochová   # approx date
actor CZEMIL 2025-12-15.. : Jaromir Zuna | Jaromír Zůna   # approx date

# ===== DEU Germany [HS HG FM DM]
# Presidents, chancellors, foreign and defence ministers 2015-2026: all in actors.lex.

# ===== DJI Djibouti [HS HG FM]
actor DJIGOV 1999-05-08.. : Ismail Omar Guelleh | Ismaïl Omar Guelleh | Guelleh
actor DJIGOV 2013-04-01.. : Abdoulkader Kamil Mohamed   # prime minister
actor DJIGOV 2005-01-01..2025-02-15 : Mahmoud Ali Youssouf   # foreign minister, then African Union (actors.lex); approx date
actor DJIGOV 2025-03-01.. : Abdoulkader Houssein Omar   # foreign minister; approx date

# ===== DMA Dominica [HS HG]
# No armed forces (or none with a minister of its own): no defence minister.
actor DMAGOV 2004-01-08.. : Roosevelt Skerrit | Skerrit
actor DMAGOV 2013-10-02..2023-10-02 : Charles Savarin   # president
actor DMAGOV 2023-10-02.. : Sylvanie Burton   # president

# ===== DNK Denmark [HS HG FM DM]
# Prime ministers and Lars Lokke Rasmussen (foreign minister from 2022) are in actors.lex.
actor DNKGOV 1972-01-14..2024-01-14 : Queen Margrethe | Queen Margrethe II | Margrethe II
actor DNKGOV 2024-01-14.. : King Frederik | King Frederik X | Frederik X
actor DNKGOV 2014-02-03..2015-06-28 : Martin Lidegaard | Lidegaard   # foreign minister
actor DNKGOV 2015-06-28..2016-11-28 : Kristian Jensen   # foreign minister
actor DNKGOV 2016-11-28..2019-06-27 : Anders Samuelsen | Samuelsen   # foreign minister
actor DNKGOV 2019-06-27..2022-12-15 : Jeppe Kofod | Kofod   # foreign minister
actor DNKMIL 2013-12-12..2015-06-28 : Nicolai Wammen | Wammen
actor DNKMIL 2015-06-28..2015-09-29 : Carl Holst
actor DNKMIL 2015-09-30..2016-11-28 : Peter Christensen
actor DNKMIL 2016-11-28..2019-06-27 : Claus Hjort Frederiksen | Hjort Frederiksen
actor DNKMIL 2019-06-27..2022-12-15 : Trine Bramsen | Bramsen
actor DNKMIL 2022-12-15..2023-08-01 : Jakob Ellemann-Jensen | Ellemann-Jensen   # approx date
actor DNKMIL 2023-08-01.. : Troels Lund Poulsen   # acting from Feb 2023; approx date

# ===== DOM Dominican Republic [HS HG FM DM]
actor DOMGOV 2012-08-16..2020-08-16 : Danilo Medina
actor DOMGOV 2020-08-16.. : Luis Abinader | Abinader
actor DOMGOV 2014-09-01..2016-08-16 : Andres Navarro | Andrés Navarro   # foreign minister; approx date
actor DOMGOV 2016-08-16..2020-08-16 : Miguel Vargas | Miguel Vargas Maldonado   # foreign minister
actor DOMGOV 2020-08-16.. : Roberto Alvarez | Roberto Álvarez   # foreign minister
actor DOMMIL 2020-08-16.. : Carlos Luciano Diaz Morfa | Carlos Luciano Díaz Morfa | Diaz Morfa   # approx date

# ===== DZA Algeria [HS HG FM DM]
# Bouteflika and Tebboune (as president) are in actors.lex.  The president is also defence
# minister; the army chief of staff is deputy (from 2024 delegate) defence minister.
actor DZAGOV 2019-04-09..2019-12-19 : Abdelkader Bensalah | Bensalah   # interim president
actor DZAGOV 2014-04-28..2017-05-24 : Abdelmalek Sellal | Sellal
actor DZAGOV 2017-05-25..2017-08-15 : Abdelmadjid Tebboune | Tebboune   # prime minister
actor DZAGOV 2017-08-15..2019-03-11 : Ahmed Ouyahia | Ouyahia
actor DZAGOV 2019-03-11..2019-12-28 : Noureddine Bedoui | Bedoui
actor DZAGOV 2019-12-28..2021-06-30 : Abdelaziz Djerad | Djerad
actor DZAGOV 2021-06-30..2023-11-11 : Aymen Benabderrahmane | Benabderrahmane
actor DZAGOV 2023-11-11..2025-08-28 : Nadir Larbaoui | Larbaoui
actor DZAGOV 2025-08-28.. : Sifi Ghrieb | Ghrieb   # approx date
actor DZAGOV 2013-09-11..2017-05-25 : Ramtane Lamamra | Lamamra   # foreign minister
actor DZAGOV 2021-07-07..2023-03-16 : Ramtane Lamamra | Lamamra   # foreign minister
actor DZAGOV 2017-05-25..2019-03-31 : Abdelkader Messahel | Messahel   # foreign minister
actor DZAGOV 2019-04-01..2021-07-07 : Sabri Boukadoum | Boukadoum   # foreign minister
actor DZAGOV 2023-03-16.. : Ahmed Attaf | Attaf   # foreign minister
actor DZAMIL 2013-09-11..2019-12-23 : Ahmed Gaid Salah | Gaid Salah
actor DZAMIL 2019-12-23.. : Said Chengriha | Saïd Chanegriha | Said Chanegriha | Chengriha | Chanegriha

# ===== ECU Ecuador [HS HG FM DM]
# Presidents are in actors.lex.
actor ECUGOV 2010-12-01..2016-03-01 : Ricardo Patino | Ricardo Patiño   # foreign minister; approx date
actor ECUGOV 2016-03-01..2017-05-24 : Guillaume Long   # foreign minister; approx date
actor ECUGOV 2017-05-24..2018-06-01 : Maria Fernanda Espinosa | María Fernanda Espinosa   # foreign minister; approx date
actor ECUGOV 2018-06-01..2020-06-01 : Jose Valencia | José Valencia   # foreign minister; approx date
actor ECUGOV 2023-11-23.. : Gabriela Sommerfeld   # foreign minister
actor ECUMIL 2018-06-01..2021-05-24 : Oswaldo Jarrin | Oswaldo Jarrín | Jarrin | Jarrín   # approx date

# ===== EGY Egypt [HS HG FM DM]
# President, prime ministers, foreign and defence ministers 2015-2026: all in actors.lex.

# ===== ERI Eritrea [HS HG FM]
# Isaias Afwerki (president and head of government) is in actors.lex.
actor ERIGOV 2007-04-01.. : Osman Saleh | Osman Saleh Mohammed   # foreign minister; approx date

# ===== ESP Spain [HS HG FM DM]
# King Felipe VI, prime ministers, foreign and defence ministers 2015-2026: all in actors.lex.

# ===== EST Estonia [HS HG FM DM]
# Kaja Kallas is in actors.lex.
actor ESTGOV 2006-10-09..2016-10-10 : Toomas Hendrik Ilves | Toomas Ilves | Ilves
actor ESTGOV 2016-10-10..2021-10-11 : Kersti Kaljulaid | Kaljulaid
actor ESTGOV 2021-10-11.. : Alar Karis
actor ESTGOV 2014-03-26..2016-11-23 : Taavi Roivas | Taavi Rõivas | Roivas | Rõivas
actor ESTGOV 2016-11-23..2021-01-26 : Juri Ratas | Jüri Ratas
actor ESTGOV 2024-07-23.. : Kristen Michal
actor ESTGOV 2015-07-16..2016-10-17 : Marina Kaljurand | Kaljurand   # foreign minister
actor ESTMIL 2014-03-26..2015-04-09 : Sven Mikser | Mikser
actor ESTGOV 2016-11-23..2019-04-29 : Sven Mikser | Mikser   # foreign minister
actor ESTGOV 2019-04-29..2021-01-26 : Urmas Reinsalu | Reinsalu   # foreign minister
actor ESTGOV 2022-07-18..2023-04-17 : Urmas Reinsalu | Reinsalu   # foreign minister
actor ESTGOV 2021-01-26..2022-06-03 : Eva-Maria Liimets | Liimets   # foreign minister
actor ESTMIL 2016-11-23..2017-06-12 : Margus Tsahkna | Tsahkna   # approx date
actor ESTGOV 2023-04-17.. : Margus Tsahkna | Tsahkna   # foreign minister
actor ESTMIL 2015-04-09..2016-11-23 : Hannes Hanso   # approx date
actor ESTMIL 2017-06-12..2021-01-26 : Juri Luik | Jüri Luik   # approx date
actor ESTMIL 2021-01-26..2022-07-18 : Kalle Laanet | Laanet
actor ESTMIL 2022-07-18.. : Hanno Pevkur | Pevkur

# ===== ETH Ethiopia [HS HG FM DM]
# Hailemariam, Abiy, Sahle-Work, Taye, Tedros, Demeke, Gedion and Abraham Belay are in actors.lex.
actor ETHGOV 2013-10-07..2018-10-25 : Mulatu Teshome   # president
actor ETHGOV 2016-11-01..2019-04-01 : Workneh Gebeyehu   # foreign minister; approx date
actor ETHGOV 2019-04-01..2020-11-01 : Gedu Andargachew   # foreign minister; approx date
actor ETHMIL 2016-11-01..2018-04-19 : Siraj Fegessa   # approx date
actor ETHMIL 2018-10-16..2019-04-01 : Aisha Mohammed | Aisha Mohammed Musa   # approx date
actor ETHMIL 2024-10-01.. : Aisha Mohammed | Aisha Mohammed Musa   # approx date
actor ETHMIL 2019-04-01..2020-11-01 : Lemma Megersa   # approx date
actor ETHMIL 2020-11-01..2021-10-06 : Kenea Yadeta   # approx date

# ===== FIN Finland [HS HG FM DM]
# Niinisto, Stubb (as president), Marin and Orpo are in actors.lex.
actor FINGOV 2014-06-24..2016-06-22 : Alexander Stubb | Stubb   # prime minister, then finance minister
actor FINGOV 2015-05-29..2019-06-06 : Juha Sipila | Juha Sipilä | Sipila | Sipilä
actor FINGOV 2019-06-06..2019-12-10 : Antti Rinne
actor FINGOV 2011-06-22..2015-05-29 : Erkki Tuomioja | Tuomioja   # foreign minister
actor FINGOV 2015-05-29..2019-06-06 : Timo Soini | Soini   # foreign minister
actor FINGOV 2019-06-06..2023-06-20 : Pekka Haavisto | Haavisto   # foreign minister
actor FINGOV 2023-06-20.. : Elina Valtonen | Valtonen   # foreign minister
actor FINMIL 2012-07-05..2015-05-29 : Carl Haglund   # approx date
actor FINMIL 2015-05-29..2019-06-06 : Jussi Niinisto | Jussi Niinistö
actor FINMIL 2019-06-06..2023-06-20 : Antti Kaikkonen | Kaikkonen
actor FINMIL 2023-06-20.. : Antti Hakkanen | Antti Häkkänen | Hakkanen | Häkkänen

# ===== FJI Fiji [HS HG]
actor FJIGOV 2009-07-30..2015-11-12 : Epeli Nailatikau | Ratu Epeli Nailatikau   # president
actor FJIGOV 2015-11-12..2021-11-12 : Jioji Konrote | Konrote   # president
actor FJIGOV 2021-11-12.. : Wiliame Katonivere | Ratu Wiliame Katonivere | Katonivere   # president
actor FJIGOV 2007-01-05..2022-12-24 : Frank Bainimarama | Voreqe Bainimarama | Bainimarama   # prime minister (also foreign minister at times)
actor FJIGOV 2022-12-24.. : Sitiveni Rabuka | Rabuka   # prime minister, also foreign minister

# ===== FRA France [HS HG FM DM]
# Presidents, prime ministers, foreign and defence ministers: in actors.lex, except
actor FRAMIL 2017-05-17..2017-06-21 : Sylvie Goulard | Goulard

# ===== FSM Micronesia [HS HG]
# No armed forces (or none with a minister of its own): no defence minister.
actor FSMGOV 2007-05-11..2015-05-11 : Manny Mori | Emanuel Mori
actor FSMGOV 2015-05-11..2019-05-11 : Peter M. Christian | Peter Christian
actor FSMGOV 2019-05-11..2023-05-11 : David Panuelo | Panuelo
actor FSMGOV 2023-05-11.. : Wesley Simina | Simina

# ===== GAB Gabon [HS HG FM]
actor GABGOV 2009-10-16..2023-08-30 : Ali Bongo Ondimba | Ali Bongo
actor GABGOV 2023-08-30.. : Brice Oligui Nguema | Oligui Nguema
actor GABGOV 2012-02-28..2019-01-12 : Emmanuel Issoze-Ngondet | Issoze-Ngondet   # foreign minister, prime minister from 2016-09-28; approx date
actor GABGOV 2019-01-12..2020-07-16 : Julien Nkoghe Bekale | Nkoghe Bekale   # prime minister
actor GABGOV 2020-07-16..2023-01-09 : Rose Christiane Ossouka Raponda | Rose Christiane Raponda   # prime minister
actor GABGOV 2023-01-09..2023-08-30 : Alain-Claude Bilie-By-Nze | Bilie-By-Nze   # prime minister
actor GABGOV 2023-09-07..2025-05-05 : Raymond Ndong Sima | Ndong Sima   # transitional prime minister; approx date

# ===== GBR United Kingdom [HS HG FM DM]
# Prime ministers, foreign and defence secretaries: in actors.lex.  Monarchs:
actor GBRGOV 1952-02-06..2022-09-08 : Queen Elizabeth II | Queen Elizabeth | Elizabeth II
actor GBRGOV 2022-09-08.. : King Charles III | King Charles | Charles III

# ===== GEO Georgia [HS HG FM DM]
# Presidents, prime ministers and most foreign ministers are in actors.lex.
actor GEOGOV 2015-09-01..2015-12-30 : Giorgi Kvirikashvili | Kvirikashvili   # foreign minister, then PM (actors.lex); approx date
actor GEOGOV 2014-11-11..2015-09-01 : Tamar Beruchashvili | Beruchashvili   # foreign minister; approx date
actor GEOGOV 2015-12-30..2018-06-21 : Mikheil Janelidze   # foreign minister; approx date
actor GEOMIL 2014-11-04..2015-05-01 : Mindia Janelidze   # approx date
actor GEOMIL 2015-05-01..2016-08-01 : Tinatin Khidasheli | Khidasheli   # approx date
actor GEOMIL 2016-08-01..2019-09-08 : Levan Izoria | Izoria   # approx date
actor GEOMIL 2021-02-22..2024-02-08 : Juansher Burchuladze | Burchuladze   # approx date
actor GEOMIL 2024-02-08.. : Irakli Chikovani | Chikovani   # approx date

# ===== GHA Ghana [HS HG FM DM]
actor GHAGOV 2012-07-24..2017-01-07 : John Mahama | John Dramani Mahama | Mahama
actor GHAGOV 2025-01-07.. : John Mahama | John Dramani Mahama | Mahama
actor GHAGOV 2017-01-07..2025-01-07 : Nana Akufo-Addo | Nana Addo Dankwa Akufo-Addo | Akufo-Addo
actor GHAGOV 2013-02-01..2017-01-07 : Hanna Tetteh | Hannah Tetteh   # foreign minister; approx date
actor GHAGOV 2017-01-31..2025-01-07 : Shirley Ayorkor Botchwey | Ayorkor Botchwey | Botchwey   # foreign minister; approx date
actor GHAGOV 2025-01-22.. : Samuel Okudzeto Ablakwa | Okudzeto Ablakwa | Ablakwa   # foreign minister; approx date
actor GHAMIL 2017-01-31..2025-01-07 : Dominic Nitiwul | Nitiwul   # approx date
actor GHAMIL 2025-01-22..2025-08-06 : Edward Omane Boamah | Omane Boamah   # died in a helicopter crash; approx date

# ===== GIN Guinea [HS HG FM DM]
actor GINGOV 2010-12-21..2021-09-05 : Alpha Conde | Alpha Condé
actor GINGOV 2021-09-05.. : Mamady Doumbouya | Doumbouya
actor GINGOV 2015-12-26..2018-05-22 : Mamady Youla   # prime minister
actor GINGOV 2018-05-22..2021-09-05 : Ibrahima Kassory Fofana | Kassory Fofana   # prime minister
actor GINGOV 2021-10-06..2022-07-16 : Mohamed Beavogui | Mohamed Béavogui   # prime minister
actor GINGOV 2022-08-20..2024-02-19 : Bernard Goumou | Goumou   # prime minister
actor GINGOV 2024-02-27.. : Amadou Oury Bah   # prime minister
actor GINMIL 2015-12-26..2021-09-05 : Mohamed Diane | Mohamed Diané   # minister of state for defence; approx date
actor GINGOV 2021-10-27.. : Morissanda Kouyate | Morissanda Kouyaté   # foreign minister; approx date

# ===== GMB Gambia [HS HG FM]
actor GMBGOV 1994-07-22..2017-01-19 : Yahya Jammeh | Jammeh
actor GMBGOV 2017-01-19.. : Adama Barrow
actor GMBGOV 2017-02-01..2018-06-29 : Ousainou Darboe | Darboe   # foreign minister; approx date
actor GMBGOV 2018-06-29.. : Mamadou Tangara | Tangara   # foreign minister; approx date

# ===== GNB Guinea-Bissau [HS HG]
actor GNBGOV 2014-06-23..2020-02-27 : Jose Mario Vaz | José Mário Vaz | Jomav
actor GNBGOV 2016-11-18..2025-11-26 : Umaro Sissoco Embalo | Umaro Sissoco Embaló | Sissoco Embalo | Embalo | Embaló   # prime minister to 2018-01, president 2020-02-27 until the Nov 2025 coup; gap 2018-2020
actor GNBGOV 2025-11-27.. : Horta Inta-A | Horta N'Tam   # transitional military leader; approx date, verify; "N'Tam" does not match yet (the tokenizer splits it like the contraction n't)
actor GNBGOV 2020-02-28..2023-08-07 : Nuno Gomes Nabiam | Nabiam   # prime minister
actor GNBGOV 2023-12-20..2025-08-01 : Rui Duarte de Barros   # prime minister; approx date

# ===== GNQ Equatorial Guinea [HS HG FM]
actor GNQGOV 1979-08-03.. : Teodoro Obiang Nguema Mbasogo | Teodoro Obiang Nguema | Teodoro Obiang | Obiang Nguema
actor GNQGOV 2016-06-23..2023-02-01 : Francisco Pascual Obama Asue | Pascual Obama Asue   # prime minister
actor GNQGOV 2023-02-01..2024-08-16 : Manuela Roka Botey | Manuela Roka   # prime minister
actor GNQGOV 2024-08-16.. : Manuel Osa Nsue Nsua | Manuel Osa Nsue   # prime minister; approx date
actor GNQGOV 2018-02-01..2024-08-16 : Simeon Oyono Esono Angue | Simeón Oyono Esono Angue   # foreign minister; approx date

# ===== GRC Greece [HS HG FM DM]
# Samaras, Tsipras and Mitsotakis are in actors.lex.
actor GRCGOV 2005-03-12..2015-03-13 : Karolos Papoulias | Papoulias
actor GRCGOV 2015-03-13..2020-03-13 : Prokopis Pavlopoulos | Pavlopoulos
actor GRCGOV 2020-03-13..2025-03-13 : Katerina Sakellaropoulou | Sakellaropoulou
actor GRCGOV 2025-03-13.. : Konstantinos Tasoulas | Kostas Tasoulas | Tasoulas
actor GRCGOV 2015-08-27..2015-09-21 : Vassiliki Thanou | Vassiliki Thanou-Christophilou   # caretaker prime minister
actor GRCGOV 2023-05-25..2023-06-26 : Ioannis Sarmas | Sarmas   # caretaker prime minister
actor GRCGOV 2013-06-25..2015-01-27 : Evangelos Venizelos | Venizelos   # foreign minister
actor GRCGOV 2015-01-27..2018-10-17 : Nikos Kotzias | Kotzias   # foreign minister
actor GRCGOV 2019-02-15..2019-07-09 : Georgios Katrougalos | George Katrougalos | Katrougalos   # foreign minister
actor GRCMIL 2014-06-10..2015-01-27 : Nikos Dendias | Dendias
actor GRCGOV 2019-07-09..2023-06-27 : Nikos Dendias | Dendias   # foreign minister
actor GRCMIL 2023-06-27.. : Nikos Dendias | Dendias
actor GRCGOV 2023-06-27.. : Giorgos Gerapetritis | George Gerapetritis | Gerapetritis   # foreign minister
actor GRCMIL 2015-01-27..2019-01-13 : Panos Kammenos | Kammenos
actor GRCMIL 2019-01-14..2019-07-09 : Evangelos Apostolakis | Apostolakis
actor GRCMIL 2019-07-09..2023-06-27 : Nikos Panagiotopoulos | Nikolaos Panagiotopoulos

# ===== GRD Grenada [HS HG]
# No armed forces (or none with a minister of its own): no defence minister.
# Head of state: the British monarch (GBR block).
actor GRDGOV 2013-02-20..2022-06-24 : Keith Mitchell
actor GRDGOV 2022-06-24.. : Dickon Mitchell

# ===== GTM Guatemala [HS HG FM]
actor GTMGOV 2012-01-14..2015-09-03 : Otto Perez Molina | Otto Pérez Molina | Perez Molina | Pérez Molina
actor GTMGOV 2015-09-03..2016-01-14 : Alejandro Maldonado | Alejandro Maldonado Aguirre
actor GTMGOV 2016-01-14..2020-01-14 : Jimmy Morales
actor GTMGOV 2020-01-14..2024-01-15 : Alejandro Giammattei | Giammattei
actor GTMGOV 2024-01-15.. : Bernardo Arevalo | Bernardo Arévalo
actor GTMGOV 2014-01-01..2017-08-01 : Carlos Raul Morales | Carlos Raúl Morales   # foreign minister; approx date
actor GTMGOV 2017-08-01..2020-01-14 : Sandra Jovel   # foreign minister; approx date
actor GTMGOV 2020-01-14..2021-09-01 : Pedro Brolo   # foreign minister; approx date
actor GTMGOV 2021-09-01..2024-01-15 : Mario Bucaro | Mario Búcaro   # foreign minister; approx date
actor GTMGOV 2024-01-15.. : Carlos Ramiro Martinez | Carlos Ramiro Martínez   # foreign minister

# ===== GUY Guyana [HS HG FM]
# No defence minister: the president commands the Guyana Defence Force.
actor GUYGOV 2011-12-03..2015-05-16 : Donald Ramotar | Ramotar
actor GUYGOV 2015-05-16..2020-08-02 : David Granger
actor GUYGOV 2020-08-02.. : Irfaan Ali | Mohamed Irfaan Ali
actor GUYGOV 2015-05-20..2020-08-02 : Moses Nagamootoo | Nagamootoo   # prime minister
actor GUYGOV 2020-08-02.. : Mark Phillips   # prime minister
actor GUYGOV 2015-05-20..2019-03-01 : Carl Greenidge   # foreign minister; approx date
actor GUYGOV 2019-03-01..2020-08-02 : Karen Cummings   # foreign minister; approx date
actor GUYGOV 2020-08-05.. : Hugh Todd   # foreign minister; approx date

# ===== HND Honduras [HS HG FM DM]
actor HNDGOV 2014-01-27..2022-01-27 : Juan Orlando Hernandez | Juan Orlando Hernández
actor HNDGOV 2022-01-27..2026-01-27 : Xiomara Castro
actor HNDGOV 2026-01-27.. : Nasry Asfura | Asfura   # winner of the Nov 2025 election; verify
actor HNDGOV 2022-01-27..2026-01-27 : Eduardo Enrique Reina   # foreign minister
actor HNDMIL 2022-01-27..2024-09-01 : Jose Manuel Zelaya | José Manuel Zelaya   # approx date
actor HNDMIL 2024-09-01..2026-01-27 : Rixi Moncada   # approx date

# ===== HRV Croatia [HS HG FM DM]
actor HRVGOV 2010-02-18..2015-02-19 : Ivo Josipovic | Ivo Josipović | Josipovic | Josipović
actor HRVGOV 2015-02-19..2020-02-19 : Kolinda Grabar-Kitarovic | Kolinda Grabar-Kitarović | Grabar-Kitarovic | Grabar-Kitarović
actor HRVGOV 2011-12-23..2016-01-22 : Zoran Milanovic | Zoran Milanović | Milanovic | Milanović   # prime minister
actor HRVGOV 2020-02-19.. : Zoran Milanovic | Zoran Milanović | Milanovic | Milanović
actor HRVGOV 2016-01-22..2016-10-19 : Tihomir Oreskovic | Tihomir Orešković | Oreskovic | Orešković
actor HRVGOV 2016-10-19.. : Andrej Plenkovic | Andrej Plenković | Plenkovic | Plenković
actor HRVGOV 2011-12-23..2016-01-22 : Vesna Pusic | Vesna Pusić   # foreign minister
actor HRVGOV 2016-01-22..2016-10-19 : Miro Kovac | Miro Kovač   # foreign minister
actor HRVGOV 2016-10-19..2017-06-19 : Davor Ivo Stier | Davor Stier   # foreign minister
actor HRVGOV 2017-06-19..2019-07-19 : Marija Pejcinovic Buric | Marija Pejčinović Burić | Pejcinovic Buric | Pejčinović Burić   # foreign minister
actor HRVGOV 2019-07-19.. : Gordan Grlic Radman | Gordan Grlić Radman | Grlic Radman | Grlić Radman   # foreign minister
actor HRVMIL 2012-01-01..2016-01-22 : Ante Kotromanovic | Ante Kotromanović   # approx date
actor HRVMIL 2016-10-19..2020-07-23 : Damir Krsticevic | Damir Krstičević | Krsticevic | Krstičević   # approx date
actor HRVMIL 2020-07-23..2022-01-20 : Mario Banozic | Mario Banožić | Banozic | Banožić   # approx date
actor HRVMIL 2022-01-20.. : Ivan Anusic | Ivan Anušić | Anusic | Anušić   # approx date

# ===== HTI Haiti [HS HG FM]
# Jovenel Moise and Ariel Henry are in actors.lex.
actor HTIGOV 2011-05-14..2016-02-07 : Michel Martelly | Martelly
actor HTIGOV 2016-02-14..2017-02-07 : Jocelerme Privert | Privert   # interim president
actor HTIGOV 2015-01-16..2016-03-28 : Evans Paul   # prime minister
actor HTIGOV 2016-03-28..2017-03-21 : Enex Jean-Charles   # prime minister
actor HTIGOV 2017-03-21..2018-09-17 : Jack Guy Lafontant | Lafontant   # prime minister
actor HTIGOV 2018-09-17..2019-03-21 : Jean-Henry Ceant | Jean-Henry Céant   # prime minister
actor HTIGOV 2020-03-04..2021-04-14 : Joseph Jouthe | Jouthe   # prime minister
actor HTIGOV 2020-03-01..2021-07-20 : Claude Joseph   # foreign minister, acting prime minister from 2021-04-14; approx date
actor HTIGOV 2024-06-03..2024-11-11 : Garry Conille | Conille   # prime minister
actor HTIGOV 2024-11-11.. : Alix Didier Fils-Aime | Alix Didier Fils-Aimé | Fils-Aimé | Fils-Aime   # prime minister

# ===== HUN Hungary [HS HG FM DM]
# Presidents, Orban, Szijjarto and the defence ministers 2015-2026: all in actors.lex.

# ===== IDN Indonesia [HS HG FM DM]
# Joko Widodo, Prabowo Subianto and Retno Marsudi are in actors.lex.
actor IDNGOV 2024-10-21.. : Sugiono   # foreign minister
actor IDNMIL 2014-10-27..2019-10-23 : Ryamizard Ryacudu | Ryacudu
actor IDNMIL 2024-10-21.. : Sjafrie Sjamsoeddin | Sjafrie

# ===== IND India [HS HG FM DM]
# Presidents, Modi, foreign and defence ministers: in actors.lex (Arun Jaitley, who also held
# defence in 2014 and 2017, is coded GOV there as finance minister).

# ===== IRL Ireland [HS HG FM DM]
# Micheal Martin (Taoiseach, then Tanaiste and minister for foreign affairs and defence, then
# Taoiseach) is in actors.lex.  Irish defence has often been held by the Taoiseach or the
# foreign minister; the combined spells are coded GOV.
actor IRLGOV 2011-11-11..2025-11-11 : Michael D. Higgins | Michael D Higgins | Michael Higgins   # president
actor IRLGOV 2025-11-11.. : Catherine Connolly   # president
actor IRLGOV 2011-03-09..2017-06-14 : Enda Kenny
actor IRLGOV 2017-06-14..2024-04-09 : Leo Varadkar | Varadkar   # Taoiseach, Tanaiste 2020-2022, Taoiseach from 2022-12-17
actor IRLGOV 2024-04-09.. : Simon Harris   # Taoiseach, then Tanaiste and foreign and defence minister from 2025-01-23, finance minister from Nov 2025
actor IRLGOV 2014-07-11..2017-06-14 : Charles Flanagan   # foreign minister
actor IRLMIL 2014-07-15..2016-05-06 : Simon Coveney | Coveney
actor IRLGOV 2017-06-14..2022-12-17 : Simon Coveney | Coveney   # foreign minister, also defence from 2020-06-27
actor IRLGOV 2025-11-18.. : Helen McEntee | McEntee   # foreign and defence minister; approx date

# ===== IRN Iran [HS HG FM DM]
# Supreme leader, presidents, foreign and defence ministers 2015-2026: all in actors.lex.

# ===== IRQ Iraq [HS HG FM DM]
# Presidents, prime ministers, foreign ministers and some defence ministers are in actors.lex.
actor IRQMIL 2017-01-30..2018-10-25 : Erfan al-Hiyali | Irfan al-Hiyali | al-Hiyali   # approx date
actor IRQMIL 2019-06-24..2020-05-07 : Najah al-Shammari
actor IRQMIL 2020-06-06..2022-10-27 : Juma Inad | Jumaa Inad | Juma Anad | Jumaa Anad
# earlier spells of people the unknown-actor report found (twenty-first session)
actor IRQMIL 2005-05-08..2006-05-20 : Saadoun al-Dulaimi | Saadun al-Dulaimi | Sadoun al-Dulaimi | Sadun al-Dulaimi   # approx date

# ===== ISL Iceland [HS HG FM]
# No armed forces, so no defence minister.
actor ISLGOV 1996-08-01..2016-08-01 : Olafur Ragnar Grimsson | Ólafur Ragnar Grímsson
actor ISLGOV 2016-08-01..2024-08-01 : Gudni Johannesson | Gudni Th. Johannesson | Guðni Th. Jóhannesson   # the "Th." forms do not match yet (the sentence splitter ends the sentence at "Th.")
actor ISLGOV 2024-08-01.. : Halla Tomasdottir | Halla Tómasdóttir
actor ISLGOV 2013-05-23..2016-04-07 : Sigmundur David Gunnlaugsson | Sigmundur Davíð Gunnlaugsson | Gunnlaugsson
actor ISLGOV 2016-04-07..2017-01-11 : Sigurdur Ingi Johannsson | Sigurður Ingi Jóhannsson
actor ISLGOV 2013-05-23..2024-12-21 : Bjarni Benediktsson   # finance minister, PM 2017, foreign minister 2023-2024, PM 2024
actor ISLGOV 2017-11-30..2024-04-09 : Katrin Jakobsdottir | Katrín Jakobsdóttir | Jakobsdottir | Jakobsdóttir
actor ISLGOV 2024-12-21.. : Kristrun Frostadottir | Kristrún Frostadóttir | Frostadottir | Frostadóttir
actor ISLGOV 2013-05-23..2016-04-07 : Gunnar Bragi Sveinsson   # foreign minister
actor ISLGOV 2016-04-07..2017-01-11 : Lilja Alfredsdottir | Lilja Alfreðsdóttir   # foreign minister
actor ISLGOV 2017-01-11..2021-11-28 : Gudlaugur Thor Thordarson | Guðlaugur Þór Þórðarson   # foreign minister
actor ISLGOV 2021-11-28..2024-12-21 : Thordis Kolbrun Reykfjord Gylfadottir | Þórdís Kolbrún Reykfjörð Gylfadóttir | Thordis Gylfadottir   # foreign minister (finance 2023-10..2024-04)
actor ISLGOV 2024-12-21.. : Thorgerdur Katrin Gunnarsdottir | Þorgerður Katrín Gunnarsdóttir   # foreign minister

# ===== ISR Israel [HS HG FM DM]
# Presidents, prime ministers, foreign and defence ministers 2015-2026: all in actors.lex.

# ===== ITA Italy [HS HG FM DM]
# Presidents, prime ministers, foreign and defence ministers 2015-2026: all in actors.lex.
# earlier spells of people the unknown-actor report found (twenty-first session)
actor ITAMIL 1998-10-21..2000-04-26 : Carlo Scognamiglio | Carlo Scognamiglio Pasini | Scognamiglio   # approx date

# ===== JAM Jamaica [HS HG FM]
# Head of state: the British monarch (GBR block); the prime minister also holds defence.
actor JAMGOV 2012-01-05..2016-03-03 : Portia Simpson-Miller | Portia Simpson Miller | Simpson-Miller
actor JAMGOV 2016-03-03.. : Andrew Holness | Holness
actor JAMGOV 2016-03-07.. : Kamina Johnson Smith   # foreign minister

# ===== JOR Jordan [HS HG FM DM]
# King, prime ministers and foreign ministers: in actors.lex; the prime minister is also
# defence minister.

# ===== JPN Japan [HS HG FM DM]
# Emperors, prime ministers, foreign and defence ministers: in actors.lex, except
actor JPNMIL 2014-09-03..2014-12-24 : Akinori Eto

# ===== KAZ Kazakhstan [HS HG FM DM]
# Nazarbayev, Tokayev and several foreign ministers are in actors.lex.
actor KAZGOV 2014-04-02..2016-09-08 : Karim Massimov | Karim Masimov | Massimov   # prime minister
actor KAZGOV 2016-09-09..2019-02-21 : Bakhytzhan Sagintayev | Sagintayev
actor KAZGOV 2019-02-25..2022-01-05 : Askar Mamin | Mamin
actor KAZGOV 2022-01-11..2024-02-05 : Alikhan Smailov | Smailov
actor KAZGOV 2024-02-06.. : Olzhas Bektenov | Oljas Bektenov | Bektenov
actor KAZGOV 2016-12-28..2018-12-18 : Kairat Abdrakhmanov   # foreign minister
actor KAZGOV 2018-12-18..2019-06-01 : Beibut Atamkulov | Atamkulov   # foreign minister; approx date
actor KAZGOV 2025-09-01.. : Yermek Kosherbayev | Kosherbayev   # foreign minister; approx date
actor KAZMIL 2014-10-01..2016-09-13 : Imangali Tasmagambetov | Tasmagambetov   # approx date
actor KAZMIL 2016-09-13..2018-08-07 : Saken Zhasuzakov | Zhasuzakov   # approx date
actor KAZMIL 2018-08-07..2021-08-31 : Nurlan Yermekbayev | Yermekbayev   # approx date
actor KAZMIL 2021-08-31..2022-01-19 : Murat Bektanov | Bektanov   # approx date
actor KAZMIL 2022-01-19.. : Ruslan Zhaksylykov | Zhaksylykov   # approx date

# ===== KEN Kenya [HS HG FM DM]
# Presidents, foreign and most defence ministers are in actors.lex.
actor KENMIL 2024-08-08.. : Soipan Tuya | Roselinda Soipan Tuya   # approx date

# ===== KGZ Kyrgyzstan [HS HG FM]
# Sadyr Japarov (president from 2021) is in actors.lex.
actor KGZGOV 2011-12-01..2017-11-24 : Almazbek Atambayev | Almazbek Atambaev | Atambayev | Atambaev
actor KGZGOV 2016-04-13..2020-10-15 : Sooronbay Jeenbekov | Sooronbai Jeenbekov | Jeenbekov   # prime minister to 2017-08-22, president from 2017-11-24
actor KGZGOV 2015-09-01..2016-04-13 : Temir Sariyev | Temir Sariev | Sariyev   # prime minister; approx date
actor KGZGOV 2017-08-26..2018-04-20 : Sapar Isakov   # prime minister; approx date
actor KGZGOV 2018-04-20..2020-06-15 : Muhammedkalyi Abylgaziev | Abylgaziev   # prime minister; approx date
actor KGZGOV 2020-10-14..2020-11-14 : Sadyr Japarov | Sadyr Zhaparov | Japarov   # prime minister and acting president
actor KGZGOV 2021-10-12..2024-12-16 : Akylbek Japarov | Akylbek Zhaparov   # chairman of the cabinet; approx date
actor KGZGOV 2024-12-16.. : Adylbek Kasymaliev | Kasymaliev   # chairman of the cabinet; approx date
actor KGZGOV 2012-09-01..2018-05-01 : Erlan Abdyldaev | Abdyldaev   # foreign minister; approx date
actor KGZGOV 2018-05-01..2020-10-15 : Chingiz Aidarbekov | Aidarbekov   # foreign minister; approx date
actor KGZGOV 2020-10-15..2022-05-01 : Ruslan Kazakbaev | Kazakbaev   # foreign minister; approx date
actor KGZGOV 2022-05-01.. : Jeenbek Kulubaev | Kulubaev   # foreign minister; approx date
# earlier spells of people the unknown-actor report found (twenty-first session)
actor KGZGOV 2005-03-25..2010-04-07 : Kurmanbek Bakiyev | Kurmanbek Bakiev | Bakiyev | Bakiev   # acting, then elected president

# ===== KHM Cambodia [HS HG FM DM]
# Hun Sen is in actors.lex.
actor KHMGOV 2004-10-29.. : King Norodom Sihamoni | Norodom Sihamoni | Sihamoni
actor KHMGOV 2023-08-22.. : Hun Manet
actor KHMGOV 1998-11-30..2016-04-04 : Hor Namhong | Hor Nam Hong   # foreign minister
actor KHMGOV 2016-04-04..2023-08-22 : Prak Sokhonn | Sokhonn   # foreign minister
actor KHMGOV 2023-08-22.. : Sok Chenda Sophea   # foreign minister
actor KHMMIL 1998-11-30..2023-08-22 : Tea Banh
actor KHMMIL 2023-08-22.. : Tea Seiha

# ===== KIR Kiribati [HS HG]
# No armed forces (or none with a minister of its own): no defence minister.
actor KIRGOV 2003-07-10..2016-03-11 : Anote Tong
actor KIRGOV 2016-03-11.. : Taneti Maamau | Maamau

# ===== KNA Saint Kitts and Nevis [HS HG FM]
# Defence is held by the prime minister (no separate defence minister).
# Head of state: the British monarch (GBR block).
actor KNAGOV 1995-07-07..2015-02-18 : Denzil Douglas
actor KNAGOV 2022-08-06.. : Denzil Douglas   # foreign minister
actor KNAGOV 2015-02-18..2022-08-06 : Timothy Harris
actor KNAGOV 2022-08-06.. : Terrance Drew

# ===== KOR South Korea [HS HG FM DM]
# Presidents (heads of state and government), acting presidents, foreign and defence ministers
# are in actors.lex.  Prime ministers (the president's deputy):
actor KORGOV 2015-02-17..2015-04-27 : Lee Wan-koo | Lee Wan Koo
actor KORGOV 2017-05-31..2020-01-14 : Lee Nak-yon | Lee Nak-yeon | Lee Nak Yon
actor KORGOV 2020-01-14..2021-05-14 : Chung Sye-kyun | Chung Sye Kyun
actor KORGOV 2021-05-14..2022-05-12 : Kim Boo-kyum | Kim Boo Kyum

# ===== KWT Kuwait [HS HG FM DM]
actor KWTGOV 2006-01-29..2020-09-29 : Sabah al-Ahmad al-Jaber al-Sabah | Sabah al-Ahmad | Sheikh Sabah al-Ahmad
actor KWTGOV 2020-09-29..2023-12-16 : Nawaf al-Ahmad al-Jaber al-Sabah | Nawaf al-Ahmad | Sheikh Nawaf al-Ahmad
actor KWTGOV 2020-10-08.. : Mishal al-Ahmad al-Jaber al-Sabah | Mishal al-Ahmad | Sheikh Mishal al-Ahmad | Meshal al-Ahmad   # crown prince, emir from 2023-12-16
actor KWTGOV 2011-11-30..2019-11-19 : Jaber al-Mubarak al-Hamad al-Sabah | Jaber al-Mubarak   # prime minister
actor KWTGOV 2011-10-01..2022-07-24 : Sabah al-Khalid al-Hamad al-Sabah | Sabah al-Khalid   # foreign minister, prime minister from 2019-11-19; approx date
actor KWTGOV 2022-07-24..2024-01-04 : Ahmad Nawaf al-Ahmad al-Sabah | Ahmad Nawaf   # prime minister
actor KWTGOV 2024-01-04..2024-04-15 : Mohammad Sabah al-Salem al-Sabah | Mohammad Sabah al-Salem   # prime minister
actor KWTGOV 2024-05-15.. : Ahmad Abdullah al-Ahmad al-Sabah | Ahmad Abdullah al-Ahmad   # prime minister
actor KWTGOV 2019-12-17..2022-08-01 : Ahmad Nasser al-Mohammad al-Sabah | Ahmad Nasser al-Mohammad   # foreign minister; approx date
actor KWTGOV 2024-01-17.. : Abdullah al-Yahya | Abdullah Ali al-Yahya   # foreign minister; approx date
actor KWTMIL 2013-08-04..2017-11-01 : Khalid al-Jarrah al-Sabah | Khalid al-Jarrah   # approx date
actor KWTMIL 2017-12-11..2019-11-19 : Nasser Sabah al-Ahmad al-Sabah | Nasser Sabah al-Ahmad   # approx date
actor KWTMIL 2024-05-15.. : Fahad Yousef Saud al-Sabah | Fahad al-Yousef   # interior and defence minister; approx date

# ===== LAO Laos [HS HG FM DM]
actor LAOGOV 2006-06-08..2016-04-20 : Choummaly Sayasone | Choummaly
actor LAOGOV 2016-04-20..2021-03-22 : Bounnhang Vorachith | Bounnhang
actor LAOGOV 2006-06-08.. : Thongloun Sisoulith | Thongloun   # foreign minister, PM 2016-2021, president from 2021-03-22
actor LAOGOV 2010-12-23..2016-04-20 : Thongsing Thammavong | Thongsing   # prime minister
actor LAOGOV 2021-03-22..2022-12-30 : Phankham Viphavanh | Phankham   # prime minister
actor LAOGOV 2022-12-30.. : Sonexay Siphandone | Sonexay   # prime minister
actor LAOGOV 2016-04-20.. : Saleumxay Kommasith | Saleumxay   # foreign minister
actor LAOMIL 2016-04-20.. : Chansamone Chanyalath | Chansamone   # approx date

# ===== LBN Lebanon [HS HG FM DM]
# Presidents (office vacant 2014-05-25..2016-10-31 and 2022-10-31..2025-01-09), prime ministers
# and some foreign ministers are in actors.lex.
actor LBNGOV 2020-01-21..2020-08-03 : Nassif Hitti | Nasif Hitti | Hitti
actor LBNGOV 2020-08-03..2021-05-19 : Charbel Wehbe | Charbel Wehbi   # approx date
actor LBNMIL 2014-02-15..2016-12-18 : Samir Moqbel | Samir Mokbel | Moqbel
actor LBNMIL 2016-12-18..2019-01-31 : Yacoub Sarraf | Yaacoub Sarraf   # approx date
actor LBNMIL 2019-01-31..2020-01-21 : Elias Bou Saab | Bou Saab
actor LBNMIL 2020-01-21..2021-09-10 : Zeina Akar | Zeina Acar   # also acting foreign minister 2021
actor LBNMIL 2021-09-10..2025-02-08 : Maurice Slim
actor LBNMIL 2025-02-08.. : Michel Menassa | Michel Mnassa

# ===== LBR Liberia [HS HG FM DM]
actor LBRGOV 2006-01-16..2018-01-22 : Ellen Johnson Sirleaf | Ellen Johnson-Sirleaf | Johnson Sirleaf | Sirleaf
actor LBRGOV 2018-01-22..2024-01-22 : George Weah | George Manneh Weah | Weah
actor LBRGOV 2024-01-22.. : Joseph Boakai | Joseph Nyuma Boakai | Boakai
actor LBRGOV 2016-02-01..2018-01-22 : Marjon Kamara   # foreign minister; approx date
actor LBRGOV 2018-01-29..2020-07-01 : Gbehzohngar Findley   # foreign minister; approx date
actor LBRGOV 2020-07-01..2024-01-22 : Dee-Maxwell Saah Kemayah | Kemayah   # foreign minister; approx date
actor LBRGOV 2024-02-01.. : Sara Beysolow Nyanti | Beysolow Nyanti   # foreign minister; approx date
actor LBRMIL 2006-02-01..2018-01-22 : Brownie Samukai | Samukai   # approx date
actor LBRMIL 2018-01-29..2024-01-22 : Daniel Ziankahn | Ziankahn   # approx date

# ===== LBY Libya [HS HG FM DM]
# Fayez al-Sarraj and Abdul Hamid Dbeibah (also defence minister) are in actors.lex.
actor LBYGOV 2021-03-15.. : Mohamed al-Menfi | Mohammed al-Menfi | Mohamed Younis al-Menfi | al-Menfi | Menfi   # Presidential Council chairman
actor LBYGOV 2014-09-01..2021-03-15 : Abdullah al-Thani | Abdullah al-Thinni | al-Thinni   # eastern-based prime minister; approx date
actor LBYGOV 2018-10-07..2021-03-15 : Fathi Bashagha | Fathi Bashaga | Bashagha   # GNA interior minister
actor LBYGOV 2022-03-01..2023-05-16 : Fathi Bashagha | Fathi Bashaga | Bashagha   # eastern-backed prime minister; approx date
actor LBYGOV 2023-05-16.. : Osama Hammad | Osama Hamad   # eastern-based prime minister; approx date
actor LBYGOV 2016-03-30..2021-03-15 : Mohamed Taha Siala | Mohammed Siala | Siala   # foreign minister; approx date
actor LBYGOV 2021-03-15..2023-08-27 : Najla Mangoush | Najla el-Mangoush | Mangoush
actor LBYMIL 2016-03-30..2018-01-01 : Mahdi al-Barghathi | Al-Mahdi al-Barghathi | Barghathi   # approx date
actor LBYMIL 2020-08-01..2021-03-15 : Salah al-Namroush | Salaheddine al-Namroush | Namroush   # approx date

# ===== LCA Saint Lucia [HS HG FM]
# No armed forces (or none with a minister of its own): no defence minister.
# Head of state: the British monarch (GBR block).
actor LCAGOV 2011-11-30..2016-06-07 : Kenny Anthony | Kenny D. Anthony
actor LCAGOV 2016-06-07..2021-07-28 : Allen Chastanet | Chastanet
actor LCAGOV 2021-07-28.. : Philip J. Pierre | Philip Pierre
actor LCAGOV 2021-08-01.. : Alva Baptiste   # foreign minister; approx date

# ===== LIE Liechtenstein [HS HG FM]
# No armed forces.  Head of state: Prince Hans-Adam II, with Hereditary Prince Alois as regent.
actor LIEGOV 1989-11-13.. : Prince Hans-Adam II | Hans-Adam II
actor LIEGOV 2004-08-15.. : Prince Alois | Hereditary Prince Alois   # regent
actor LIEGOV 2013-03-27..2021-03-25 : Adrian Hasler   # head of government
actor LIEGOV 2021-03-25..2025-04-10 : Daniel Risch   # head of government
actor LIEGOV 2025-04-10.. : Brigitte Haas   # head of government
actor LIEGOV 2009-03-25..2019-07-01 : Aurelia Frick   # foreign minister; approx date
actor LIEGOV 2021-03-25..2025-04-10 : Dominique Hasler   # foreign minister; approx date

# ===== LKA Sri Lanka [HS HG FM DM]
# Gotabaya Rajapaksa and Anura Kumara Dissanayake (presidents, also defence ministers) and
# Mahinda Rajapaksa's presidency are in actors.lex.
actor LKAGOV 2015-01-09..2019-11-18 : Maithripala Sirisena | Sirisena
actor LKAGOV 2018-10-26..2018-12-15 : Mahinda Rajapaksa | Mahinda Rajapakse   # disputed prime minister
actor LKAGOV 2019-11-21..2022-05-09 : Mahinda Rajapaksa | Mahinda Rajapakse   # prime minister
actor LKAGOV 2015-01-09..2018-10-26 : Ranil Wickremesinghe | Ranil Wickramasinghe | Wickremesinghe   # prime minister
actor LKAGOV 2018-12-16..2019-11-21 : Ranil Wickremesinghe | Ranil Wickramasinghe | Wickremesinghe   # prime minister
actor LKAGOV 2022-05-12..2024-09-23 : Ranil Wickremesinghe | Ranil Wickramasinghe | Wickremesinghe   # prime minister, president from 2022-07-21
actor LKAGOV 2019-11-22..2024-09-23 : Dinesh Gunawardena   # foreign minister to 2021, prime minister from 2022-07-22
actor LKAGOV 2024-09-24.. : Harini Amarasuriya | Amarasuriya   # prime minister
actor LKAGOV 2015-01-12..2017-05-22 : Mangala Samaraweera | Samaraweera   # foreign minister
actor LKAGOV 2017-08-15..2019-11-22 : Tilak Marapana | Marapana   # foreign minister; approx date
actor LKAGOV 2021-08-16..2022-05-09 : G.L. Peiris | G. L. Peiris | GL Peiris   # foreign minister
actor LKAGOV 2022-05-23..2024-09-23 : Ali Sabry | M. U. M. Ali Sabry   # foreign minister
actor LKAGOV 2024-09-24.. : Vijitha Herath   # foreign minister
# earlier spells of people the unknown-actor report found (twenty-first session)
actor LKAGOV 1994-08-19..2005-11-19 : Chandrika Kumaratunga | Chandrika Bandaranaike Kumaratunga | Kumaratunga   # prime minister, president from 1994-11-12
actor LKAGOV 1994-08-19..2001-12-12 : Lakshman Kadirgamar | Kadirgamar   # foreign minister; approx date
actor LKAGOV 2004-04-10..2005-08-13 : Lakshman Kadirgamar | Kadirgamar   # foreign minister until his assassination; approx date

# ===== LSO Lesotho [HS HG]
actor LSOGOV 1996-02-07.. : King Letsie III | Letsie III
actor LSOGOV 2012-06-08..2015-03-17 : Tom Thabane | Thomas Thabane | Thabane
actor LSOGOV 2017-06-16..2020-05-20 : Tom Thabane | Thomas Thabane | Thabane
actor LSOGOV 2015-03-17..2017-06-16 : Pakalitha Mosisili | Mosisili
actor LSOGOV 2020-05-20..2022-10-28 : Moeketsi Majoro | Majoro
actor LSOGOV 2022-10-28.. : Sam Matekane | Matekane

# ===== LTU Lithuania [HS HG FM DM]
# Presidents are in actors.lex.
actor LTUGOV 2012-12-13..2016-12-13 : Algirdas Butkevicius | Algirdas Butkevičius | Butkevicius | Butkevičius
actor LTUGOV 2016-12-13..2020-12-11 : Saulius Skvernelis | Skvernelis
actor LTUGOV 2020-12-11..2024-12-12 : Ingrida Simonyte | Ingrida Šimonytė | Simonyte | Šimonytė
actor LTUGOV 2024-12-12..2025-08-04 : Gintautas Paluckas | Paluckas   # approx date
actor LTUGOV 2025-08-04.. : Inga Ruginiene | Inga Ruginienė | Ruginiene | Ruginienė   # acting, then prime minister from 2025-09; approx date
actor LTUGOV 2012-12-13..2020-12-11 : Linas Linkevicius | Linas Linkevičius | Linkevicius | Linkevičius   # foreign minister
actor LTUGOV 2020-12-11..2024-12-12 : Gabrielius Landsbergis | Landsbergis   # foreign minister
actor LTUGOV 2024-12-12.. : Kestutis Budrys | Kęstutis Budrys | Budrys   # foreign minister
actor LTUMIL 2012-12-13..2016-12-13 : Juozas Olekas | Olekas
actor LTUMIL 2016-12-13..2020-12-11 : Raimundas Karoblis | Karoblis
actor LTUMIL 2020-12-11..2024-04-01 : Arvydas Anusauskas | Arvydas Anušauskas | Anusauskas | Anušauskas   # approx date
actor LTUMIL 2024-04-01..2024-12-12 : Laurynas Kasciunas | Laurynas Kasčiūnas | Kasciunas | Kasčiūnas   # approx date
actor LTUMIL 2024-12-12..2025-10-01 : Dovile Sakaliene | Dovilė Šakalienė | Sakaliene | Šakalienė   # approx date
actor LTUMIL 2025-10-01.. : Robertas Kaunas   # approx date

# ===== LUX Luxembourg [HS HG FM DM]
actor LUXGOV 2000-10-07..2025-10-03 : Grand Duke Henri
actor LUXGOV 2025-10-03.. : Grand Duke Guillaume
actor LUXGOV 2013-12-04.. : Xavier Bettel | Bettel   # prime minister, foreign minister from 2023-11-17
actor LUXGOV 2023-11-17.. : Luc Frieden | Frieden
actor LUXGOV 2004-07-31..2023-11-17 : Jean Asselborn | Asselborn   # foreign minister
actor LUXMIL 2013-12-04..2018-12-05 : Etienne Schneider | Étienne Schneider
actor LUXMIL 2018-12-05..2023-11-17 : Francois Bausch | François Bausch
actor LUXMIL 2023-11-17.. : Yuriko Backes

# ===== LVA Latvia [HS HG FM DM]
actor LVAGOV 2011-07-08..2015-07-08 : Andris Berzins | Andris Bērziņš
actor LVAMIL 2014-01-22..2015-07-08 : Raimonds Vejonis | Raimonds Vējonis | Vejonis | Vējonis
actor LVAGOV 2015-07-08..2019-07-08 : Raimonds Vejonis | Raimonds Vējonis | Vejonis | Vējonis
actor LVAGOV 2019-07-08..2023-07-08 : Egils Levits | Levits
actor LVAGOV 2011-10-25.. : Edgars Rinkevics | Edgars Rinkēvičs | Rinkevics | Rinkēvičs   # foreign minister, president from 2023-07-08
actor LVAGOV 2014-01-22..2016-02-11 : Laimdota Straujuma | Straujuma
actor LVAGOV 2016-02-11..2019-01-23 : Maris Kucinskis | Māris Kučinskis | Kucinskis | Kučinskis
actor LVAGOV 2019-01-23..2024-04-01 : Krisjanis Karins | Krišjānis Kariņš | Karins | Kariņš   # prime minister, foreign minister from 2023-09-15; approx date
actor LVAGOV 2023-09-15.. : Evika Silina | Evika Siliņa | Silina | Siliņa
actor LVAGOV 2024-04-01.. : Baiba Braze | Baiba Braže   # foreign minister; approx date
actor LVAMIL 2015-07-08..2019-01-23 : Raimonds Bergmanis | Bergmanis
actor LVAMIL 2019-01-23..2022-08-01 : Artis Pabriks | Pabriks   # approx date
actor LVAMIL 2022-12-14..2023-09-15 : Inara Murniece | Ināra Mūrniece
actor LVAMIL 2023-09-15.. : Andris Spruds | Andris Sprūds   # approx date

# ===== MAR Morocco [HS HG FM DM]
# King Mohammed VI and Nasser Bourita are in actors.lex.
actor MARGOV 2011-11-29..2017-04-05 : Abdelilah Benkirane | Abdelilah Benkiran | Benkirane
actor MARGOV 2017-04-05..2021-10-07 : Saadeddine Othmani | Saad Eddine El Othmani | Saadeddine El Othmani | El Othmani
actor MARGOV 2021-10-07.. : Aziz Akhannouch | Akhannouch
actor MARGOV 2013-10-10..2017-04-05 : Salaheddine Mezouar | Mezouar   # foreign minister
actor MARMIL 2010-01-04.. : Abdellatif Loudiyi | Loudiyi   # minister delegate for national defence administration

# ===== MCO Monaco [HS HG]
# No armed forces (or none with a minister of its own): no defence minister.
actor MCOGOV 2005-04-06.. : Prince Albert II | Prince Albert | Albert II of Monaco
actor MCOGOV 2010-03-29..2015-12-16 : Michel Roger   # minister of state
actor MCOGOV 2016-02-01..2020-09-01 : Serge Telle   # minister of state
actor MCOGOV 2020-09-01..2024-07-22 : Pierre Dartout   # minister of state; approx date
actor MCOGOV 2024-07-22..2025-01-17 : Didier Guillaume   # minister of state; approx date
actor MCOGOV 2025-03-01.. : Christophe Mirmand   # minister of state; approx date

# ===== MDA Moldova [HS HG FM DM]
# Dodon and Maia Sandu are in actors.lex.
actor MDAGOV 2012-03-23..2016-12-23 : Nicolae Timofti | Timofti
actor MDAGOV 2015-02-18..2015-06-22 : Chiril Gaburici | Gaburici
actor MDAGOV 2015-07-30..2015-10-29 : Valeriu Strelet | Valeriu Streleț | Strelet | Streleț
actor MDAGOV 2016-01-20..2019-06-08 : Pavel Filip
actor MDAGOV 2019-11-14..2020-12-31 : Ion Chicu | Chicu
actor MDAGOV 2021-08-06..2023-02-16 : Natalia Gavrilita | Natalia Gavrilița | Gavrilita | Gavrilița
actor MDAGOV 2023-02-16..2025-11-01 : Dorin Recean | Recean   # approx date
actor MDAGOV 2025-11-01.. : Alexandru Munteanu   # approx date
actor MDAGOV 2013-05-30..2016-01-20 : Natalia Gherman   # foreign minister
actor MDAGOV 2016-01-20..2017-01-01 : Andrei Galbur   # foreign minister; approx date
actor MDAGOV 2018-01-01..2019-06-08 : Tudor Ulianovschi | Ulianovschi   # foreign minister; approx date
actor MDAGOV 2019-06-08..2019-11-14 : Nicu Popescu   # foreign minister
actor MDAGOV 2021-08-06..2024-01-29 : Nicu Popescu   # foreign minister
actor MDAGOV 2019-11-14..2020-12-31 : Aurel Ciocoi | Ciocoi   # foreign minister; approx date
actor MDAGOV 2024-01-29.. : Mihai Popsoi | Mihai Popșoi | Popsoi | Popșoi   # foreign minister
actor MDAMIL 2021-08-06.. : Anatolie Nosatii | Anatolie Nosatîi | Nosatii | Nosatîi   # end of tenure not known

# ===== MDG Madagascar [HS HG]
actor MDGGOV 2014-01-25..2018-09-07 : Hery Rajaonarimampianina | Rajaonarimampianina
actor MDGGOV 2019-01-19..2025-10-14 : Andry Rajoelina | Rajoelina   # approx date
actor MDGGOV 2025-10-17.. : Michael Randrianirina | Randrianirina   # military leader after the Oct 2025 takeover
actor MDGGOV 2016-04-10..2018-06-06 : Olivier Mahafaly Solonandrasana | Mahafaly Solonandrasana   # prime minister; approx date
actor MDGGOV 2018-06-06..2025-10-06 : Christian Ntsay | Ntsay   # prime minister; approx date

# ===== MDV Maldives [HS HG FM DM]
actor MDVGOV 2013-11-17..2018-11-17 : Abdulla Yameen | Abdulla Yameen Abdul Gayoom | Yameen
actor MDVGOV 2018-11-17..2023-11-17 : Ibrahim Mohamed Solih | Ibu Solih | Solih
actor MDVGOV 2023-11-17.. : Mohamed Muizzu | Muizzu
actor MDVGOV 2018-11-17..2023-11-17 : Abdulla Shahid   # foreign minister
actor MDVGOV 2023-11-17..2025-04-01 : Moosa Zameer   # foreign minister; approx date
actor MDVGOV 2025-04-01.. : Abdulla Khaleel   # foreign minister; approx date
actor MDVMIL 2018-11-17..2023-11-17 : Mariya Didi | Mariya Ahmed Didi
actor MDVMIL 2023-11-17.. : Ghassan Maumoon

# ===== MEX Mexico [HS HG FM DM]
# Presidents, foreign and defence secretaries: in actors.lex, except
actor MEXGOV 2015-08-27..2017-01-04 : Claudia Ruiz Massieu | Ruiz Massieu   # foreign secretary

# ===== MHL Marshall Islands [HS HG]
# No armed forces (or none with a minister of its own): no defence minister.
actor MHLGOV 2012-01-10..2016-01-11 : Christopher Loeak | Loeak
actor MHLGOV 2016-01-28..2020-01-13 : Hilda Heine
actor MHLGOV 2024-01-03.. : Hilda Heine
actor MHLGOV 2020-01-13..2024-01-03 : David Kabua | Kabua

# ===== MKD North Macedonia [HS HG FM DM]
actor MKDGOV 2009-05-12..2019-05-12 : Gjorge Ivanov | Gjorgje Ivanov
actor MKDGOV 2019-05-12..2024-05-12 : Stevo Pendarovski | Pendarovski
actor MKDGOV 2024-05-12.. : Gordana Siljanovska-Davkova | Siljanovska-Davkova
actor MKDGOV 2006-08-27..2016-01-18 : Nikola Gruevski | Gruevski
actor MKDGOV 2016-01-18..2017-05-31 : Emil Dimitriev
actor MKDGOV 2017-05-31..2022-01-17 : Zoran Zaev | Zaev   # out of office 2020-01-03..2020-08-30
actor MKDGOV 2020-01-03..2020-08-30 : Oliver Spasovski | Spasovski   # caretaker prime minister
actor MKDGOV 2022-01-17..2024-01-28 : Dimitar Kovacevski | Dimitar Kovačevski | Kovacevski | Kovačevski
actor MKDGOV 2024-01-28..2024-06-23 : Talat Xhaferi | Xhaferi   # caretaker prime minister
actor MKDGOV 2024-06-23.. : Hristijan Mickoski | Mickoski
actor MKDGOV 2011-07-28..2017-06-01 : Nikola Poposki | Poposki   # foreign minister
actor MKDGOV 2017-06-01..2020-08-30 : Nikola Dimitrov   # foreign minister
actor MKDGOV 2020-08-30..2024-06-23 : Bujar Osmani   # foreign minister
actor MKDGOV 2024-06-23.. : Timco Mucunski | Timčo Mucunski | Mucunski   # foreign minister
actor MKDMIL 2017-06-01..2022-07-01 : Radmila Sekerinska | Radmila Šekerinska | Sekerinska | Šekerinska   # approx date
actor MKDMIL 2022-07-01..2024-06-23 : Slavjanka Petrovska   # approx date
actor MKDMIL 2024-06-23.. : Vlado Misajlovski | Misajlovski

# ===== MLI Mali [HS HG FM DM]
# Assimi Goita is in actors.lex.
actor MLIGOV 2013-09-04..2020-08-18 : Ibrahim Boubacar Keita | Ibrahim Boubacar Keïta | IBK
actor MLIGOV 2020-09-25..2021-05-24 : Bah Ndaw | Bah N'Daw   # transitional president
actor MLIGOV 2015-01-08..2017-04-08 : Modibo Keita | Modibo Keïta   # prime minister
actor MLIGOV 2017-04-08..2017-12-30 : Abdoulaye Idrissa Maiga | Abdoulaye Idrissa Maïga   # prime minister
actor MLIGOV 2017-12-30..2019-04-22 : Soumeylou Boubeye Maiga | Soumeylou Boubèye Maïga   # prime minister
actor MLIGOV 2019-04-22..2020-08-18 : Boubou Cisse | Boubou Cissé   # prime minister
actor MLIGOV 2020-09-27..2021-05-24 : Moctar Ouane   # prime minister
actor MLIGOV 2021-06-07..2024-11-20 : Choguel Kokalla Maiga | Choguel Kokalla Maïga | Choguel Maiga | Choguel Maïga   # prime minister
actor MLIGOV 2021-06-11.. : Abdoulaye Maiga | Abdoulaye Maïga   # minister and government spokesman, prime minister from 2024-11-21; approx date
actor MLIGOV 2014-04-11..2017-04-08 : Abdoulaye Diop   # foreign minister; approx date
actor MLIGOV 2021-06-11.. : Abdoulaye Diop   # foreign minister
actor MLIGOV 2019-05-05..2020-08-18 : Tiebile Drame | Tiébilé Dramé   # foreign minister; approx date
actor MLIMIL 2020-10-05.. : Sadio Camara   # approx date

# ===== MLT Malta [HS HG FM]
actor MLTGOV 2014-04-04..2019-04-04 : Marie-Louise Coleiro Preca | Coleiro Preca
actor MLTGOV 2013-03-13..2017-06-09 : George Vella   # foreign minister
actor MLTGOV 2019-04-04..2024-04-04 : George Vella   # president
actor MLTGOV 2024-04-04.. : Myriam Spiteri Debono   # president
actor MLTGOV 2013-03-11..2020-01-13 : Joseph Muscat
actor MLTGOV 2020-01-13.. : Robert Abela
actor MLTGOV 2017-06-09..2020-01-15 : Carmelo Abela   # foreign minister; approx date
actor MLTGOV 2020-01-15..2022-03-30 : Evarist Bartolo   # foreign minister
actor MLTGOV 2022-03-30.. : Ian Borg   # foreign minister

# ===== MMR Myanmar [HS HG FM DM]
# Thein Sein, Win Myint, Aung San Suu Kyi (state counsellor and foreign minister) and Min Aung
# Hlaing are in actors.lex.
actor MMRGOV 2016-03-30..2018-03-21 : Htin Kyaw
actor MMRGOV 2021-02-01..2024-07-22 : Myint Swe   # acting president
actor MMRGOV 2011-03-30..2016-03-30 : Wunna Maung Lwin   # foreign minister
actor MMRGOV 2021-02-01..2023-02-01 : Wunna Maung Lwin   # junta foreign minister; approx date
actor MMRGOV 2023-02-01.. : Than Swe   # junta foreign minister; approx date
actor MMRMIL 2015-08-01..2021-02-01 : Sein Win   # approx date
actor MMRMIL 2021-02-01..2024-08-01 : Mya Tun Oo   # approx date

# ===== MNE Montenegro [HS HG FM DM]
actor MNEGOV 2003-05-22..2018-05-20 : Filip Vujanovic | Filip Vujanović | Vujanovic | Vujanović
actor MNEGOV 2012-12-04..2016-11-28 : Milo Djukanovic | Milo Đukanović | Djukanovic | Đukanović
actor MNEGOV 2018-05-20..2023-05-20 : Milo Djukanovic | Milo Đukanović | Djukanovic | Đukanović
actor MNEGOV 2023-05-20.. : Jakov Milatovic | Jakov Milatović | Milatovic | Milatović
actor MNEGOV 2016-11-28..2020-12-04 : Dusko Markovic | Duško Marković
actor MNEGOV 2020-12-04..2022-04-28 : Zdravko Krivokapic | Zdravko Krivokapić
actor MNEGOV 2022-04-28..2023-10-31 : Dritan Abazovic | Dritan Abazović | Abazovic | Abazović
actor MNEGOV 2023-10-31.. : Milojko Spajic | Milojko Spajić | Spajic | Spajić
actor MNEGOV 2012-12-04..2016-11-28 : Igor Luksic | Igor Lukšić   # foreign minister
actor MNEGOV 2016-11-28..2020-12-04 : Srdjan Darmanovic | Srđan Darmanović | Darmanovic   # foreign minister
actor MNEGOV 2020-12-04..2022-04-28 : Djordje Radulovic | Đorđe Radulović   # foreign minister
actor MNEGOV 2022-04-28..2023-10-31 : Ranko Krivokapic | Ranko Krivokapić   # foreign minister
actor MNEGOV 2023-10-31.. : Filip Ivanovic | Filip Ivanović   # foreign minister (a change in 2024 is possible; verify)
actor MNEMIL 2016-11-28..2020-12-04 : Predrag Boskovic | Predrag Bošković
actor MNEMIL 2020-12-04..2022-04-28 : Olivera Injac
actor MNEMIL 2022-04-28..2023-10-31 : Rasko Konjevic | Raško Konjević
actor MNEMIL 2023-10-31.. : Dragan Krapovic | Dragan Krapović

# ===== MNG Mongolia [HS HG FM]
# Khurelsukh (president from 2021) is in actors.lex.
actor MNGGOV 2009-06-18..2017-07-10 : Tsakhiagiin Elbegdorj | Elbegdorj
actor MNGGOV 2017-07-10..2021-06-25 : Khaltmaagiin Battulga | Battulga
actor MNGGOV 2017-10-04..2021-01-27 : Ukhnaagiin Khurelsukh | Khurelsukh   # prime minister
actor MNGGOV 2014-12-04..2016-07-07 : Chimediin Saikhanbileg | Saikhanbileg
actor MNGGOV 2016-07-07..2017-10-04 : Jargaltulgyn Erdenebat | Erdenebat
actor MNGGOV 2021-01-27..2025-06-13 : Luvsannamsrain Oyun-Erdene | Oyun-Erdene
actor MNGGOV 2025-06-13.. : Gombojavyn Zandanshatar | Zandanshatar
actor MNGGOV 2016-07-01..2017-10-04 : Tsend Munkh-Orgil | Munkh-Orgil   # foreign minister; approx date
actor MNGGOV 2017-10-04..2020-07-01 : Damdin Tsogtbaatar | Tsogtbaatar   # foreign minister; approx date

# ===== MOZ Mozambique [HS HG FM DM]
actor MOZGOV 2005-02-02..2015-01-15 : Armando Guebuza | Guebuza
actor MOZGOV 2015-01-15..2025-01-15 : Filipe Nyusi | Nyusi
actor MOZGOV 2025-01-15.. : Daniel Chapo
actor MOZGOV 2015-01-17..2022-03-03 : Carlos Agostinho do Rosario | Carlos Agostinho do Rosário   # prime minister
actor MOZGOV 2022-03-03..2025-01-17 : Adriano Maleiane | Maleiane   # prime minister
actor MOZGOV 2025-01-17.. : Maria Benvinda Levi | Benvinda Levi   # prime minister
actor MOZGOV 2008-03-10..2017-12-01 : Oldemiro Baloi | Oldemiro Balói   # foreign minister; approx date
actor MOZGOV 2017-12-01..2020-01-17 : Jose Pacheco | José Pacheco   # foreign minister; approx date
actor MOZGOV 2020-01-17..2025-01-17 : Veronica Macamo | Verónica Macamo | Macamo   # foreign minister
actor MOZGOV 2025-01-17.. : Maria Manuela Lucas   # foreign minister; approx date
actor MOZMIL 2015-01-17..2020-01-17 : Atanasio Salvador Mtumuke | Atanásio Salvador Mtumuke | Mtumuke   # approx date
actor MOZMIL 2022-03-03..2025-01-17 : Cristovao Chume | Cristóvão Chume   # approx date

# ===== MRT Mauritania [HS HG FM DM]
actor MRTGOV 2009-08-05..2019-08-01 : Mohamed Ould Abdel Aziz | Ould Abdel Aziz
actor MRTMIL 2018-11-04..2019-03-15 : Mohamed Ould Ghazouani | Mohamed Ould Cheikh El Ghazouani | Ghazouani   # approx date
actor MRTGOV 2019-08-01.. : Mohamed Ould Ghazouani | Mohamed Ould Cheikh El Ghazouani | Ghazouani
actor MRTGOV 2014-08-20..2018-10-29 : Yahya Ould Hademine | Ould Hademine   # prime minister
actor MRTGOV 2018-10-29..2019-08-03 : Mohamed Salem Ould Bechir | Mohamed Salem Ould Béchir   # prime minister
actor MRTGOV 2019-08-03..2020-08-06 : Ismail Ould Bedde Ould Cheikh Sidiya | Ismail Ould Cheikh Sidiya   # prime minister
actor MRTGOV 2020-08-06..2024-08-02 : Mohamed Ould Bilal | Mohamed Ould Bilal Messoud   # prime minister
actor MRTGOV 2024-08-02.. : Mokhtar Ould Djay | Ould Djay   # prime minister
actor MRTGOV 2018-10-29..2022-03-31 : Ismail Ould Cheikh Ahmed | Ould Cheikh Ahmed   # foreign minister; approx date
actor MRTGOV 2022-03-31.. : Mohamed Salem Ould Merzoug | Ould Merzoug   # foreign minister; approx date
actor MRTMIL 2019-08-08.. : Hanena Ould Sidi | Hanenna Ould Sidi   # approx date
# earlier spells of people the unknown-actor report found (twenty-first session)
actor MRTGOV 1984-12-12..2005-08-03 : Maaouya Ould Sid'Ahmed Taya | Maaouya Sid'Ahmed Ould Taya | Maaouya Ould Taya | Ould Taya

# ===== MUS Mauritius [HS HG FM]
# No armed forces (or none with a minister of its own): no defence minister.
actor MUSGOV 2015-06-05..2018-03-23 : Ameenah Gurib-Fakim | Gurib-Fakim   # president
actor MUSGOV 2019-12-02..2024-12-06 : Prithvirajsing Roopun | Roopun   # president; approx date
actor MUSGOV 2024-12-06.. : Dharam Gokhool | Gokhool   # president; approx date
actor MUSGOV 2014-12-17..2017-01-23 : Anerood Jugnauth | Sir Anerood Jugnauth
actor MUSGOV 2017-01-23..2024-11-13 : Pravind Jugnauth
actor MUSGOV 2005-07-05..2014-12-17 : Navin Ramgoolam | Ramgoolam
actor MUSGOV 2024-11-13.. : Navin Ramgoolam | Ramgoolam
actor MUSGOV 2020-08-01..2024-11-13 : Alan Ganoo | Ganoo   # foreign minister; approx date
actor MUSGOV 2024-11-22.. : Ritish Ramful | Ramful   # foreign minister; approx date

# ===== MWI Malawi [HS HG FM]
actor MWIGOV 2014-05-31..2020-06-28 : Peter Mutharika | Mutharika
actor MWIGOV 2025-10-04.. : Peter Mutharika | Mutharika
actor MWIGOV 2020-06-28..2025-10-04 : Lazarus Chakwera | Chakwera
actor MWIGOV 2022-10-01..2025-10-04 : Nancy Tembo   # foreign minister; approx date
# earlier spells of people the unknown-actor report found (twenty-first session)
actor MWIGOV 1994-05-24..2004-05-24 : Bakili Muluzi | Muluzi

# ===== MYS Malaysia [HS HG FM DM]
# Mahathir and Anwar Ibrahim are in actors.lex.
actor MYSGOV 2011-12-13..2016-12-13 : Sultan Abdul Halim | Abdul Halim Mu'adzam Shah   # king
actor MYSGOV 2016-12-13..2019-01-06 : Sultan Muhammad V   # king
actor MYSGOV 2019-01-31..2024-01-31 : Sultan Abdullah | Al-Sultan Abdullah | Sultan Abdullah Ahmad Shah   # king
actor MYSGOV 2024-01-31.. : Sultan Ibrahim | Sultan Ibrahim Iskandar   # king
actor MYSGOV 2009-04-03..2018-05-10 : Najib Razak | Najib Tun Razak | Najib Abdul Razak
actor MYSGOV 2020-03-01..2021-08-16 : Muhyiddin Yassin | Muhyiddin
actor MYSMIL 2020-03-10..2021-07-07 : Ismail Sabri Yaakob | Ismail Sabri
actor MYSGOV 2021-07-07..2022-11-24 : Ismail Sabri Yaakob | Ismail Sabri   # deputy PM, prime minister from 2021-08-21
actor MYSGOV 2009-04-10..2018-05-10 : Anifah Aman   # foreign minister
actor MYSGOV 2018-07-02..2020-03-09 : Saifuddin Abdullah   # foreign minister
actor MYSGOV 2021-08-30..2022-11-24 : Saifuddin Abdullah   # foreign minister
actor MYSMIL 2013-05-16..2018-05-10 : Hishammuddin Hussein | Hishammuddin
actor MYSGOV 2020-03-10..2021-08-16 : Hishammuddin Hussein | Hishammuddin   # foreign minister
actor MYSMIL 2021-08-30..2022-11-24 : Hishammuddin Hussein | Hishammuddin
actor MYSMIL 2018-05-21..2020-02-24 : Mohamad Sabu
actor MYSGOV 2022-12-03..2023-12-12 : Zambry Abdul Kadir   # foreign minister
actor MYSMIL 2022-12-03..2023-12-12 : Mohamad Hasan | Tok Mat
actor MYSGOV 2023-12-12.. : Mohamad Hasan | Tok Mat   # foreign minister
actor MYSMIL 2023-12-12.. : Mohamed Khaled Nordin | Khaled Nordin

# ===== NAM Namibia [HS HG FM DM]
actor NAMGOV 2005-03-21..2015-03-21 : Hifikepunye Pohamba | Pohamba
actor NAMGOV 2015-03-21..2024-02-04 : Hage Geingob | Geingob
actor NAMGOV 2024-02-04..2025-03-21 : Nangolo Mbumba | Mbumba
actor NAMGOV 2012-12-04.. : Netumbo Nandi-Ndaitwah | Nandi-Ndaitwah   # foreign minister, vice president, president from 2025-03-21
actor NAMGOV 2015-03-21..2025-03-21 : Saara Kuugongelwa | Saara Kuugongelwa-Amadhila | Kuugongelwa   # prime minister
actor NAMGOV 2025-03-21.. : Elijah Ngurare | Ngurare   # prime minister
actor NAMGOV 2024-02-04..2025-03-21 : Peya Mushelenga | Mushelenga   # foreign minister
actor NAMGOV 2025-03-21.. : Selma Ashipala-Musavyi | Ashipala-Musavyi   # foreign minister
actor NAMMIL 2015-03-21..2020-03-21 : Penda Ya Ndakolo   # approx date
actor NAMMIL 2020-03-21..2025-03-21 : Frans Kapofi | Kapofi   # approx date

# ===== NER Niger [HS HG FM DM]
# Mohamed Bazoum (president 2021-2023) and Abdourahamane Tchiani are in actors.lex.
actor NERGOV 2011-04-07..2021-04-02 : Mahamadou Issoufou | Issoufou
actor NERGOV 2011-04-21..2020-06-29 : Mohamed Bazoum | Bazoum   # foreign minister to 2015, then minister of state and interior minister; approx date
actor NERGOV 2011-04-07..2021-04-03 : Brigi Rafini | Rafini   # prime minister
actor NERGOV 2021-04-03..2023-07-26 : Ouhoumoudou Mahamadou   # prime minister
actor NERGOV 2023-08-08.. : Ali Lamine Zeine | Lamine Zeine   # prime minister
actor NERGOV 2021-04-07..2023-07-26 : Hassoumi Massaoudou | Massaoudou   # foreign minister
actor NERGOV 2023-08-10.. : Bakary Yaou Sangare | Bakary Yaou Sangaré   # foreign minister
actor NERMIL 2021-04-07..2023-07-26 : Alkassoum Indatou | Alkassoum Indattou   # approx date
actor NERMIL 2023-08-10.. : Salifou Mody   # approx date

# ===== NGA Nigeria [HS HG FM DM]
# Presidents, foreign and defence ministers from 2015 are in actors.lex.
actor NGAGOV 2014-09-01..2015-05-29 : Aminu Wali | Aminu Bashir Wali   # foreign minister; approx date
actor NGAMIL 2014-03-01..2015-05-29 : Aliyu Gusau | Aliyu Mohammed Gusau   # approx date

# ===== NIC Nicaragua [HS HG FM]
# No defence minister: the army answers to the president.
# Daniel Ortega and Rosario Murillo are in actors.lex.
actor NICGOV 2007-01-10..2017-05-01 : Samuel Santos | Samuel Santos Lopez   # foreign minister; approx date
actor NICGOV 2017-05-01..2024-08-01 : Denis Moncada | Denis Moncada Colindres   # foreign minister; approx date
actor NICGOV 2024-08-01.. : Valdrack Jaentschke | Jaentschke   # foreign minister; approx date

# ===== NLD Netherlands [HS HG FM DM]
# Rutte and Schoof are in actors.lex.
actor NLDGOV 2013-04-30.. : King Willem-Alexander | Willem-Alexander
actor NLDGOV 2014-10-17..2017-10-26 : Bert Koenders | Koenders   # foreign minister
actor NLDGOV 2017-10-26..2018-02-13 : Halbe Zijlstra | Zijlstra   # foreign minister
actor NLDGOV 2018-03-07..2021-05-25 : Stef Blok   # foreign minister
actor NLDGOV 2021-05-25..2021-09-17 : Sigrid Kaag | Kaag   # foreign minister
actor NLDGOV 2022-01-10..2023-09-01 : Wopke Hoekstra | Hoekstra   # foreign minister; approx date
actor NLDGOV 2023-09-01..2024-07-02 : Hanke Bruins Slot | Bruins Slot   # foreign minister; approx date
actor NLDGOV 2024-07-02..2025-08-22 : Caspar Veldkamp | Veldkamp   # foreign minister; approx date
actor NLDMIL 2012-11-05..2017-10-04 : Jeanine Hennis-Plasschaert | Hennis-Plasschaert
actor NLDMIL 2017-10-26..2021-09-17 : Ank Bijleveld | Bijleveld
actor NLDMIL 2022-01-10..2024-07-02 : Kajsa Ollongren | Ollongren
actor NLDMIL 2024-07-02.. : Ruben Brekelmans | Brekelmans
actor NLDGOV 2024-07-02.. : David van Weel | van Weel   # justice minister, foreign minister from 2025-08; approx date

# ===== NOR Norway [HS HG FM DM]
# Solberg and Store are in actors.lex.
actor NORGOV 1991-01-17.. : King Harald | King Harald V | Harald V
actor NORGOV 2013-10-16..2017-10-20 : Borge Brende | Børge Brende | Brende   # foreign minister
actor NORMIL 2013-10-16..2017-10-20 : Ine Eriksen Soreide | Ine Eriksen Søreide | Eriksen Soreide | Eriksen Søreide
actor NORGOV 2017-10-20..2021-10-14 : Ine Eriksen Soreide | Ine Eriksen Søreide | Eriksen Soreide | Eriksen Søreide   # foreign minister
actor NORGOV 2021-10-14..2023-10-16 : Anniken Huitfeldt | Huitfeldt   # foreign minister
actor NORGOV 2023-10-16.. : Espen Barth Eide | Barth Eide   # foreign minister
actor NORMIL 2017-10-20..2021-10-14 : Frank Bakke-Jensen | Bakke-Jensen
actor NORMIL 2021-10-14..2022-04-01 : Odd Roger Enoksen | Enoksen   # approx date
actor NORMIL 2022-04-01..2024-04-01 : Bjorn Arild Gram | Bjørn Arild Gram   # approx date
actor NORMIL 2024-04-01.. : Tore O. Sandvik | Tore Sandvik   # approx date

# ===== NPL Nepal [HS HG FM]
# Defence has mostly been kept by the prime minister; not listed separately.
# K.P. Sharma Oli's 2024-2025 premiership is in actors.lex.
actor NPLGOV 2008-07-23..2015-10-29 : Ram Baran Yadav   # president
actor NPLGOV 2015-10-29..2023-03-13 : Bidhya Devi Bhandari | Bidya Devi Bhandari   # president
actor NPLGOV 2023-03-13.. : Ram Chandra Poudel | Ram Chandra Paudel   # president
actor NPLGOV 2014-02-11..2015-10-12 : Sushil Koirala
actor NPLGOV 2015-10-12..2016-08-04 : K.P. Sharma Oli | KP Sharma Oli | Khadga Prasad Oli
actor NPLGOV 2018-02-15..2021-07-13 : K.P. Sharma Oli | KP Sharma Oli | Khadga Prasad Oli
actor NPLGOV 2016-08-04..2017-06-07 : Pushpa Kamal Dahal | Prachanda
actor NPLGOV 2022-12-26..2024-07-15 : Pushpa Kamal Dahal | Prachanda
actor NPLGOV 2017-06-07..2018-02-15 : Sher Bahadur Deuba | Deuba
actor NPLGOV 2021-07-13..2022-12-26 : Sher Bahadur Deuba | Deuba
actor NPLGOV 2025-09-12.. : Sushila Karki   # interim prime minister
actor NPLGOV 2015-10-12..2016-08-04 : Kamal Thapa   # foreign minister; approx date
actor NPLGOV 2018-03-16..2021-06-04 : Pradeep Gyawali | Pradeep Kumar Gyawali   # foreign minister; approx date
actor NPLGOV 2021-09-01..2022-12-26 : Narayan Khadka   # foreign minister; approx date
actor NPLGOV 2023-03-31..2024-03-06 : N.P. Saud | Narayan Prakash Saud   # foreign minister; approx date
actor NPLGOV 2024-07-15..2025-09-12 : Arzu Rana Deuba   # foreign minister
# earlier spells of people the unknown-actor report found (twenty-first session)
actor NPLGOV 2001-06-04..2008-05-28 : King Gyanendra | Gyanendra | Gyanendra Bir Bikram Shah | Gyanendra Shah

# ===== NRU Nauru [HS HG]
# No armed forces (or none with a minister of its own): no defence minister.
actor NRUGOV 2013-06-11..2019-08-27 : Baron Waqa | Waqa
actor NRUGOV 2019-08-27..2022-09-29 : Lionel Aingimea | Aingimea
actor NRUGOV 2022-09-29..2023-10-30 : Russ Kun
actor NRUGOV 2023-10-30.. : David Adeang | Adeang

# ===== NZL New Zealand [HS HG FM DM]
# Head of state: the British monarch (GBR block).
actor NZLGOV 2008-11-19..2016-12-12 : John Key
actor NZLGOV 2016-12-12..2017-10-26 : Bill English
actor NZLGOV 2017-10-26..2023-01-25 : Jacinda Ardern | Ardern
actor NZLGOV 2023-01-25..2023-11-27 : Chris Hipkins | Hipkins
actor NZLGOV 2023-11-27.. : Christopher Luxon | Chris Luxon | Luxon
actor NZLGOV 2008-11-19..2017-05-02 : Murray McCully | McCully   # foreign minister
actor NZLMIL 2014-10-08..2017-05-02 : Gerry Brownlee | Brownlee
actor NZLGOV 2017-05-02..2017-10-26 : Gerry Brownlee | Brownlee   # foreign minister
actor NZLGOV 2017-10-26..2020-11-06 : Winston Peters   # foreign minister, deputy PM
actor NZLGOV 2023-11-27.. : Winston Peters   # foreign minister, deputy PM
actor NZLGOV 2020-11-06..2023-11-27 : Nanaia Mahuta | Mahuta   # foreign minister
actor NZLMIL 2017-05-02..2017-10-26 : Mark Mitchell
actor NZLMIL 2017-10-26..2020-11-06 : Ron Mark
actor NZLMIL 2020-11-06..2023-02-01 : Peeni Henare
actor NZLMIL 2023-02-01..2023-11-27 : Andrew Little
actor NZLMIL 2023-11-27.. : Judith Collins

# ===== OMN Oman [HS HG FM DM]
actor OMNGOV 1970-07-23..2020-01-10 : Sultan Qaboos | Qaboos bin Said | Sultan Qaboos bin Said | Qaboos
actor OMNGOV 2020-01-11.. : Sultan Haitham bin Tariq | Haitham bin Tariq | Haitham bin Tarik | Sultan Haitham
actor OMNGOV 1997-01-01..2020-08-18 : Yusuf bin Alawi | Yusuf bin Alawi bin Abdullah | Yousef bin Alawi   # minister responsible for foreign affairs; approx date
actor OMNGOV 2020-08-18.. : Badr Albusaidi | Badr al-Busaidi | Sayyid Badr Albusaidi | Badr bin Hamad Albusaidi   # foreign minister
actor OMNMIL 2001-01-01..2020-08-18 : Badr bin Saud al-Busaidi | Badr bin Saud   # minister responsible for defence affairs; approx date
actor OMNMIL 2020-08-18.. : Shihab bin Tarik | Shihab bin Tariq | Sayyid Shihab bin Tarik   # deputy PM for defence affairs

# ===== PAK Pakistan [HS HG FM DM]
# Presidents, prime ministers, foreign and defence ministers: mostly in actors.lex.
actor PAKGOV 2018-06-01..2018-08-18 : Nasirul Mulk | Nasir-ul-Mulk   # caretaker prime minister
actor PAKGOV 2023-08-17..2024-03-04 : Jalil Abbas Jilani   # caretaker foreign minister; approx date
actor PAKMIL 2017-08-04..2018-05-31 : Khurram Dastgir Khan | Khurram Dastgir   # approx date

# ===== PAN Panama [HS HG FM]
# No armed forces, so no defence minister.  Ricardo Martinelli and Jose Raul Mulino are in actors.lex.
actor PANGOV 2014-07-01..2019-07-01 : Juan Carlos Varela
actor PANGOV 2019-07-01..2024-07-01 : Laurentino Cortizo | Nito Cortizo | Cortizo
actor PANGOV 2014-07-01..2019-07-01 : Isabel de Saint Malo | Isabel Saint Malo   # vice president and foreign minister
actor PANGOV 2021-04-01..2024-07-01 : Janaina Tewaney | Janaina Tewaney Mencomo   # foreign minister; approx date
actor PANGOV 2024-07-01.. : Javier Martinez-Acha | Javier Martínez-Acha   # foreign minister

# ===== PER Peru [HS HG FM]
# Presidents to 2020 and from 2021 are in actors.lex.
actor PERGOV 2020-11-10..2020-11-15 : Manuel Merino   # acting president
actor PERGOV 2020-11-17..2021-07-28 : Francisco Sagasti | Sagasti   # interim president
actor PERGOV 2016-07-28..2018-04-02 : Ricardo Luna   # foreign minister; approx date
actor PERGOV 2018-04-02..2019-10-03 : Nestor Popolizio | Néstor Popolizio | Popolizio   # foreign minister; approx date
actor PERGOV 2019-10-03..2020-11-10 : Gustavo Meza-Cuadra | Meza-Cuadra   # foreign minister; approx date
actor PERGOV 2023-09-06..2024-11-18 : Javier Gonzalez-Olaechea | Javier González-Olaechea | Gonzalez-Olaechea | González-Olaechea   # foreign minister; approx date
actor PERGOV 2024-11-18..2025-10-10 : Elmer Schialer | Schialer   # foreign minister; approx date

# ===== PHL Philippines [HS HG FM DM]
# Presidents (heads of state and government) are in actors.lex.
actor PHLGOV 2011-02-24..2016-03-07 : Albert del Rosario   # foreign secretary
actor PHLGOV 2016-06-30..2017-03-08 : Perfecto Yasay | Perfecto Yasay Jr.   # foreign secretary
actor PHLGOV 2017-05-18..2018-10-17 : Alan Peter Cayetano   # foreign secretary
actor PHLGOV 2018-10-17..2022-06-30 : Teodoro Locsin | Teodoro Locsin Jr. | Teddy Locsin | Locsin   # foreign secretary
actor PHLGOV 2022-07-01..2025-07-01 : Enrique Manalo   # foreign secretary; approx date
actor PHLGOV 2025-07-01.. : Theresa Lazaro | Ma. Theresa Lazaro   # foreign secretary; approx date
actor PHLMIL 2010-06-30..2016-06-30 : Voltaire Gazmin | Gazmin
actor PHLMIL 2016-07-01..2022-06-30 : Delfin Lorenzana | Lorenzana
actor PHLMIL 2022-07-01..2023-01-09 : Jose Faustino | Jose Faustino Jr.
actor PHLMIL 2023-01-09..2023-06-05 : Carlito Galvez | Carlito Galvez Jr.
actor PHLMIL 2023-06-05.. : Gilberto Teodoro | Gibo Teodoro | Gilberto Teodoro Jr.

# ===== PLW Palau [HS HG]
# No armed forces (or none with a minister of its own): no defence minister.
actor PLWGOV 2013-01-17..2021-01-21 : Tommy Remengesau | Tommy Remengesau Jr. | Remengesau
actor PLWGOV 2021-01-21.. : Surangel Whipps | Surangel Whipps Jr. | Whipps

# ===== PNG Papua New Guinea [HS HG FM]
# Head of state: the British monarch (GBR block).
actor PNGGOV 2011-08-02..2019-05-30 : Peter O'Neill | Peter O’Neill
actor PNGGOV 2019-05-30.. : James Marape | Marape
actor PNGGOV 2012-08-01..2019-06-07 : Rimbink Pato   # foreign minister; approx date
actor PNGGOV 2022-08-23.. : Justin Tkatchenko | Tkatchenko   # foreign minister; approx date

# ===== POL Poland [HS HG FM DM]
# Presidents, prime ministers, foreign and defence ministers 2015-2026: all in actors.lex.

# ===== PRK North Korea [HS HG FM DM]
# Kim Jong-un, the nominal heads of state and the foreign ministers are in actors.lex.  Premiers:
actor PRKGOV 2013-04-01..2019-04-11 : Pak Pong-ju | Pak Pong Ju
actor PRKGOV 2019-04-11..2020-08-13 : Kim Jae-ryong | Kim Jae Ryong
actor PRKGOV 2020-08-13..2024-12-01 : Kim Tok-hun | Kim Tok Hun   # approx date
actor PRKGOV 2024-12-01.. : Pak Thae-song | Pak Thae Song   # approx date
# Defence ministers (people's armed forces / national defence)
actor PRKMIL 2015-05-01..2018-06-01 : Pak Yong-sik | Pak Yong Sik   # approx date
actor PRKMIL 2018-06-01..2019-12-01 : No Kwang-chol | No Kwang Chol   # approx date
actor PRKMIL 2024-10-01.. : No Kwang-chol | No Kwang Chol   # approx date
actor PRKMIL 2019-12-01..2021-10-01 : Kim Jong-gwan | Kim Jong Gwan   # approx date
actor PRKMIL 2022-12-01..2024-10-01 : Kang Sun-nam | Kang Sun Nam   # approx date

# ===== PRT Portugal [HS HG FM DM]
# Antonio Costa is in actors.lex.
actor PRTGOV 2006-03-09..2016-03-09 : Anibal Cavaco Silva | Aníbal Cavaco Silva | Cavaco Silva
actor PRTGOV 2016-03-09..2026-03-09 : Marcelo Rebelo de Sousa | Rebelo de Sousa
actor PRTGOV 2026-03-09.. : Antonio Jose Seguro | António José Seguro   # elected Feb 2026; verify
actor PRTGOV 2011-06-21..2015-11-26 : Pedro Passos Coelho | Passos Coelho
actor PRTGOV 2024-04-02.. : Luis Montenegro | Luís Montenegro
actor PRTGOV 2015-11-26..2022-03-30 : Augusto Santos Silva | Santos Silva   # foreign minister
actor PRTMIL 2018-10-15..2022-03-30 : Joao Gomes Cravinho | João Gomes Cravinho | Gomes Cravinho
actor PRTGOV 2022-03-30..2024-04-02 : Joao Gomes Cravinho | João Gomes Cravinho | Gomes Cravinho   # foreign minister
actor PRTGOV 2024-04-02.. : Paulo Rangel   # foreign minister
actor PRTMIL 2011-06-21..2015-11-26 : Jose Pedro Aguiar-Branco | José Pedro Aguiar-Branco | Aguiar-Branco
actor PRTMIL 2015-11-26..2018-10-15 : Jose Azeredo Lopes | José Azeredo Lopes | Azeredo Lopes
actor PRTMIL 2022-03-30..2024-04-02 : Helena Carreiras | Carreiras
actor PRTMIL 2024-04-02.. : Nuno Melo

# ===== PRY Paraguay [HS HG FM]
actor PRYGOV 2013-08-15..2018-08-15 : Horacio Cartes | Cartes
actor PRYGOV 2018-08-15..2023-08-15 : Mario Abdo Benitez | Mario Abdo Benítez | Mario Abdo
actor PRYGOV 2023-08-15.. : Santiago Pena | Santiago Peña
actor PRYGOV 2013-08-15..2018-08-15 : Eladio Loizaga | Loizaga   # foreign minister
actor PRYGOV 2018-08-15..2019-08-01 : Luis Alberto Castiglioni   # foreign minister; approx date
actor PRYGOV 2023-08-15.. : Ruben Ramirez Lezcano | Rubén Ramírez Lezcano   # foreign minister

# ===== QAT Qatar [HS HG FM DM]
# Emir, prime ministers, foreign ministers and Khalid al-Attiyah: in actors.lex.
actor QATMIL 2024-11-01.. : Saoud bin Abdulrahman Al Thani | Saoud bin Abdulrahman | Sheikh Saoud bin Abdulrahman   # approx date

# ===== ROU Romania [HS HG FM DM]
# Iohannis and Nicusor Dan are in actors.lex.
actor ROUGOV 2012-05-07..2015-11-04 : Victor Ponta | Ponta
actor ROUGOV 2015-11-17..2017-01-04 : Dacian Ciolos | Dacian Cioloș | Ciolos | Cioloș
actor ROUGOV 2017-01-04..2017-06-29 : Sorin Grindeanu | Grindeanu
actor ROUGOV 2017-06-29..2018-01-29 : Mihai Tudose | Tudose
actor ROUGOV 2018-01-29..2019-11-04 : Viorica Dancila | Viorica Dăncilă | Dancila | Dăncilă
actor ROUGOV 2019-11-04..2020-12-23 : Ludovic Orban
actor ROUGOV 2020-12-23..2021-11-25 : Florin Citu | Florin Cîțu | Citu | Cîțu
actor ROUMIL 2019-11-04..2021-11-25 : Nicolae Ciuca | Nicolae Ciucă | Ciuca | Ciucă
actor ROUGOV 2021-11-25..2023-06-15 : Nicolae Ciuca | Nicolae Ciucă | Ciuca | Ciucă
actor ROUGOV 2023-06-15..2025-05-06 : Marcel Ciolacu | Ciolacu
actor ROUGOV 2025-02-12..2025-05-26 : Ilie Bolojan | Bolojan   # acting president
actor ROUGOV 2025-06-23.. : Ilie Bolojan | Bolojan   # prime minister
actor ROUGOV 2014-11-24..2015-11-17 : Bogdan Aurescu | Aurescu   # foreign minister
actor ROUGOV 2019-11-04..2023-06-15 : Bogdan Aurescu | Aurescu   # foreign minister
actor ROUGOV 2015-11-17..2017-01-04 : Lazar Comanescu | Lazăr Comănescu   # foreign minister
actor ROUGOV 2017-01-04..2019-07-24 : Teodor Melescanu | Teodor Meleșcanu | Melescanu | Meleșcanu   # foreign minister
actor ROUGOV 2019-07-24..2019-11-04 : Ramona Manescu | Ramona Mănescu   # foreign minister
actor ROUGOV 2023-06-15..2024-12-23 : Luminita Odobescu | Luminița Odobescu | Odobescu   # foreign minister
actor ROUGOV 2024-12-23..2025-06-23 : Emil Hurezeanu | Hurezeanu   # foreign minister
actor ROUGOV 2025-06-23.. : Oana Toiu | Oana Țoiu   # foreign minister
actor ROUMIL 2015-11-17..2017-01-04 : Mihnea Motoc | Motoc
actor ROUMIL 2017-01-04..2017-06-29 : Gabriel Les | Gabriel Leș
actor ROUMIL 2018-01-29..2019-11-04 : Gabriel Les | Gabriel Leș
actor ROUMIL 2021-11-25..2022-10-24 : Vasile Dincu | Vasile Dîncu   # approx date
actor ROUMIL 2022-11-01..2025-06-23 : Angel Tilvar | Angel Tîlvăr | Tilvar | Tîlvăr   # approx date
actor ROUMIL 2025-06-23..2025-11-28 : Ionut Mosteanu | Ionuț Moșteanu | Mosteanu | Moșteanu   # approx date

# ===== RUS Russia [HS HG FM DM]
# President, prime ministers, foreign and defence ministers 2015-2026: all in actors.lex.

# ===== RWA Rwanda [HS HG FM DM]
# Paul Kagame is in actors.lex.
actor RWAGOV 2014-07-24..2017-08-30 : Anastase Murekezi | Murekezi   # prime minister
actor RWAGOV 2017-08-30..2025-07-23 : Edouard Ngirente | Édouard Ngirente | Ngirente   # prime minister
actor RWAGOV 2025-07-23.. : Justin Nsengiyumva | Nsengiyumva   # prime minister
actor RWAGOV 2009-12-08..2018-10-19 : Louise Mushikiwabo | Mushikiwabo   # foreign minister
actor RWAGOV 2018-10-19..2019-11-04 : Richard Sezibera | Sezibera   # foreign minister
actor RWAGOV 2019-11-04..2024-08-23 : Vincent Biruta | Biruta   # foreign minister
actor RWAGOV 2024-08-23.. : Olivier Nduhungirehe | Nduhungirehe   # foreign minister
actor RWAMIL 2010-04-01..2018-10-18 : James Kabarebe | Kabarebe   # approx date
actor RWAMIL 2018-10-18..2023-06-05 : Albert Murasira | Murasira
actor RWAMIL 2023-06-05.. : Juvenal Marizamunda | Juvénal Marizamunda | Marizamunda

# ===== SAU Saudi Arabia [HS HG FM DM]
# King Salman (king and prime minister to 2022), Mohammed bin Salman (defence minister 2015-2022
# and prime minister from 2022-09-27, coded GOV in actors.lex as crown prince), the foreign
# ministers and Khalid bin Salman: all in actors.lex.

# ===== SDN Sudan [HS HG FM DM]
# Bashir, Burhan, Hemedti, Hamdok, Kamil Idris, Ghandour and Mariam al-Mahdi are in actors.lex.
actor SDNGOV 2017-03-02..2018-09-09 : Bakri Hassan Saleh | Bakri Hassan Salih   # prime minister, first vice president
actor SDNGOV 2018-09-10..2019-02-23 : Motazz Moussa | Moutaz Mousa   # prime minister
actor SDNGOV 2019-02-23..2019-04-11 : Mohamed Tahir Ayala | Mohamed Taher Ayala   # prime minister
actor SDNGOV 2010-06-01..2015-06-01 : Ali Karti | Karti   # foreign minister; approx date
actor SDNGOV 2018-05-01..2019-04-11 : El-Dirdiri Mohamed Ahmed | al-Dirdiri Mohamed Ahmed   # foreign minister; approx date
actor SDNGOV 2019-09-08..2020-07-09 : Asma Mohamed Abdalla | Asma Abdalla   # foreign minister
actor SDNMIL 2015-06-08..2019-04-12 : Awad Ibn Auf | Awad Mohamed Ahmed Ibn Auf | Ibn Auf   # approx date

# ===== SEN Senegal [HS HG FM DM]
actor SENGOV 2012-04-02..2024-04-02 : Macky Sall | Sall
actor SENGOV 2024-04-02.. : Bassirou Diomaye Faye | Diomaye Faye
actor SENGOV 2014-07-04..2019-05-14 : Mahammed Dionne | Mahammed Boun Abdallah Dionne   # prime minister
actor SENGOV 2019-04-07..2024-03-06 : Amadou Ba   # foreign, then finance minister, prime minister from 2022-09-17
actor SENGOV 2024-04-02.. : Ousmane Sonko | Sonko   # prime minister
actor SENGOV 2012-10-29..2017-09-06 : Mankeur Ndiaye   # foreign minister; approx date
actor SENGOV 2017-09-06..2019-04-07 : Sidiki Kaba   # foreign minister
actor SENMIL 2019-04-07..2022-09-17 : Sidiki Kaba
actor SENGOV 2024-03-06..2024-04-02 : Sidiki Kaba   # prime minister
actor SENGOV 2020-11-01..2022-09-17 : Aissata Tall Sall | Aïssata Tall Sall | Tall Sall   # foreign minister
actor SENGOV 2022-09-17..2023-10-01 : Ismaila Madior Fall | Ismaïla Madior Fall   # foreign minister; approx date
actor SENGOV 2024-04-05..2025-09-06 : Yassine Fall   # foreign minister; approx date
actor SENGOV 2025-09-06.. : Cheikh Niang   # foreign minister; approx date
actor SENMIL 2022-09-17..2024-04-02 : Oumar Youm   # approx date
actor SENMIL 2024-04-05.. : Birame Diop   # approx date

# ===== SGP Singapore [HS HG FM DM]
# Lee Hsien Loong and Lawrence Wong are in actors.lex.
actor SGPGOV 2011-09-01..2017-08-31 : Tony Tan | Tony Tan Keng Yam   # president
actor SGPGOV 2017-09-14..2023-09-13 : Halimah Yacob   # president
actor SGPGOV 2023-09-14.. : Tharman Shanmugaratnam | Tharman   # president
actor SGPGOV 2011-05-21..2015-10-01 : K. Shanmugam | K Shanmugam   # foreign minister
actor SGPGOV 2015-10-01.. : Vivian Balakrishnan   # foreign minister
actor SGPMIL 2011-05-21..2025-05-23 : Ng Eng Hen
actor SGPMIL 2025-05-23.. : Chan Chun Sing

# ===== SLB Solomon Islands [HS HG FM]
# No armed forces (or none with a minister of its own): no defence minister.
# Head of state: the British monarch (GBR block).
actor SLBGOV 2014-12-09..2017-11-06 : Manasseh Sogavare | Sogavare
actor SLBGOV 2019-04-24..2024-05-02 : Manasseh Sogavare | Sogavare
actor SLBGOV 2017-11-15..2019-04-24 : Rick Houenipwela | Houenipwela
actor SLBGOV 2019-04-24.. : Jeremiah Manele | Manele   # foreign minister, prime minister from 2024-05-02
actor SLBGOV 2024-05-02.. : Peter Shanel Agovaka | Shanel Agovaka   # foreign minister; approx date

# ===== SLE Sierra Leone [HS HG FM]
actor SLEGOV 2007-09-17..2018-04-04 : Ernest Bai Koroma | Ernest Koroma
actor SLEGOV 2018-04-04.. : Julius Maada Bio | Maada Bio
actor SLEGOV 2012-10-01..2017-10-01 : Samura Kamara   # foreign minister; approx date
actor SLEGOV 2018-05-01..2019-07-01 : Alie Kabba   # foreign minister; approx date
actor SLEGOV 2019-07-01..2021-01-01 : Nabeela Tunis | Nabeela Farida Tunis   # foreign minister; approx date
actor SLEGOV 2021-01-01..2023-07-01 : David Francis | David J. Francis   # foreign minister; approx date
actor SLEGOV 2023-07-01.. : Timothy Musa Kabba   # foreign minister; approx date

# ===== SLV El Salvador [HS HG FM DM]
# Nayib Bukele is in actors.lex.
actor SLVGOV 2014-06-01..2019-06-01 : Salvador Sanchez Ceren | Salvador Sánchez Cerén | Sanchez Ceren | Sánchez Cerén
actor SLVGOV 2014-06-01..2018-01-01 : Hugo Martinez | Hugo Martínez   # foreign minister; approx date
actor SLVGOV 2019-06-01.. : Alexandra Hill Tinoco | Alexandra Hill   # foreign minister
actor SLVMIL 2013-01-01..2019-06-01 : David Munguia Payes | David Munguía Payés | Munguia Payes   # approx date
actor SLVMIL 2019-06-01.. : Rene Francis Merino Monroy | René Francis Merino Monroy | Francis Merino Monroy

# ===== SMR San Marino [HG FM]
# No armed forces (or none with a minister of its own): no defence minister.
# Head of state: two Captains Regent, elected every six months.  The secretary of state for
# foreign affairs acts as head of government.
actor SMRGOV 2012-12-05..2016-12-27 : Pasquale Valentini   # approx date
actor SMRGOV 2016-12-27..2020-01-08 : Nicola Renzi   # approx date
actor SMRGOV 2020-01-08.. : Luca Beccari | Beccari

# ===== SOM Somalia [HS HG FM]
# Presidents are in actors.lex.
actor SOMGOV 2014-12-24..2017-03-01 : Omar Abdirashid Ali Sharmarke | Omar Sharmarke   # prime minister
actor SOMGOV 2017-03-01..2020-07-25 : Hassan Ali Khaire | Khaire   # prime minister
actor SOMGOV 2020-09-23..2022-06-26 : Mohamed Hussein Roble | Roble   # prime minister
actor SOMGOV 2022-06-26.. : Hamza Abdi Barre | Hamza Barre   # prime minister
actor SOMGOV 2017-03-29..2018-09-01 : Yusuf Garaad Omar | Yusuf Garaad   # foreign minister; approx date
actor SOMGOV 2022-08-01..2023-08-01 : Abshir Omar Huruse | Abshir Omar Jama | Huruse   # foreign minister; approx date

# ===== SRB Serbia [HS HG FM DM]
# Nikolic and Vucic are in actors.lex.
actor SRBGOV 2017-06-29..2024-05-02 : Ana Brnabic | Ana Brnabić | Brnabic | Brnabić
actor SRBMIL 2022-10-26..2024-05-02 : Milos Vucevic | Miloš Vučević | Vucevic | Vučević
actor SRBGOV 2024-05-02..2025-04-16 : Milos Vucevic | Miloš Vučević | Vucevic | Vučević
actor SRBGOV 2025-04-16.. : Djuro Macut | Đuro Macut | Macut
actor SRBGOV 2014-04-27..2020-10-28 : Ivica Dacic | Ivica Dačić | Dacic | Dačić   # foreign minister
actor SRBGOV 2022-10-26.. : Ivica Dacic | Ivica Dačić | Dacic | Dačić   # foreign minister, interior minister from 2024-05-02
actor SRBGOV 2020-10-28..2022-10-26 : Nikola Selakovic | Nikola Selaković | Selakovic | Selaković   # foreign minister
actor SRBGOV 2024-05-02.. : Marko Djuric | Marko Đurić   # foreign minister
actor SRBMIL 2014-04-27..2016-02-05 : Bratislav Gasic | Bratislav Gašić   # approx date
actor SRBMIL 2024-05-02.. : Bratislav Gasic | Bratislav Gašić
actor SRBMIL 2016-02-05..2017-06-29 : Zoran Djordjevic | Zoran Đorđević   # approx date
actor SRBMIL 2017-06-29..2020-10-28 : Aleksandar Vulin | Vulin
actor SRBMIL 2020-10-28..2022-10-26 : Nebojsa Stefanovic | Nebojša Stefanović

# ===== SSD South Sudan [HS HG FM DM]
# Salva Kiir and Riek Machar are in actors.lex.
actor SSDGOV 2013-07-31..2016-07-01 : Barnaba Marial Benjamin | Barnaba Marial   # foreign minister; approx date
actor SSDMIL 2013-08-01..2020-03-01 : Kuol Manyang Juuk | Kuol Manyang   # approx date
actor SSDMIL 2020-03-12..2023-03-03 : Angelina Teny | Angelina Jany Teny   # approx date

# ===== STP Sao Tome and Principe [HS HG]
actor STPGOV 2011-09-03..2016-09-03 : Manuel Pinto da Costa
actor STPGOV 2016-09-03..2021-10-02 : Evaristo Carvalho
actor STPGOV 2021-10-02.. : Carlos Vila Nova
actor STPGOV 2014-11-29..2018-12-03 : Patrice Trovoada | Trovoada
actor STPGOV 2022-11-11..2025-01-06 : Patrice Trovoada | Trovoada
actor STPGOV 2018-12-03..2022-11-11 : Jorge Bom Jesus
actor STPGOV 2025-01-12.. : Americo Ramos | Américo Ramos   # approx date

# ===== SUR Suriname [HS HG FM DM]
actor SURGOV 2010-08-12..2020-07-16 : Desi Bouterse | Dési Bouterse | Bouterse
actor SURGOV 2020-07-16..2025-07-16 : Chan Santokhi | Santokhi
actor SURGOV 2025-07-16.. : Jennifer Geerlings-Simons | Geerlings-Simons
actor SURGOV 2017-03-01..2020-07-16 : Yldiz Pollack-Beighle | Pollack-Beighle   # foreign minister; approx date
actor SURGOV 2020-07-16..2025-05-01 : Albert Ramdin | Ramdin   # foreign minister; approx date
actor SURMIL 2020-07-16..2025-07-16 : Krishna Mathoera | Mathoera   # approx date

# ===== SVK Slovakia [HS HG FM DM]
# Fico, Pellegrini and Caputova are in actors.lex.
actor SVKGOV 2014-06-15..2019-06-15 : Andrej Kiska | Kiska
actor SVKGOV 2020-03-21..2021-04-01 : Igor Matovic | Igor Matovič | Matovic | Matovič
actor SVKGOV 2021-04-01..2023-05-15 : Eduard Heger | Heger
actor SVKGOV 2023-05-15..2023-10-25 : Ludovit Odor | Ľudovít Ódor   # caretaker prime minister
actor SVKGOV 2012-04-04..2020-03-21 : Miroslav Lajcak | Miroslav Lajčák | Lajcak | Lajčák   # foreign minister
actor SVKGOV 2020-04-01..2022-09-01 : Ivan Korcok | Ivan Korčok | Korcok | Korčok   # foreign minister; approx date
actor SVKGOV 2022-09-01..2023-05-15 : Rastislav Kacer | Rastislav Káčer   # foreign minister; approx date
actor SVKGOV 2023-05-15..2023-10-25 : Miroslav Wlachovsky | Miroslav Wlachovský   # foreign minister
actor SVKGOV 2023-10-25.. : Juraj Blanar | Juraj Blanár | Blanar | Blanár   # foreign minister
actor SVKMIL 2012-04-04..2016-03-23 : Martin Glvac | Martin Glváč
actor SVKMIL 2016-03-23..2020-03-21 : Peter Gajdos | Peter Gajdoš
actor SVKMIL 2020-03-21..2023-05-15 : Jaroslav Nad | Jaroslav Naď
actor SVKMIL 2023-05-15..2023-10-25 : Martin Sklenar | Martin Sklenár
actor SVKMIL 2023-10-25.. : Robert Kalinak | Robert Kaliňák | Kalinak | Kaliňák

# ===== SVN Slovenia [HS HG FM DM]
actor SVNGOV 2012-12-22..2022-12-22 : Borut Pahor | Pahor
actor SVNGOV 2022-12-23.. : Natasa Pirc Musar | Nataša Pirc Musar | Pirc Musar
actor SVNGOV 2014-09-18..2020-03-13 : Miro Cerar   # prime minister, foreign minister from 2018-09-13
actor SVNGOV 2018-09-13..2020-03-13 : Marjan Sarec | Marjan Šarec | Sarec | Šarec
actor SVNMIL 2022-06-01..2024-07-01 : Marjan Sarec | Marjan Šarec | Sarec | Šarec   # approx date
actor SVNGOV 2020-03-13..2022-06-01 : Janez Jansa | Janez Janša | Jansa | Janša
actor SVNGOV 2022-06-01.. : Robert Golob | Golob
actor SVNGOV 2012-02-10..2018-09-13 : Karl Erjavec | Erjavec   # foreign minister
actor SVNMIL 2018-09-13..2020-03-13 : Karl Erjavec | Erjavec
actor SVNGOV 2020-03-13..2022-06-01 : Anze Logar | Anže Logar   # foreign minister
actor SVNGOV 2022-06-01.. : Tanja Fajon | Fajon   # foreign minister
actor SVNMIL 2015-01-01..2018-09-13 : Andreja Katic | Andreja Katič   # approx date
actor SVNMIL 2020-03-13..2022-06-01 : Matej Tonin | Tonin
actor SVNMIL 2024-07-01.. : Borut Sajovic   # approx date

# ===== SWE Sweden [HS HG FM DM]
# Lofven, Andersson and Kristersson are in actors.lex.
actor SWEGOV 1973-09-15.. : King Carl XVI Gustaf | Carl XVI Gustaf | King Carl Gustaf
actor SWEGOV 2014-10-03..2019-09-10 : Margot Wallstrom | Margot Wallström | Wallstrom | Wallström   # foreign minister
actor SWEGOV 2019-09-10..2022-10-18 : Ann Linde   # foreign minister
actor SWEGOV 2022-10-18..2024-09-10 : Tobias Billstrom | Tobias Billström | Billstrom | Billström   # foreign minister
actor SWEGOV 2024-09-10.. : Maria Malmer Stenergard | Malmer Stenergard   # foreign minister
actor SWEMIL 2014-10-03..2022-10-18 : Peter Hultqvist | Hultqvist
actor SWEMIL 2022-10-18.. : Pal Jonson | Pål Jonson

# ===== SWZ Eswatini [HS HG FM]
actor SWZGOV 1986-04-25.. : King Mswati III | Mswati III | King Mswati | Mswati
actor SWZGOV 2008-10-23..2018-09-01 : Barnabas Sibusiso Dlamini   # prime minister; approx date
actor SWZGOV 2018-10-29..2020-12-13 : Ambrose Mandvulo Dlamini | Ambrose Dlamini   # prime minister
actor SWZGOV 2021-07-19..2023-09-01 : Cleopas Dlamini | Cleopas Sipho Dlamini   # prime minister; approx date
actor SWZGOV 2023-11-03.. : Russell Dlamini | Russell Mmiso Dlamini   # prime minister
actor SWZGOV 2018-11-01..2023-11-03 : Thulisile Dladla | Dladla   # foreign minister; approx date
actor SWZGOV 2023-11-03.. : Pholile Shakantu | Shakantu   # foreign minister; approx date

# ===== SYC Seychelles [HS HG FM]
actor SYCGOV 2004-04-14..2016-10-16 : James Michel
actor SYCGOV 2016-10-16..2020-10-26 : Danny Faure
actor SYCGOV 2020-10-26..2025-10-26 : Wavel Ramkalawan | Ramkalawan
actor SYCGOV 2025-10-26.. : Patrick Herminie | Herminie
actor SYCGOV 2020-11-03..2025-10-26 : Sylvestre Radegonde | Radegonde   # foreign minister; approx date

# ===== SYR Syria [HS HG FM DM]
# Assad, al-Sharaa, prime ministers, foreign and defence ministers: all in actors.lex.

# ===== TCD Chad [HS HG FM]
# Idriss Deby and Mahamat Idriss Deby are in actors.lex.
actor TCDGOV 2016-02-15..2018-05-03 : Albert Pahimi Padacke | Albert Pahimi Padacké | Pahimi Padacke   # prime minister
actor TCDGOV 2021-04-26..2022-10-12 : Albert Pahimi Padacke | Albert Pahimi Padacké | Pahimi Padacke   # prime minister
actor TCDGOV 2022-10-12..2024-01-01 : Saleh Kebzabo | Kebzabo   # prime minister
actor TCDGOV 2024-01-01..2024-05-22 : Succes Masra | Succès Masra | Masra   # prime minister
actor TCDGOV 2024-05-23.. : Allamaye Halina   # prime minister
actor TCDGOV 2008-04-23..2017-03-14 : Moussa Faki Mahamat | Moussa Faki   # foreign minister, prime minister 2003-2005, then African Union (actors.lex)

# ===== TGO Togo [HS HG FM]
actor TGOGOV 2005-05-04.. : Faure Gnassingbe | Faure Gnassingbé | Gnassingbe | Gnassingbé   # president, President of the Council of Ministers from 2025-05-03
actor TGOGOV 2015-06-05..2020-09-28 : Komi Selom Klassou | Komi Sélom Klassou | Klassou   # prime minister
actor TGOGOV 2020-09-28..2025-05-03 : Victoire Tomegah Dogbe | Victoire Tomégah Dogbé | Tomegah Dogbe   # prime minister
actor TGOGOV 2025-05-03.. : Jean-Lucien Savi de Tove | Jean-Lucien Savi de Tové   # ceremonial president; approx date
actor TGOGOV 2013-09-17.. : Robert Dussey | Dussey   # foreign minister

# ===== THA Thailand [HS HG FM DM]
# Prime ministers are in actors.lex (Prayut was also defence minister 2019-2023).
actor THAGOV 1946-06-09..2016-10-13 : King Bhumibol | King Bhumibol Adulyadej | Bhumibol Adulyadej | Bhumibol
actor THAGOV 2016-10-13.. : King Vajiralongkorn | King Maha Vajiralongkorn | Maha Vajiralongkorn | Vajiralongkorn
actor THAGOV 2015-08-23..2023-09-01 : Don Pramudwinai   # foreign minister
actor THAGOV 2023-09-01..2024-04-28 : Parnpree Bahiddha-nukara | Parnpree   # foreign minister
actor THAGOV 2024-04-30..2025-07-01 : Maris Sangiampongsa   # foreign minister; approx date
actor THAGOV 2025-09-19.. : Sihasak Phuangketkeow | Sihasak   # foreign minister; approx date
actor THAMIL 2014-08-30..2019-07-16 : Prawit Wongsuwan | Prawit Wongsuwon | Prawit
actor THAMIL 2023-09-01..2024-09-03 : Sutin Klungsang | Sutin   # approx date
actor THAMIL 2024-09-03..2025-09-19 : Phumtham Wechayachai | Phumtham   # also acting prime minister Jul-Aug 2025; approx date

# ===== TJK Tajikistan [HS HG FM DM]
# Emomali Rahmon is in actors.lex.
actor TJKGOV 2013-11-23.. : Kokhir Rasulzoda | Qohir Rasulzoda | Rasulzoda   # prime minister
actor TJKGOV 2013-11-29.. : Sirojiddin Muhriddin | Sirodjidin Aslov | Sirojiddin Mukhriddin | Muhriddin   # foreign minister (Aslov until his name change)
actor TJKMIL 2013-01-01.. : Sherali Mirzo | Sherali Mirzoyev   # approx date, end of tenure not known

# ===== TKM Turkmenistan [HS HG FM]
# The Berdimuhamedovs (the president is also head of government) are in actors.lex.
actor TKMGOV 2001-07-01.. : Rashid Meredov | Meredov   # foreign minister; approx date

# ===== TLS Timor-Leste [HS HG FM]
actor TLSGOV 2012-05-20..2017-05-20 : Taur Matan Ruak | Matan Ruak   # president
actor TLSGOV 2018-06-22..2023-07-01 : Taur Matan Ruak | Matan Ruak   # prime minister
actor TLSGOV 2017-05-20..2022-05-20 : Francisco Guterres | Lu-Olo | Lú-Olo | Francisco Guterres Lu-Olo   # president
actor TLSGOV 2022-05-20.. : Jose Ramos-Horta | José Ramos-Horta | Ramos-Horta   # president
actor TLSGOV 2007-08-08..2015-02-16 : Xanana Gusmao | Xanana Gusmão | Xanana
actor TLSGOV 2023-07-01.. : Xanana Gusmao | Xanana Gusmão | Xanana
actor TLSGOV 2015-02-16..2017-09-15 : Rui Maria de Araujo | Rui Maria de Araújo   # prime minister
actor TLSGOV 2017-09-15..2018-06-22 : Mari Alkatiri | Alkatiri   # prime minister
actor TLSGOV 2023-07-01.. : Bendito Freitas | Bendito dos Santos Freitas   # foreign minister

# ===== TON Tonga [HS HG]
actor TONGOV 2012-03-18.. : King Tupou VI | Tupou VI
actor TONGOV 2014-12-30..2019-09-12 : Akilisi Pohiva | ʻAkilisi Pōhiva
actor TONGOV 2019-10-08..2021-12-27 : Pohiva Tuionetoa | Pōhiva Tuʻiʻonetoa | Tuionetoa
actor TONGOV 2021-12-27..2024-12-09 : Siaosi Sovaleni | Sovaleni
actor TONGOV 2024-12-24.. : Aisake Eke | ʻAisake Eke

# ===== TTO Trinidad and Tobago [HS HG FM]
# Defence falls under the minister of national security; not listed.
actor TTOGOV 2013-03-18..2018-03-19 : Anthony Carmona   # president
actor TTOGOV 2018-03-19..2023-03-20 : Paula-Mae Weekes   # president
actor TTOGOV 2023-03-20.. : Christine Kangaloo | Kangaloo   # president
actor TTOGOV 2010-05-26..2015-09-09 : Kamla Persad-Bissessar | Persad-Bissessar
actor TTOGOV 2025-05-01.. : Kamla Persad-Bissessar | Persad-Bissessar
actor TTOGOV 2015-09-09..2025-03-17 : Keith Rowley
actor TTOGOV 2025-03-17..2025-05-01 : Stuart Young   # prime minister
actor TTOGOV 2015-09-11..2020-08-19 : Dennis Moses   # foreign minister; approx date
actor TTOGOV 2020-08-19..2025-05-01 : Amery Browne   # foreign minister

# ===== TUN Tunisia [HS HG FM DM]
# Essebsi and Saied are in actors.lex.
actor TUNGOV 2019-07-25..2019-10-23 : Mohamed Ennaceur | Ennaceur   # interim president
actor TUNGOV 2014-01-29..2015-02-06 : Mehdi Jomaa | Mehdi Jomâa
actor TUNGOV 2015-02-06..2016-08-27 : Habib Essid | Essid
actor TUNGOV 2016-08-27..2020-02-27 : Youssef Chahed | Chahed
actor TUNGOV 2020-02-27..2020-09-02 : Elyes Fakhfakh | Fakhfakh
actor TUNGOV 2020-09-02..2021-07-25 : Hichem Mechichi | Mechichi
actor TUNGOV 2021-10-11..2023-08-01 : Najla Bouden | Najla Bouden Romdhane
actor TUNGOV 2023-08-01..2024-08-07 : Ahmed Hachani | Hachani
actor TUNGOV 2024-08-07..2025-03-21 : Kamel Madouri | Madouri
actor TUNGOV 2025-03-21.. : Sara Zaafrani Zenzri | Sarra Zaafrani Zenzri | Zaafrani Zenzri
actor TUNGOV 2015-02-06..2016-01-12 : Taieb Baccouche | Baccouche   # foreign minister
actor TUNGOV 2016-01-12..2019-10-29 : Khemaies Jhinaoui | Jhinaoui   # foreign minister
actor TUNGOV 2020-09-02..2023-02-07 : Othman Jerandi | Jerandi   # foreign minister
actor TUNGOV 2023-02-07..2024-08-25 : Nabil Ammar   # foreign minister
actor TUNGOV 2024-08-25.. : Mohamed Ali Nafti | Nafti   # foreign minister
actor TUNMIL 2015-02-06..2016-01-12 : Farhat Horchani | Horchani   # approx date
actor TUNMIL 2017-09-06..2019-09-01 : Abdelkarim Zbidi | Abdelkrim Zbidi | Zbidi   # approx date
actor TUNMIL 2021-10-11..2024-08-25 : Imed Memmich | Imed Memiche   # approx date
actor TUNMIL 2024-08-25.. : Khaled Sehili | Sehili   # approx date

# ===== TUR Turkey [HS HG FM DM]
# Erdogan, prime ministers to 2018, foreign and defence ministers: in actors.lex, except
actor TURGOV 2015-08-28..2015-11-24 : Feridun Sinirlioglu | Feridun Sinirlioğlu | Sinirlioglu | Sinirlioğlu   # interim foreign minister

# ===== TUV Tuvalu [HG FM]
# No armed forces (or none with a minister of its own): no defence minister.
# Head of state: the British monarch (GBR block).
actor TUVGOV 2013-08-05..2019-09-19 : Enele Sopoaga | Sopoaga
actor TUVGOV 2019-09-19..2024-02-26 : Kausea Natano | Natano
actor TUVGOV 2024-02-26.. : Feleti Teo
actor TUVGOV 2019-09-19..2024-02-26 : Simon Kofe | Kofe   # foreign minister

# ===== TZA Tanzania [HS HG FM DM]
actor TZAGOV 2005-12-21..2015-11-05 : Jakaya Kikwete | Kikwete
actor TZAGOV 2015-11-05..2021-03-17 : John Magufuli | John Pombe Magufuli | Magufuli
actor TZAGOV 2015-11-05.. : Samia Suluhu Hassan | Samia Suluhu   # vice president, president from 2021-03-19
actor TZAGOV 2008-02-09..2015-11-20 : Mizengo Pinda | Pinda   # prime minister
actor TZAGOV 2015-11-20..2025-11-13 : Kassim Majaliwa | Majaliwa   # prime minister; approx date
actor TZAGOV 2025-11-13.. : Mwigulu Nchemba | Nchemba   # prime minister; approx date
actor TZAGOV 2007-01-01..2015-12-01 : Bernard Membe | Membe   # foreign minister; approx date
actor TZAGOV 2015-12-12..2019-03-03 : Augustine Mahiga | Mahiga   # foreign minister; approx date
actor TZAGOV 2019-03-03..2021-03-31 : Palamagamba Kabudi | Kabudi   # foreign minister; approx date
actor TZAGOV 2021-03-31..2022-10-03 : Liberata Mulamula | Mulamula   # foreign minister; approx date
actor TZAMIL 2021-04-01..2022-10-03 : Stergomena Tax   # approx date
actor TZAGOV 2022-10-03..2023-08-30 : Stergomena Tax   # foreign minister; approx date
actor TZAMIL 2023-08-30.. : Stergomena Tax   # approx date
actor TZAGOV 2023-08-30..2024-07-21 : January Makamba | Makamba   # foreign minister; approx date
actor TZAGOV 2024-07-21.. : Mahmoud Thabit Kombo   # foreign minister; approx date
actor TZAMIL 2014-01-20..2020-12-01 : Hussein Mwinyi   # approx date
actor TZAMIL 2022-10-03..2023-08-30 : Innocent Bashungwa | Bashungwa   # approx date

# ===== UGA Uganda [HS HG FM DM]
# Yoweri Museveni is in actors.lex.
actor UGAGOV 2014-09-18..2021-06-14 : Ruhakana Rugunda | Rugunda   # prime minister
actor UGAGOV 2021-06-21.. : Robinah Nabbanja | Nabbanja   # prime minister
actor UGAGOV 2005-01-01..2021-06-08 : Sam Kutesa | Sam Kahamba Kutesa | Kutesa   # foreign minister; approx date
actor UGAGOV 2021-06-08.. : Jeje Odongo   # foreign minister; approx date
actor UGAMIL 2006-01-01..2016-06-06 : Crispus Kiyonga | Kiyonga   # approx date
actor UGAMIL 2016-06-06..2021-06-08 : Adolf Mwesige | Mwesige   # approx date
actor UGAMIL 2021-06-08..2024-03-21 : Vincent Ssempijja | Ssempijja   # approx date
actor UGAMIL 2024-03-21.. : Jacob Oboth-Oboth | Oboth-Oboth   # approx date

# ===== UKR Ukraine [HS HG FM DM]
# Presidents, prime ministers, foreign and defence ministers 2015-2026: all in actors.lex.

# ===== URY Uruguay [HS HG FM DM]
actor URYGOV 2010-03-01..2015-03-01 : Jose Mujica | José Mujica | Pepe Mujica | Mujica
actor URYGOV 2015-03-01..2020-03-01 : Tabare Vazquez | Tabaré Vázquez
actor URYGOV 2020-03-01..2025-03-01 : Luis Lacalle Pou | Lacalle Pou
actor URYGOV 2025-03-01.. : Yamandu Orsi | Yamandú Orsi
actor URYGOV 2015-03-01..2020-03-01 : Rodolfo Nin Novoa | Nin Novoa   # foreign minister
actor URYGOV 2020-03-01..2020-07-06 : Ernesto Talvi | Talvi   # foreign minister
actor URYGOV 2020-07-06..2023-11-01 : Francisco Bustillo   # foreign minister; approx date
actor URYGOV 2023-11-01..2025-03-01 : Omar Paganini   # foreign minister; approx date
actor URYGOV 2025-03-01.. : Mario Lubetkin | Lubetkin   # foreign minister
actor URYMIL 2011-07-01..2016-08-05 : Eleuterio Fernandez Huidobro | Eleuterio Fernández Huidobro   # approx date
actor URYMIL 2016-08-05..2019-09-01 : Jorge Menendez | Jorge Menéndez   # approx date
actor URYMIL 2020-03-01..2025-03-01 : Javier Garcia | Javier García
actor URYMIL 2025-03-01.. : Sandra Lazo

# ===== USA United States [HS HG FM DM]
# Presidents, secretaries of state and defence secretaries 2015-2026: all in actors.lex.

# ===== UZB Uzbekistan [HS HG FM DM]
# Karimov and Mirziyoyev (president) are in actors.lex.
actor UZBGOV 2003-12-12..2016-09-08 : Shavkat Mirziyoyev | Mirziyoyev   # prime minister
actor UZBGOV 2016-12-14.. : Abdulla Aripov | Aripov   # prime minister
actor UZBGOV 2012-01-01..2022-07-01 : Abdulaziz Kamilov | Abdulaziz Komilov | Kamilov   # foreign minister; approx date
actor UZBMIL 2008-01-01..2017-09-01 : Kabul Berdiev | Qobul Berdiyev   # approx date
actor UZBMIL 2017-09-01..2019-02-01 : Abdusalom Azizov   # approx date
actor UZBMIL 2019-02-01.. : Bakhodir Kurbanov | Bakhodir Qurbonov   # approx date

# ===== VCT Saint Vincent and the Grenadines [HS HG]
# No armed forces (or none with a minister of its own): no defence minister.
# Head of state: the British monarch (GBR block).
actor VCTGOV 2001-03-29..2025-11-28 : Ralph Gonsalves   # end: approx date
actor VCTGOV 2025-11-28.. : Godwin Friday   # approx date

# ===== VEN Venezuela [HS HG FM DM]
# Maduro, Delcy Rodriguez, Arreaza, Yvan Gil and Padrino Lopez are in actors.lex.
actor VENGOV 2021-08-20..2022-10-01 : Felix Plasencia | Félix Plasencia   # foreign minister; approx date
actor VENGOV 2022-10-01..2023-04-03 : Carlos Faria | Carlos Faría   # foreign minister; approx date

# ===== VNM Vietnam [HS HG FM DM]
# Nguyen Phu Trong (general secretary, president 2018-2021) and To Lam (general secretary from
# 2024-08-03) are in actors.lex.
actor VNMGOV 2011-07-25..2016-04-02 : Truong Tan Sang | Trương Tấn Sang   # president
actor VNMGOV 2016-04-02..2018-09-21 : Tran Dai Quang | Trần Đại Quang   # president
actor VNMGOV 2006-06-27..2016-04-07 : Nguyen Tan Dung | Nguyễn Tấn Dũng   # prime minister
actor VNMGOV 2016-04-07..2023-01-18 : Nguyen Xuan Phuc | Nguyễn Xuân Phúc   # prime minister, president from 2021-04-05
actor VNMGOV 2023-03-02..2024-03-21 : Vo Van Thuong | Võ Văn Thưởng   # president
actor VNMGOV 2016-04-09..2024-08-03 : To Lam | Tô Lâm   # public security minister, president from 2024-05-22
actor VNMGOV 2024-10-21.. : Luong Cuong | Lương Cường   # president
actor VNMGOV 2021-04-05.. : Pham Minh Chinh | Phạm Minh Chính   # prime minister
actor VNMGOV 2011-08-03..2021-04-08 : Pham Binh Minh | Phạm Bình Minh   # foreign minister
actor VNMGOV 2021-04-08..2025-03-01 : Bui Thanh Son | Bùi Thanh Sơn   # foreign minister; approx date
actor VNMGOV 2025-03-01.. : Le Hoai Trung | Lê Hoài Trung   # foreign minister; approx date
actor VNMMIL 2006-06-01..2016-04-09 : Phung Quang Thanh | Phùng Quang Thanh   # approx date
actor VNMMIL 2016-04-09..2021-04-08 : Ngo Xuan Lich | Ngô Xuân Lịch
actor VNMMIL 2021-04-08.. : Phan Van Giang | Phan Văn Giang

# ===== VUT Vanuatu [HS HG]
# No armed forces (or none with a minister of its own): no defence minister.
actor VUTGOV 2014-09-22..2017-06-17 : Baldwin Lonsdale   # president
actor VUTGOV 2017-07-06..2022-07-23 : Tallis Obed Moses | Obed Moses   # president
actor VUTGOV 2022-07-23.. : Nikenike Vurobaravu | Vurobaravu   # president
actor VUTGOV 2014-05-15..2015-06-11 : Joe Natuman | Natuman   # prime minister
actor VUTGOV 2015-06-11..2016-02-11 : Sato Kilman | Kilman   # prime minister
actor VUTGOV 2023-09-04..2023-10-06 : Sato Kilman | Kilman   # prime minister
actor VUTGOV 2016-02-11..2020-04-20 : Charlot Salwai | Salwai   # prime minister
actor VUTGOV 2023-10-06..2025-02-11 : Charlot Salwai | Salwai   # prime minister
actor VUTGOV 2020-04-20..2022-11-04 : Bob Loughman | Loughman   # prime minister
actor VUTGOV 2022-11-04..2023-09-04 : Ishmael Kalsakau | Kalsakau   # prime minister
actor VUTGOV 2025-02-11.. : Jotham Napat | Napat   # prime minister

# ===== WSM Samoa [HS HG FM]
# No armed forces (or none with a minister of its own): no defence minister.
actor WSMGOV 2007-06-20..2017-07-21 : Tui Atua Tupua Tamasese Efi | Tupua Tamasese Efi   # head of state
actor WSMGOV 2017-07-21.. : Tuimalealiifano Vaaletoa Sualauvi II | Tuimalealiifano Va'aletoa Sualauvi II | Tuimalealiifano   # head of state
actor WSMGOV 1998-11-23..2021-05-24 : Tuilaepa Sailele Malielegaoi | Tuilaepa   # prime minister, also foreign minister
actor WSMGOV 2021-05-24..2025-09-16 : Fiame Naomi Mataafa | Fiamē Naomi Mataʻafa | Naomi Mataafa | Fiame   # prime minister, also foreign minister
actor WSMGOV 2025-09-16.. : Laauli Leuatea Schmidt | La'auli Leuatea Schmidt   # prime minister; approx date

# ===== YEM Yemen [HS HG FM DM]
# Hadi and al-Alimi (chairman of the Presidential Leadership Council) are in actors.lex.
actor YEMGOV 2014-11-09..2016-04-03 : Khaled Bahah | Khalid Bahah | Bahah   # prime minister, vice president
actor YEMGOV 2016-04-04..2018-10-15 : Ahmed Obeid bin Daghr | Ahmed bin Daghr | bin Daghr
actor YEMGOV 2018-10-15..2024-02-05 : Maeen Abdulmalik | Maeen Abdulmalek | Maeen Abdul Malik
actor YEMGOV 2020-12-18..2025-05-03 : Ahmed Awad bin Mubarak | Ahmed bin Mubarak | bin Mubarak   # foreign minister, prime minister from 2024-02-05
actor YEMGOV 2025-05-03.. : Salem bin Breik | Salem Saleh bin Braik | bin Breik
actor YEMGOV 2015-12-01..2018-05-01 : Abdulmalik al-Mekhlafi | Abdul-Malik al-Mekhlafi | al-Mekhlafi   # foreign minister; approx date
actor YEMGOV 2018-05-01..2019-06-01 : Khaled al-Yamani | Khalid al-Yamani   # foreign minister; approx date
actor YEMGOV 2019-06-01..2020-12-18 : Mohammed al-Hadrami | Mohammed Abdullah al-Hadrami   # foreign minister; approx date
actor YEMGOV 2024-03-01.. : Shaya al-Zindani | Shaya Mohsen al-Zindani   # foreign minister; approx date
actor YEMMIL 2014-11-09..2018-01-01 : Mahmoud al-Subaihi | al-Subaihi   # held by the Houthis from March 2015; approx date
actor YEMMIL 2018-01-01..2022-04-01 : Mohammed al-Maqdashi | Mohammed Ali al-Maqdashi | al-Maqdashi   # approx date
actor YEMMIL 2022-04-01.. : Mohsen al-Daeri | Mohsen Mohammed al-Daeri | al-Daeri   # approx date

# ===== ZAF South Africa [HS HG FM DM]
# Presidents, foreign and defence ministers 2015-2026: all in actors.lex.

# ===== ZMB Zambia [HS HG FM DM]
actor ZMBGOV 2011-09-23..2014-10-28 : Michael Sata | Sata
actor ZMBGOV 2014-10-29..2015-01-25 : Guy Scott   # acting president
actor ZMBGOV 2015-01-25..2021-08-24 : Edgar Lungu | Lungu
actor ZMBGOV 2021-08-24.. : Hakainde Hichilema | Hichilema
actor ZMBGOV 2014-11-01..2018-07-01 : Harry Kalaba | Kalaba   # foreign minister; approx date
actor ZMBGOV 2018-07-01..2021-08-24 : Joseph Malanji | Malanji   # foreign minister; approx date
actor ZMBGOV 2021-09-01..2024-04-01 : Stanley Kakubo | Kakubo   # foreign minister; approx date
actor ZMBGOV 2024-04-01.. : Mulambo Haimbe | Haimbe   # foreign minister; approx date
actor ZMBMIL 2016-09-01..2021-08-24 : Davies Chama   # approx date
actor ZMBMIL 2021-09-01.. : Ambrose Lufuma | Lufuma   # approx date

# ===== ZWE Zimbabwe [HS HG FM DM]
# Mugabe and Mnangagwa are in actors.lex.
actor ZWEGOV 2005-04-01..2017-11-30 : Simbarashe Mumbengegwi | Mumbengegwi   # foreign minister; approx date
actor ZWEGOV 2017-11-30..2021-01-20 : Sibusiso Moyo | S.B. Moyo   # foreign minister
actor ZWEGOV 2021-03-01..2023-09-12 : Frederick Shava | Shava   # foreign minister; approx date
actor ZWEGOV 2023-09-12.. : Amon Murwira | Murwira   # foreign minister; approx date
actor ZWEMIL 2013-09-01..2018-09-10 : Sydney Sekeramayi | Sekeramayi   # approx date
actor ZWEMIL 2018-09-10.. : Oppah Muchinguri | Oppah Muchinguri-Kashiri | Muchinguri   # approx date
