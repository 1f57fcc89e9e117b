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
actor AFGMIL 2017-06-01..2018-12-23 : Tariq Shah Bahrami | Bahrami   # approx date
actor AFGMIL 2018-12-23..2021-03-19 : Asadullah Khalid

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

# ===== ATG Antigua and Barbuda [HS HG FM]
# Head of state: the British monarch (GBR block).
actor ATGGOV 2014-06-13.. : Gaston Browne
actor ATGGOV 2018-03-01.. : Chet Greene | E.P. Chet Greene | E. P. Chet Greene   # foreign minister; approx date

# ===== AUS Australia [HS HG FM DM]
# Head of state: the British monarch (GBR block).  Prime ministers, foreign and defence ministers
# are in actors.lex, except
actor AUSMIL 2014-12-23..2015-09-21 : Kevin Andrews

# ===== BHS Bahamas [HS HG FM]
# Head of state: the British monarch (GBR block).
actor BHSGOV 2012-05-08..2017-05-11 : Perry Christie
actor BHSGOV 2017-05-11..2021-09-17 : Hubert Minnis
actor BHSGOV 2021-09-17.. : Philip Davis | Philip Brave Davis | Brave Davis
actor BHSGOV 2012-05-08..2017-05-11 : Fred Mitchell   # foreign minister
actor BHSGOV 2021-09-17.. : Fred Mitchell   # foreign minister
actor BHSGOV 2017-05-11..2021-09-17 : Darren Henfield | Henfield   # foreign minister

# ===== BLZ Belize [HS HG FM]
# Head of state: the British monarch (GBR block).
actor BLZGOV 2008-02-08..2020-11-12 : Dean Barrow
actor BLZGOV 2020-11-12.. : Johnny Briceno | Johnny Briceño | John Briceno | Briceño
actor BLZGOV 2008-02-08..2020-11-12 : Wilfred Elrington | Elrington   # foreign minister
actor BLZGOV 2020-11-16..2024-12-01 : Eamon Courtenay | Courtenay   # foreign minister; approx date
actor BLZGOV 2024-12-01.. : Francis Fonseca   # foreign minister; approx date

# ===== BOL Bolivia [HS HG FM]
# Evo Morales, Luis Arce and Rodrigo Paz are in actors.lex.
actor BOLGOV 2019-11-12..2020-11-08 : Jeanine Anez | Jeanine Áñez | Áñez   # interim president
actor BOLGOV 2006-01-23..2017-01-23 : David Choquehuanca | Choquehuanca   # foreign minister
actor BOLGOV 2017-01-23..2018-08-09 : Fernando Huanacuni | Huanacuni   # foreign minister; approx date
actor BOLGOV 2018-08-09..2019-11-12 : Diego Pary | Diego Pary Rodriguez   # foreign minister; approx date
actor BOLGOV 2019-11-13..2020-11-09 : Karen Longaric | Longaric   # foreign minister; approx date
actor BOLGOV 2020-11-09..2023-04-01 : Rogelio Mayta | Mayta   # foreign minister; approx date
actor BOLGOV 2023-04-01..2025-11-08 : Celinda Sosa | Celinda Sosa Lunda   # foreign minister; approx date

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

# ===== CAN Canada [HS HG FM DM]
# Head of state: the British monarch (GBR block).  Prime ministers, most foreign and defence
# ministers are in actors.lex.
actor CANMIL 2013-07-15..2015-02-09 : Rob Nicholson | Robert Nicholson
actor CANGOV 2015-02-09..2015-11-04 : Rob Nicholson | Robert Nicholson   # foreign minister
actor CANMIL 2015-02-09..2015-11-04 : Jason Kenney | Kenney

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

# ===== COL Colombia [HS HG FM DM]
# Presidents are in actors.lex.
actor COLGOV 2010-08-07..2018-08-07 : Maria Angela Holguin | María Ángela Holguín   # foreign minister
actor COLGOV 2018-08-07..2019-11-12 : Carlos Holmes Trujillo | Holmes Trujillo   # foreign minister
actor COLMIL 2019-11-12..2021-01-26 : Carlos Holmes Trujillo | Holmes Trujillo
actor COLGOV 2019-11-12..2021-05-13 : Claudia Blum   # foreign minister
actor COLGOV 2018-08-07..2022-08-07 : Marta Lucia Ramirez | Marta Lucía Ramírez   # vice president, also foreign minister from 2021-05
actor COLGOV 2022-08-07..2024-05-01 : Alvaro Leyva | Álvaro Leyva   # foreign minister; approx date
actor COLGOV 2024-05-01..2025-02-01 : Luis Gilberto Murillo   # foreign minister; approx date
actor COLGOV 2025-02-01..2025-07-01 : Laura Sarabia | Sarabia   # foreign minister; approx date
actor COLGOV 2025-07-01.. : Rosa Villavicencio   # foreign minister; approx date
actor COLMIL 2011-09-01..2015-06-22 : Juan Carlos Pinzon | Juan Carlos Pinzón   # approx date
actor COLMIL 2015-06-22..2018-08-07 : Luis Carlos Villegas   # approx date
actor COLMIL 2018-08-07..2019-11-07 : Guillermo Botero
actor COLMIL 2021-02-01..2022-08-07 : Diego Molano   # approx date
actor COLMIL 2022-08-07..2025-02-20 : Ivan Velasquez | Iván Velásquez   # approx date
actor COLMIL 2025-02-20.. : Pedro Arnulfo Sanchez | Pedro Arnulfo Sánchez   # approx date; "Pedro Sanchez" alone is Spain's PM

# ===== CRI Costa Rica [HS HG FM]
# No armed forces, so no defence minister.
actor CRIGOV 2014-05-08..2018-05-08 : Luis Guillermo Solis | Luis Guillermo Solís
actor CRIGOV 2018-05-08..2022-05-08 : Carlos Alvarado | Carlos Alvarado Quesada
actor CRIGOV 2022-05-08.. : Rodrigo Chaves | Rodrigo Chaves Robles   # his successor (election of Feb 2026) takes office 2026-05-08
actor CRIGOV 2014-05-08..2018-05-08 : Manuel Gonzalez Sanz | Manuel González Sanz   # foreign minister
actor CRIGOV 2018-05-08..2019-12-01 : Epsy Campbell | Epsy Campbell Barr   # vice president and foreign minister; approx date
actor CRIGOV 2020-01-01..2022-05-08 : Rodolfo Solano | Rodolfo Solano Quirós   # foreign minister; approx date
actor CRIGOV 2022-05-08.. : Arnoldo Andre Tinoco | Arnoldo André Tinoco | Arnoldo Andre   # foreign minister

# ===== CUB Cuba [HS HG FM DM]
# Raul Castro, Diaz-Canel and Bruno Rodriguez are in actors.lex.
actor CUBGOV 2019-12-21.. : Manuel Marrero | Manuel Marrero Cruz   # prime minister
actor CUBMIL 2011-11-01..2021-04-01 : Leopoldo Cintra Frias | Leopoldo Cintra Frías   # approx date
actor CUBMIL 2021-04-01.. : Alvaro Lopez Miera | Álvaro López Miera | Lopez Miera   # approx date

# ===== DEU Germany [HS HG FM DM]
# Presidents, chancellors, foreign and defence ministers 2015-2026: all in actors.lex.

# ===== DMA Dominica [HS HG]
actor DMAGOV 2004-01-08.. : Roosevelt Skerrit | Skerrit
actor DMAGOV 2013-10-02..2023-10-02 : Charles Savarin   # president
actor DMAGOV 2023-10-02.. : Sylvanie Burton   # president

# ===== DOM Dominican Republic [HS HG FM]
actor DOMGOV 2012-08-16..2020-08-16 : Danilo Medina
actor DOMGOV 2020-08-16.. : Luis Abinader | Abinader
actor DOMGOV 2014-09-01..2016-08-16 : Andres Navarro | Andrés Navarro   # foreign minister; approx date
actor DOMGOV 2016-08-16..2020-08-16 : Miguel Vargas | Miguel Vargas Maldonado   # foreign minister
actor DOMGOV 2020-08-16.. : Roberto Alvarez | Roberto Álvarez   # foreign minister

# ===== ECU Ecuador [HS HG FM]
# Presidents are in actors.lex.
actor ECUGOV 2010-12-01..2016-03-01 : Ricardo Patino | Ricardo Patiño   # foreign minister; approx date
actor ECUGOV 2016-03-01..2017-05-24 : Guillaume Long   # foreign minister; approx date
actor ECUGOV 2017-05-24..2018-06-01 : Maria Fernanda Espinosa | María Fernanda Espinosa   # foreign minister; approx date
actor ECUGOV 2018-06-01..2020-06-01 : Jose Valencia | José Valencia   # foreign minister; approx date
actor ECUGOV 2023-11-23.. : Gabriela Sommerfeld | Sommerfeld   # foreign minister

# ===== EGY Egypt [HS HG FM DM]
# President, prime ministers, foreign and defence ministers 2015-2026: all in actors.lex.

# ===== ESP Spain [HS HG FM DM]
# King Felipe VI, prime ministers, foreign and defence ministers 2015-2026: all in actors.lex.

# ===== FRA France [HS HG FM DM]
# Presidents, prime ministers, foreign and defence ministers: in actors.lex, except
actor FRAMIL 2017-05-17..2017-06-21 : Sylvie Goulard | Goulard

# ===== GBR United Kingdom [HS HG FM DM]
# Prime ministers, foreign and defence secretaries: in actors.lex.  Monarchs:
actor GBRGOV 1952-02-06..2022-09-08 : Queen Elizabeth II | Queen Elizabeth | Elizabeth II
actor GBRGOV 2022-09-08.. : King Charles III | King Charles | Charles III

# ===== GRD Grenada [HS HG]
# Head of state: the British monarch (GBR block).
actor GRDGOV 2013-02-20..2022-06-24 : Keith Mitchell
actor GRDGOV 2022-06-24.. : Dickon Mitchell

# ===== GTM Guatemala [HS HG FM]
actor GTMGOV 2012-01-14..2015-09-03 : Otto Perez Molina | Otto Pérez Molina | Perez Molina | Pérez Molina
actor GTMGOV 2015-09-03..2016-01-14 : Alejandro Maldonado | Alejandro Maldonado Aguirre
actor GTMGOV 2016-01-14..2020-01-14 : Jimmy Morales
actor GTMGOV 2020-01-14..2024-01-15 : Alejandro Giammattei | Giammattei
actor GTMGOV 2024-01-15.. : Bernardo Arevalo | Bernardo Arévalo | Arevalo | Arévalo
actor GTMGOV 2014-01-01..2017-08-01 : Carlos Raul Morales | Carlos Raúl Morales   # foreign minister; approx date
actor GTMGOV 2017-08-01..2020-01-14 : Sandra Jovel   # foreign minister; approx date
actor GTMGOV 2020-01-14..2021-09-01 : Pedro Brolo   # foreign minister; approx date
actor GTMGOV 2021-09-01..2024-01-15 : Mario Bucaro | Mario Búcaro   # foreign minister; approx date
actor GTMGOV 2024-01-15.. : Carlos Ramiro Martinez | Carlos Ramiro Martínez   # foreign minister

# ===== GUY Guyana [HS HG FM]
actor GUYGOV 2011-12-03..2015-05-16 : Donald Ramotar | Ramotar
actor GUYGOV 2015-05-16..2020-08-02 : David Granger
actor GUYGOV 2020-08-02.. : Irfaan Ali | Mohamed Irfaan Ali
actor GUYGOV 2015-05-20..2020-08-02 : Moses Nagamootoo | Nagamootoo   # prime minister
actor GUYGOV 2020-08-02.. : Mark Phillips   # prime minister
actor GUYGOV 2015-05-20..2019-03-01 : Carl Greenidge   # foreign minister; approx date
actor GUYGOV 2019-03-01..2020-08-02 : Karen Cummings   # foreign minister; approx date
actor GUYGOV 2020-08-05.. : Hugh Todd   # foreign minister; approx date

# ===== HND Honduras [HS HG FM]
actor HNDGOV 2014-01-27..2022-01-27 : Juan Orlando Hernandez | Juan Orlando Hernández
actor HNDGOV 2022-01-27..2026-01-27 : Xiomara Castro
actor HNDGOV 2026-01-27.. : Nasry Asfura | Asfura   # winner of the Nov 2025 election; verify
actor HNDGOV 2022-01-27..2026-01-27 : Eduardo Enrique Reina   # foreign minister

# ===== HTI Haiti [HS HG]
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

# ===== IDN Indonesia [HS HG FM DM]
# Joko Widodo, Prabowo Subianto and Retno Marsudi are in actors.lex.
actor IDNGOV 2024-10-21.. : Sugiono   # foreign minister
actor IDNMIL 2014-10-27..2019-10-23 : Ryamizard Ryacudu | Ryacudu
actor IDNMIL 2024-10-21.. : Sjafrie Sjamsoeddin | Sjafrie

# ===== IND India [HS HG FM DM]
# Presidents, Modi, foreign and defence ministers: in actors.lex (Arun Jaitley, who also held
# defence in 2014 and 2017, is coded GOV there as finance minister).

# ===== IRN Iran [HS HG FM DM]
# Supreme leader, presidents, foreign and defence ministers 2015-2026: all in actors.lex.

# ===== IRQ Iraq [HS HG FM DM]
# Presidents, prime ministers, foreign ministers and some defence ministers are in actors.lex.
actor IRQMIL 2017-01-30..2018-10-25 : Erfan al-Hiyali | Irfan al-Hiyali | al-Hiyali   # approx date
actor IRQMIL 2019-06-24..2020-05-07 : Najah al-Shammari | al-Shammari
actor IRQMIL 2020-06-06..2022-10-27 : Juma Inad | Jumaa Inad | Juma Anad | Jumaa Anad

# ===== ISR Israel [HS HG FM DM]
# Presidents, prime ministers, foreign and defence ministers 2015-2026: all in actors.lex.

# ===== ITA Italy [HS HG FM DM]
# Presidents, prime ministers, foreign and defence ministers 2015-2026: all in actors.lex.

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

# ===== KNA Saint Kitts and Nevis [HS HG FM]
# Head of state: the British monarch (GBR block).
actor KNAGOV 1995-07-07..2015-02-18 : Denzil Douglas
actor KNAGOV 2022-08-06.. : Denzil Douglas   # foreign minister
actor KNAGOV 2015-02-18..2022-08-06 : Timothy Harris
actor KNAGOV 2022-08-06.. : Terrance Drew

# ===== KOR South Korea [HS HG FM DM]
# Presidents (heads of state and government), acting presidents, foreign and defence ministers:
# all in actors.lex.

# ===== LBN Lebanon [HS HG FM DM]
# Presidents (office vacant 2014-05-25..2016-10-31 and 2022-10-31..2025-01-09), prime ministers
# and some foreign ministers are in actors.lex.
actor LBNGOV 2020-01-21..2020-08-03 : Nassif Hitti | Nasif Hitti | Hitti
actor LBNGOV 2020-08-03..2021-05-19 : Charbel Wehbe | Charbel Wehbi   # approx date
actor LBNMIL 2014-02-15..2016-12-18 : Samir Moqbel | Samir Mokbel | Moqbel
actor LBNMIL 2016-12-18..2019-01-31 : Yacoub Sarraf | Yaacoub Sarraf   # approx date
actor LBNMIL 2019-01-31..2020-01-21 : Elias Bou Saab | Elias Bou Saab | Bou Saab
actor LBNMIL 2020-01-21..2021-09-10 : Zeina Akar | Zeina Acar   # also acting foreign minister 2021
actor LBNMIL 2021-09-10..2025-02-08 : Maurice Slim
actor LBNMIL 2025-02-08.. : Michel Menassa | Michel Mnassa

# ===== LBY Libya [HS HG FM DM]
# Fayez al-Sarraj and Abdul Hamid Dbeibah (also defence minister) are in actors.lex.
actor LBYGOV 2021-03-15.. : Mohamed al-Menfi | Mohammed al-Menfi | Mohamed Younis al-Menfi | al-Menfi | Menfi   # Presidential Council chairman
actor LBYGOV 2014-09-01..2021-03-15 : Abdullah al-Thani | Abdullah al-Thinni | al-Thinni   # eastern-based prime minister; approx date
actor LBYGOV 2018-10-07..2023-05-16 : Fathi Bashagha | Fathi Bashaga | Bashagha   # GNA interior minister, then eastern-backed prime minister from 2022-03; approx date
actor LBYGOV 2023-05-16.. : Osama Hammad | Osama Hamad   # eastern-based prime minister; approx date
actor LBYGOV 2016-03-30..2021-03-15 : Mohamed Taha Siala | Mohammed Siala | Siala   # foreign minister; approx date
actor LBYGOV 2021-03-15..2023-08-27 : Najla Mangoush | Najla el-Mangoush | Mangoush
actor LBYMIL 2016-03-30..2018-01-01 : Mahdi al-Barghathi | Al-Mahdi al-Barghathi | Barghathi   # approx date
actor LBYMIL 2020-08-01..2021-03-15 : Salah al-Namroush | Salaheddine al-Namroush | Namroush   # approx date

# ===== LCA Saint Lucia [HS HG]
# Head of state: the British monarch (GBR block).
actor LCAGOV 2011-11-30..2016-06-07 : Kenny Anthony | Kenny D. Anthony
actor LCAGOV 2016-06-07..2021-07-28 : Allen Chastanet | Chastanet
actor LCAGOV 2021-07-28.. : Philip J. Pierre | Philip Pierre

# ===== MEX Mexico [HS HG FM DM]
# Presidents, foreign and defence secretaries: in actors.lex, except
actor MEXGOV 2015-08-27..2017-01-04 : Claudia Ruiz Massieu | Ruiz Massieu   # foreign secretary

# ===== NGA Nigeria [HS HG FM DM]
# Presidents, foreign and defence ministers from 2015 are in actors.lex.
actor NGAGOV 2014-09-01..2015-05-29 : Aminu Wali | Aminu Bashir Wali   # foreign minister; approx date
actor NGAMIL 2014-03-01..2015-05-29 : Aliyu Gusau | Aliyu Mohammed Gusau   # approx date

# ===== NIC Nicaragua [HS HG FM]
# Daniel Ortega and Rosario Murillo are in actors.lex.
actor NICGOV 2007-01-10..2017-05-01 : Samuel Santos | Samuel Santos Lopez   # foreign minister; approx date
actor NICGOV 2017-05-01..2024-08-01 : Denis Moncada | Denis Moncada Colindres   # foreign minister; approx date
actor NICGOV 2024-08-01.. : Valdrack Jaentschke | Jaentschke   # foreign minister; approx date

# ===== PAK Pakistan [HS HG FM DM]
# Presidents, prime ministers, foreign and defence ministers: mostly in actors.lex.
actor PAKGOV 2018-06-01..2018-08-18 : Nasirul Mulk | Nasir-ul-Mulk   # caretaker prime minister
actor PAKGOV 2023-08-17..2024-03-04 : Jalil Abbas Jilani   # caretaker foreign minister; approx date
actor PAKMIL 2017-08-04..2018-05-31 : Khurram Dastgir Khan | Khurram Dastgir   # approx date

# ===== PAN Panama [HS HG FM]
# No armed forces, so no defence minister.  Ricardo Martinelli and Jose Raul Mulino are in actors.lex.
actor PANGOV 2014-07-01..2019-07-01 : Juan Carlos Varela | Varela
actor PANGOV 2019-07-01..2024-07-01 : Laurentino Cortizo | Nito Cortizo | Cortizo
actor PANGOV 2014-07-01..2019-07-01 : Isabel de Saint Malo | Isabel Saint Malo   # vice president and foreign minister
actor PANGOV 2021-04-01..2024-07-01 : Janaina Tewaney | Janaina Tewaney Mencomo   # foreign minister; approx date
actor PANGOV 2024-07-01.. : Javier Martinez-Acha | Javier Martínez-Acha   # foreign minister

# ===== PER Peru [HS HG FM]
# Presidents to 2020 and from 2021 are in actors.lex.
actor PERGOV 2020-11-10..2020-11-15 : Manuel Merino | Merino   # acting president
actor PERGOV 2020-11-17..2021-07-28 : Francisco Sagasti | Sagasti   # interim president
actor PERGOV 2016-07-28..2018-04-02 : Ricardo Luna   # foreign minister; approx date
actor PERGOV 2018-04-02..2019-10-03 : Nestor Popolizio | Néstor Popolizio | Popolizio   # foreign minister; approx date
actor PERGOV 2019-10-03..2020-11-10 : Gustavo Meza-Cuadra | Meza-Cuadra   # foreign minister; approx date

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

# ===== PRY Paraguay [HS HG FM]
actor PRYGOV 2013-08-15..2018-08-15 : Horacio Cartes | Cartes
actor PRYGOV 2018-08-15..2023-08-15 : Mario Abdo Benitez | Mario Abdo Benítez | Mario Abdo
actor PRYGOV 2023-08-15.. : Santiago Pena | Santiago Peña
actor PRYGOV 2013-08-15..2018-08-15 : Eladio Loizaga | Loizaga   # foreign minister
actor PRYGOV 2018-08-15..2019-08-01 : Luis Alberto Castiglioni | Castiglioni   # foreign minister; approx date
actor PRYGOV 2023-08-15.. : Ruben Ramirez Lezcano | Rubén Ramírez Lezcano   # foreign minister

# ===== QAT Qatar [HS HG FM DM]
# Emir, prime ministers, foreign ministers and Khalid al-Attiyah: in actors.lex.
actor QATMIL 2024-11-01.. : Saoud bin Abdulrahman Al Thani | Saoud bin Abdulrahman | Sheikh Saoud bin Abdulrahman   # approx date

# ===== RUS Russia [HS HG FM DM]
# President, prime ministers, foreign and defence ministers 2015-2026: all in actors.lex.

# ===== SAU Saudi Arabia [HS HG FM DM]
# King Salman (king and prime minister to 2022), Mohammed bin Salman (defence minister 2015-2022
# and prime minister from 2022-09-27, coded GOV in actors.lex as crown prince), the foreign
# ministers and Khalid bin Salman: all in actors.lex.

# ===== SLV El Salvador [HS HG FM DM]
# Nayib Bukele is in actors.lex.
actor SLVGOV 2014-06-01..2019-06-01 : Salvador Sanchez Ceren | Salvador Sánchez Cerén | Sanchez Ceren | Sánchez Cerén
actor SLVGOV 2014-06-01..2018-01-01 : Hugo Martinez | Hugo Martínez   # foreign minister; approx date
actor SLVGOV 2019-06-01..2025-01-01 : Alexandra Hill Tinoco | Alexandra Hill   # foreign minister; approx date
actor SLVMIL 2013-01-01..2019-06-01 : David Munguia Payes | David Munguía Payés | Munguia Payes   # approx date
actor SLVMIL 2019-06-01.. : Rene Francis Merino Monroy | René Francis Merino Monroy | Francis Merino Monroy

# ===== SUR Suriname [HS HG FM]
actor SURGOV 2010-08-12..2020-07-16 : Desi Bouterse | Dési Bouterse | Bouterse
actor SURGOV 2020-07-16..2025-07-16 : Chan Santokhi | Santokhi
actor SURGOV 2025-07-16.. : Jennifer Geerlings-Simons | Geerlings-Simons
actor SURGOV 2017-03-01..2020-07-16 : Yldiz Pollack-Beighle | Pollack-Beighle   # foreign minister; approx date
actor SURGOV 2020-07-16..2025-05-01 : Albert Ramdin | Ramdin   # foreign minister; approx date

# ===== SYR Syria [HS HG FM DM]
# Assad, al-Sharaa, prime ministers, foreign and defence ministers: all in actors.lex.

# ===== TTO Trinidad and Tobago [HS HG FM]
actor TTOGOV 2013-03-18..2018-03-19 : Anthony Carmona   # president
actor TTOGOV 2018-03-19..2023-03-20 : Paula-Mae Weekes   # president
actor TTOGOV 2023-03-20.. : Christine Kangaloo | Kangaloo   # president
actor TTOGOV 2010-05-26..2015-09-09 : Kamla Persad-Bissessar | Persad-Bissessar
actor TTOGOV 2025-05-01.. : Kamla Persad-Bissessar | Persad-Bissessar
actor TTOGOV 2015-09-09..2025-03-17 : Keith Rowley
actor TTOGOV 2025-03-17..2025-05-01 : Stuart Young   # prime minister
actor TTOGOV 2015-09-11..2020-08-19 : Dennis Moses   # foreign minister; approx date
actor TTOGOV 2020-08-19..2025-05-01 : Amery Browne   # foreign minister

# ===== TUR Turkey [HS HG FM DM]
# Erdogan, prime ministers to 2018, foreign and defence ministers: in actors.lex, except
actor TURGOV 2015-08-28..2015-11-24 : Feridun Sinirlioglu | Feridun Sinirlioğlu | Sinirlioglu | Sinirlioğlu   # interim foreign minister

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
actor URYGOV 2023-11-01..2025-03-01 : Omar Paganini | Paganini   # foreign minister; approx date
actor URYGOV 2025-03-01.. : Mario Lubetkin | Lubetkin   # foreign minister
actor URYMIL 2011-07-01..2016-08-05 : Eleuterio Fernandez Huidobro | Eleuterio Fernández Huidobro   # approx date
actor URYMIL 2016-08-05..2019-09-01 : Jorge Menendez | Jorge Menéndez   # approx date
actor URYMIL 2020-03-01..2025-03-01 : Javier Garcia | Javier García
actor URYMIL 2025-03-01.. : Sandra Lazo

# ===== USA United States [HS HG FM DM]
# Presidents, secretaries of state and defence secretaries 2015-2026: all in actors.lex.

# ===== VCT Saint Vincent and the Grenadines [HS HG]
# Head of state: the British monarch (GBR block).
actor VCTGOV 2001-03-29..2025-11-28 : Ralph Gonsalves | Gonsalves
actor VCTGOV 2025-11-28.. : Godwin Friday   # approx date

# ===== VEN Venezuela [HS HG FM DM]
# Maduro, Delcy Rodriguez, Arreaza, Yvan Gil and Padrino Lopez are in actors.lex.
actor VENGOV 2021-08-20..2022-10-01 : Felix Plasencia | Félix Plasencia   # foreign minister; approx date
actor VENGOV 2022-10-01..2023-04-03 : Carlos Faria | Carlos Faría   # foreign minister; approx date

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
