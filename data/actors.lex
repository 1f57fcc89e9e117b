# dyad-lexicon 1
#
# data/actors.lex -- named actors: office holders, metonyms, institutions, IGOs, armed groups
# and parties.  Format: docs/lexicon.md.
#
# Conventions used in this file
# * Heads of state and of government, foreign ministers, ministers in general, spokespeople,
#   envoys and ambassadors are XXXGOV; defence ministers, service chiefs and commanders XXXMIL;
#   intelligence chiefs XXXSPY; legislators and speakers XXXLEG; opposition figures XXXOPP.
# * Date ranges are FROM..TO with TO = the first day no longer in office (normally the day the
#   successor took over), i.e. half-open ranges.  One line per spell; a person who moved from
#   one office to another with the same code may have one line covering both.
# * "# approx date" marks a date known only to the month (written as the 1st) or less exactly.
# * A surname alone is listed only when it is distinctive in news text; surnames that are
#   ordinary English words or very common names are written only with the given name.

# ===================================================================== United States
# Presidents and vice presidents
actor USAGOV 1993-01-20..2001-01-20 : Bill Clinton | William Jefferson Clinton | Clinton
actor USAGOV 1993-01-20..2001-01-20 : Al Gore
actor USAGOV 2001-01-20..2009-01-20 : George W. Bush | George W Bush | George Bush | Bush
actor USAGOV 2001-01-20..2009-01-20 : Dick Cheney | Richard Cheney | Cheney
actor USAGOV 2009-01-20..2017-01-20 : Barack Obama | Barack Hussein Obama | Obama
actor USAGOV 2009-01-20..2025-01-20 : Joe Biden | Joseph Biden | Joseph R. Biden | Joseph R Biden | Biden   # VP 2009-2017, president 2021-2025
actor USAGOV 2017-01-20..2021-01-20 : Donald Trump | Donald J. Trump | Donald J Trump | Trump
actor USAGOV 2025-01-20.. : Donald Trump | Donald J. Trump | Donald J Trump | Trump
actor USAGOV 2017-01-20..2021-01-20 : Mike Pence | Michael Pence
actor USAGOV 2021-01-20..2025-01-20 : Kamala Harris
actor USALEG 2023-01-03..2025-01-10 : JD Vance | J.D. Vance | James David Vance | Vance
actor USAGOV 2025-01-20.. : JD Vance | J.D. Vance | James David Vance | Vance
# Secretaries of state, national security advisers, UN ambassadors, envoys
actor USAGOV 1997-01-23..2001-01-20 : Madeleine Albright | Albright
actor USAGOV 2001-01-20..2005-01-26 : Colin Powell | Powell
actor USAGOV 2001-01-20..2009-01-20 : Condoleezza Rice | Condoleeza Rice | Condi Rice   # NSA 2001-2005, secretary of state 2005-2009
actor USALEG 2001-01-03..2009-01-21 : Hillary Clinton | Hillary Rodham Clinton
actor USAGOV 2009-01-21..2013-02-01 : Hillary Clinton | Hillary Rodham Clinton | Clinton
actor USALEG 1985-01-03..2013-02-01 : John Kerry | Kerry
actor USAGOV 2013-02-01..2017-01-20 : John Kerry | Kerry
actor USAGOV 2021-01-20..2024-03-06 : John Kerry | Kerry   # climate envoy
actor USAGOV 2017-02-01..2018-03-31 : Rex Tillerson | Tillerson
actor USASPY 2017-01-23..2018-04-26 : Mike Pompeo | Michael Pompeo | Pompeo
actor USAGOV 2018-04-26..2021-01-20 : Mike Pompeo | Michael Pompeo | Pompeo
actor USAGOV 2021-01-26..2025-01-20 : Antony Blinken | Tony Blinken | Blinken
actor USALEG 2011-01-03..2025-01-20 : Marco Rubio | Rubio
actor USAGOV 2025-01-21.. : Marco Rubio | Rubio
actor USAGOV 2005-01-26..2009-01-20 : Stephen Hadley | Hadley
actor USAGOV 2010-10-08..2013-07-01 : Tom Donilon | Thomas Donilon | Donilon
actor USAGOV 2009-01-22..2017-01-20 : Susan Rice   # UN ambassador, then NSA
actor USAGOV 2013-08-05..2017-01-20 : Samantha Power
actor USAGOV 2017-01-20..2017-02-14 : Michael Flynn | Mike Flynn
actor USAGOV 2017-02-20..2018-04-09 : H.R. McMaster | H. R. McMaster | McMaster
actor USAGOV 2005-08-01..2007-01-01 : John Bolton | Bolton   # UN ambassador
actor USAGOV 2018-04-09..2019-09-10 : John Bolton | Bolton
actor USAGOV 2019-09-18..2021-01-20 : Robert O'Brien
actor USAGOV 2021-01-20..2025-01-20 : Jake Sullivan
actor USAGOV 2017-01-27..2019-01-01 : Nikki Haley
actor USAGOV 2021-02-25..2025-01-20 : Linda Thomas-Greenfield | Thomas-Greenfield
actor USAGOV 2025-01-20..2025-05-01 : Mike Waltz | Michael Waltz | Waltz
actor USAGOV 2025-09-19.. : Mike Waltz | Michael Waltz | Waltz   # UN ambassador; approx date
actor USAGOV 2003-11-01..2009-01-20 : Zalmay Khalilzad | Khalilzad   # ambassador to Afghanistan, Iraq, UN; approx date
actor USAGOV 2018-09-05..2021-10-19 : Zalmay Khalilzad | Khalilzad   # Afghanistan envoy
actor USAGOV 2003-05-12..2004-06-28 : Paul Bremer | L. Paul Bremer   # Coalition Provisional Authority
actor USAGOV 2009-01-22..2010-12-14 : Richard Holbrooke | Holbrooke
actor USAGOV 2009-01-22..2011-05-20 : George Mitchell
actor USAGOV 2017-01-20..2021-01-20 : Jared Kushner | Kushner
actor USAGOV 2018-09-01..2021-01-20 : Brian Hook   # Iran envoy; approx date
actor USAGOV 2021-01-20..2024-11-01 : Amos Hochstein | Hochstein   # energy / Lebanon envoy; approx date
actor USAGOV 2025-01-20.. : Steve Witkoff | Steven Witkoff | Witkoff
actor USAGOV 2025-01-20.. : Keith Kellogg | Kellogg
actor USAGOV 2025-05-01.. : Tom Barrack | Thomas Barrack   # ambassador to Turkey, Syria envoy; approx date
actor USAGOV 2025-04-01.. : Mike Huckabee | Huckabee   # ambassador to Israel; approx date
actor USAGOV 2025-01-20.. : Morgan Ortagus | Ortagus   # deputy Middle East envoy; approx date
actor USAGOV 2025-01-20.. : Adam Boehler   # hostage envoy; approx date
# Spokespeople
actor USAGOV 2017-01-20..2017-07-22 : Sean Spicer | Spicer
actor USAGOV 2017-07-26..2019-07-01 : Sarah Sanders | Sarah Huckabee Sanders
actor USAGOV 2020-04-07..2021-01-20 : Kayleigh McEnany | McEnany
actor USAGOV 2021-01-20..2022-05-13 : Jen Psaki | Psaki
actor USAGOV 2022-05-13..2025-01-20 : Karine Jean-Pierre | Jean-Pierre
actor USAGOV 2025-01-20.. : Karoline Leavitt | Leavitt
actor USAGOV 2021-01-20..2023-04-01 : Ned Price   # State Department spokesman; approx date
actor USAGOV 2023-04-01..2025-01-20 : Matthew Miller   # State Department spokesman; approx date
actor USAGOV 2025-01-20..2025-09-01 : Tammy Bruce   # State Department spokeswoman; approx date
# Treasury and trade
actor USAGOV 2017-02-13..2021-01-20 : Steven Mnuchin | Steve Mnuchin | Mnuchin
actor USAGOV 2021-01-26..2025-01-20 : Janet Yellen | Yellen
actor USAGOV 2025-01-28.. : Scott Bessent | Bessent
actor USAGOV 2025-02-21.. : Howard Lutnick | Lutnick
actor USAGOV 2025-02-26.. : Jamieson Greer   # trade representative; approx date
actor USAGOV 2001-02-07..2006-02-07 : Robert Zoellick | Zoellick   # trade representative, deputy secretary of state; approx date
# Homeland security
actor USAGOV 2021-02-02..2025-01-20 : Alejandro Mayorkas | Mayorkas
actor USAGOV 2025-01-25.. : Kristi Noem | Noem
# Defence secretaries and other military
actor USAMIL : Michael Barbero | Michael D. Barbero   # army general
actor USAMIL 1997-01-24..2001-01-20 : William Cohen | William S. Cohen
actor USAMIL 2001-01-20..2006-12-18 : Donald Rumsfeld | Donald H. Rumsfeld | Rumsfeld
actor USAMIL 2001-03-02..2005-06-01 : Paul Wolfowitz | Wolfowitz
actor USAMIL 2006-12-18..2011-07-01 : Robert Gates | Robert M. Gates | Bob Gates
actor USASPY 2009-02-13..2011-07-01 : Leon Panetta | Panetta
actor USAMIL 2011-07-01..2013-02-27 : Leon Panetta | Panetta
actor USAMIL 2013-02-27..2015-02-17 : Chuck Hagel | Hagel
actor USAMIL 2015-02-17..2017-01-20 : Ash Carter | Ashton Carter
actor USAMIL 2017-01-20..2019-01-01 : Jim Mattis | James Mattis | Mattis
actor USAMIL 2017-07-19..2019-06-24 : Patrick Shanahan | Shanahan   # deputy, then acting secretary
actor USAMIL 2017-11-20..2020-11-09 : Mark Esper | Esper   # army secretary, then defence secretary
actor USAMIL 2020-11-09..2021-01-20 : Christopher Miller | Christopher C. Miller   # acting
actor USAMIL 2021-01-22..2025-01-20 : Lloyd Austin | Lloyd J. Austin
actor USAMIL 2025-01-25.. : Pete Hegseth | Peter Hegseth | Hegseth
actor USAMIL 2025-02-25.. : Dan Driscoll | Daniel Driscoll | Driscoll   # army secretary
actor USAMIL 2001-10-01..2005-09-30 : Richard Myers | Richard B. Myers
actor USAMIL 2005-09-30..2007-10-01 : Peter Pace
actor USAMIL 2007-10-01..2011-09-30 : Mike Mullen | Michael Mullen
actor USAMIL 2011-10-01..2015-09-25 : Martin Dempsey | Dempsey
actor USAMIL 2015-10-01..2019-09-30 : Joseph Dunford | Joe Dunford | Dunford
actor USAMIL 2019-10-01..2023-09-30 : Mark Milley | Milley
actor USAMIL 2023-10-01..2025-02-21 : Charles Q. Brown | CQ Brown | C.Q. Brown
actor USAMIL 2025-04-11.. : Dan Caine | Daniel Caine
actor USAMIL 2003-07-07..2007-03-16 : John Abizaid | Abizaid   # CENTCOM
actor USAMIL 2007-01-26..2011-08-31 : David Petraeus | Petraeus   # Iraq, CENTCOM, Afghanistan
actor USASPY 2011-09-06..2012-11-09 : David Petraeus | Petraeus
actor USAMIL 2009-06-15..2010-06-23 : Stanley McChrystal | McChrystal
actor USAMIL 2016-03-30..2019-03-28 : Joseph Votel | Votel   # CENTCOM
actor USAMIL 2019-03-28..2022-04-01 : Kenneth McKenzie   # CENTCOM
actor USAMIL 2022-04-01..2025-08-08 : Michael Kurilla | Kurilla   # CENTCOM
actor USAMIL 2022-07-04..2025-07-01 : Christopher Cavoli | Cavoli   # EUCOM / SACEUR
actor USAMIL 2025-07-01.. : Alexus Grynkewich | Grynkewich   # EUCOM / SACEUR
# Intelligence and law enforcement
actor USASPY 1997-07-11..2004-07-11 : George Tenet
actor USASPY 2004-09-24..2006-05-26 : Porter Goss
actor USASPY 2006-05-30..2009-02-12 : Michael Hayden
actor USASPY 2013-03-08..2017-01-20 : John Brennan
actor USASPY 2018-05-21..2021-01-20 : Gina Haspel | Haspel
actor USASPY 2021-03-19..2025-01-20 : William Burns | Bill Burns
actor USASPY 2020-05-26..2021-01-20 : John Ratcliffe | Ratcliffe
actor USASPY 2025-01-23.. : John Ratcliffe | Ratcliffe
actor USASPY 2017-03-16..2019-08-15 : Dan Coats | Daniel Coats
actor USASPY 2021-01-21..2025-01-20 : Avril Haines
actor USASPY 2025-02-12.. : Tulsi Gabbard | Gabbard
actor USACOP 2013-09-04..2017-05-09 : James Comey | Comey
actor USACOP 2017-08-02..2025-01-20 : Christopher Wray | Wray
actor USACOP 2025-02-21.. : Kash Patel | Kashyap Patel
actor USAGOV 2025-02-05.. : Pam Bondi | Pamela Bondi
actor USAGOV 2021-03-11..2025-01-20 : Merrick Garland
# Congress leaders
actor USALEG 1987-06-02.. : Nancy Pelosi | Pelosi
actor USALEG 1981-01-03.. : Chuck Schumer | Charles Schumer | Schumer
actor USALEG 1985-01-03.. : Mitch McConnell | McConnell
actor USALEG 2007-01-03..2024-01-01 : Kevin McCarthy
actor USALEG 2017-01-03.. : Mike Johnson   # Speaker from 2023-10-25
actor USALEG 2013-01-03.. : Hakeem Jeffries | Jeffries
actor USALEG 1997-01-03..2003-01-03 : John Thune | Thune
actor USALEG 2005-01-03.. : John Thune | Thune
actor USALEG 1983-01-03..2018-08-25 : John McCain | McCain
actor USALEG 1995-01-03.. : Lindsey Graham
actor USALEG 1991-01-03.. : Bernie Sanders
actor USALEG 1999-01-03..2019-01-03 : Paul Ryan
actor USALEG 1989-01-03..2013-01-03 : Joe Lieberman | Joseph Lieberman

# ===================================================================== Russia
actor RUSGOV 1999-08-16.. : Vladimir Putin | Vladimir Vladimirovich Putin | Vladimir V. Putin | Putin   # PM 1999-2000, president 2000-2008, PM 2008-2012, president 2012-
actor RUSGOV 2000-05-17..2004-02-24 : Mikhail Kasyanov | Mikhail Kasianov | Kasyanov
actor RUSOPP 2005-01-01.. : Mikhail Kasyanov | Mikhail Kasianov | Kasyanov   # approx date
actor RUSGOV 2004-03-05..2007-09-14 : Mikhail Fradkov
actor RUSSPY 2007-10-09..2016-10-05 : Mikhail Fradkov   # SVR director
actor RUSGOV 2007-09-14..2008-05-08 : Viktor Zubkov | Zubkov
actor RUSGOV 2003-10-30.. : Dmitry Medvedev | Dmitri Medvedev | Dmitry Anatolyevich Medvedev | Medvedev   # chief of staff, 1st deputy PM, president 2008-2012, PM 2012-2020, Security Council deputy chairman
actor RUSGOV 2020-01-16.. : Mikhail Mishustin | Mishustin
actor RUSGOV 1998-09-11..2007-07-09 : Igor Ivanov   # foreign minister, then Security Council secretary
actor RUSGOV 1994-04-01..2004-03-09 : Sergei Lavrov | Sergey Lavrov | Lavrov   # UN ambassador; approx date
actor RUSGOV 2004-03-09.. : Sergei Lavrov | Sergey Lavrov | Sergei Viktorovich Lavrov | Lavrov
actor RUSGOV 2000-04-01.. : Dmitry Peskov | Dmitri Peskov | Peskov   # presidential, then PM, then Kremlin spokesman; approx date
actor RUSGOV 2015-08-10.. : Maria Zakharova | Zakharova
actor RUSGOV 1998-12-01.. : Yuri Ushakov | Yury Ushakov | Ushakov   # ambassador to US, then Kremlin foreign-policy aide; approx date
actor RUSGOV 2011-06-01.. : Kirill Dmitriev | Kirill Dmitriyev   # head of the state Russian Direct Investment Fund, special envoy from 2025; approx date
actor RUSGOV 2012-05-21.. : Vladimir Medinsky | Medinsky   # culture minister, then presidential aide
actor RUSGOV 2006-04-08..2017-02-20 : Vitaly Churkin | Churkin
actor RUSGOV 2017-07-27.. : Vassily Nebenzia | Vasily Nebenzya | Vassily Nebenzya | Nebenzia | Nebenzya
actor RUSGOV 2017-07-01.. : Dmitry Polyanskiy | Dmitry Polyansky   # deputy UN ambassador; approx date
actor RUSGOV 2018-01-01.. : Sergei Ryabkov | Sergey Ryabkov | Ryabkov   # deputy foreign minister (since 2008); approx date
actor RUSGOV 2024-05-14.. : Nikolai Patrushev | Nikolay Patrushev   # presidential aide
actor RUSGOV 2008-05-12..2024-05-14 : Nikolai Patrushev | Nikolay Patrushev | Patrushev   # Security Council secretary
actor RUSSPY 1999-08-09..2008-05-12 : Nikolai Patrushev | Nikolay Patrushev | Patrushev   # FSB director
actor RUSSPY 2008-05-12.. : Alexander Bortnikov | Aleksandr Bortnikov | Bortnikov
actor RUSGOV 2008-05-12..2011-12-21 : Sergei Naryshkin | Sergey Naryshkin | Naryshkin
actor RUSLEG 2011-12-21..2016-10-05 : Sergei Naryshkin | Sergey Naryshkin | Naryshkin
actor RUSSPY 2016-10-05.. : Sergei Naryshkin | Sergey Naryshkin | Naryshkin   # SVR director
actor RUSLEG 2016-10-05.. : Vyacheslav Volodin | Volodin
actor RUSLEG 2011-09-21.. : Valentina Matviyenko | Valentina Matvienko | Matviyenko | Matvienko
actor RUSGOV 2001-03-28..2003-12-24 : Boris Gryzlov | Gryzlov
actor RUSLEG 2003-12-29..2011-12-21 : Boris Gryzlov | Gryzlov
actor RUSGOV 2012-05-21.. : Vladimir Kolokoltsev | Kolokoltsev
actor RUSGOV 2006-03-04.. : Ramzan Kadyrov | Kadyrov   # Chechen prime minister, then head of Chechnya
# Defence ministers and commanders
actor RUSMIL 1997-05-22..2001-03-28 : Igor Sergeyev | Igor Sergeev
actor RUSGOV 1999-11-15..2001-03-28 : Sergei Ivanov | Sergey Ivanov   # Security Council secretary
actor RUSMIL 2001-03-28..2007-02-15 : Sergei Ivanov | Sergey Ivanov
actor RUSGOV 2007-02-15..2008-05-12 : Sergei Ivanov | Sergey Ivanov   # first deputy PM
actor RUSGOV 2011-12-22..2016-08-12 : Sergei Ivanov | Sergey Ivanov   # presidential chief of staff
actor RUSMIL 2007-02-15..2012-11-06 : Anatoly Serdyukov | Anatoliy Serdyukov | Serdyukov
actor RUSGOV 1994-01-10..2012-11-06 : Sergei Shoigu | Sergey Shoigu | Sergei Shoygu | Shoigu | Shoygu   # emergencies minister, Moscow region governor
actor RUSMIL 2012-11-06..2024-05-12 : Sergei Shoigu | Sergey Shoigu | Sergei Shoygu | Shoigu | Shoygu
actor RUSGOV 2024-05-12.. : Sergei Shoigu | Sergey Shoigu | Sergei Shoygu | Shoigu | Shoygu   # Security Council secretary
actor RUSGOV 2012-05-21..2024-05-14 : Andrei Belousov | Andrey Belousov | Belousov   # economy minister, presidential aide, first deputy PM
actor RUSMIL 2024-05-14.. : Andrei Belousov | Andrey Belousov | Belousov
actor RUSMIL 1997-06-01..2004-07-19 : Anatoly Kvashnin | Kvashnin   # chief of general staff; approx date
actor RUSMIL 2004-07-19..2008-06-03 : Yuri Baluyevsky | Yury Baluyevsky | Baluyevsky
actor RUSMIL 2008-06-03..2012-11-09 : Nikolai Makarov | Nikolay Makarov
actor RUSMIL 2012-11-09.. : Valery Gerasimov | Valeriy Gerasimov | Gerasimov
actor RUSMIL 2011-01-01.. : Igor Konashenkov | Konashenkov   # defence ministry spokesman; approx date
actor RUSMIL 2017-11-22..2023-08-23 : Sergei Surovikin | Sergey Surovikin | Surovikin   # approx date
actor RUSMIL 2014-05-01..2023-08-23 : Yevgeny Prigozhin | Yevgeniy Prigozhin | Evgeny Prigozhin | Prigozhin   # Wagner founder; approx date
# Opposition
actor RUSOPP : Alexei Navalny | Alexey Navalny | Aleksei Navalny | Navalny
actor RUSOPP : Yulia Navalnaya | Navalnaya
actor RUSOPP 2003-10-25.. : Mikhail Khodorkovsky | Khodorkovsky
actor RUSOPP : Vladimir Kara-Murza | Kara-Murza
actor RUSOPP : Boris Nemtsov | Nemtsov
actor RUSOPP : Garry Kasparov

# ===================================================================== Ukraine
actor UKRGOV 1994-07-19..2005-01-23 : Leonid Kuchma | Kuchma
actor UKRGOV 1999-12-22..2001-05-29 : Viktor Yushchenko | Yushchenko | Yuschenko
actor UKROPP 2001-05-29..2005-01-23 : Viktor Yushchenko | Yushchenko | Yuschenko
actor UKRGOV 2005-01-23..2010-02-25 : Viktor Yushchenko | Yushchenko | Yuschenko
actor UKRGOV 2001-05-29..2002-11-21 : Anatoliy Kinakh | Anatoly Kinakh | Kinakh
actor UKRGOV 2002-11-21..2005-01-05 : Viktor Yanukovych | Viktor Yanukovich | Yanukovych | Yanukovich
actor UKROPP 2005-01-05..2006-08-04 : Viktor Yanukovych | Viktor Yanukovich | Yanukovych | Yanukovich
actor UKRGOV 2006-08-04..2007-12-18 : Viktor Yanukovych | Viktor Yanukovich | Yanukovych | Yanukovich
actor UKROPP 2007-12-18..2010-02-25 : Viktor Yanukovych | Viktor Yanukovich | Yanukovych | Yanukovich
actor UKRGOV 2010-02-25..2014-02-22 : Viktor Yanukovych | Viktor Yanukovich | Yanukovych | Yanukovich
actor UKRGOV 2005-01-24..2005-09-08 : Yulia Tymoshenko | Yulia Timoshenko | Tymoshenko | Timoshenko
actor UKROPP 2005-09-08..2007-12-18 : Yulia Tymoshenko | Yulia Timoshenko | Tymoshenko | Timoshenko
actor UKRGOV 2007-12-18..2010-03-04 : Yulia Tymoshenko | Yulia Timoshenko | Tymoshenko | Timoshenko
actor UKROPP 2010-03-04.. : Yulia Tymoshenko | Yulia Timoshenko | Tymoshenko | Timoshenko
actor UKRGOV 2005-09-08..2006-08-04 : Yuriy Yekhanurov | Yuri Yekhanurov | Yekhanurov
actor UKRMIL 2007-12-18..2009-06-05 : Yuriy Yekhanurov | Yuri Yekhanurov | Yekhanurov
actor UKRGOV 2010-03-11..2014-01-28 : Mykola Azarov | Nikolai Azarov | Azarov
actor UKRGOV 2014-02-22..2014-06-07 : Oleksandr Turchynov | Oleksandr Turchinov | Alexander Turchynov | Turchynov | Turchinov   # speaker and acting president
actor UKRLEG 2014-06-07..2014-11-27 : Oleksandr Turchynov | Oleksandr Turchinov | Alexander Turchynov | Turchynov | Turchinov
actor UKRGOV 2014-12-16..2019-05-19 : Oleksandr Turchynov | Oleksandr Turchinov | Alexander Turchynov | Turchynov | Turchinov   # NSDC secretary
actor UKRGOV 2007-03-21..2007-12-04 : Arseniy Yatsenyuk | Arseny Yatsenyuk | Arseniy Yatseniuk | Yatsenyuk | Yatseniuk
actor UKRLEG 2007-12-04..2008-11-12 : Arseniy Yatsenyuk | Arseny Yatsenyuk | Arseniy Yatseniuk | Yatsenyuk | Yatseniuk
actor UKRGOV 2014-02-27..2016-04-14 : Arseniy Yatsenyuk | Arseny Yatsenyuk | Arseniy Yatseniuk | Yatsenyuk | Yatseniuk
actor UKRLEG 2014-11-27..2016-04-14 : Volodymyr Groysman | Volodymyr Hroisman | Groysman | Hroisman
actor UKRGOV 2016-04-14..2019-08-29 : Volodymyr Groysman | Volodymyr Hroisman | Groysman | Hroisman
actor UKRGOV 2009-10-09..2010-03-11 : Petro Poroshenko | Poroshenko   # foreign minister
actor UKRGOV 2014-06-07..2019-05-20 : Petro Poroshenko | Petro Oleksiyovych Poroshenko | Poroshenko
actor UKROPP 2019-05-20.. : Petro Poroshenko | Poroshenko
actor UKRGOV 2019-05-20.. : Volodymyr Zelensky | Volodymyr Zelenskyy | Volodymyr Zelenskiy | Volodymyr Zelenskii | Vladimir Zelensky | Zelensky | Zelenskyy | Zelenskiy | Zelenskii
actor UKRGOV 2019-08-29..2020-03-04 : Oleksiy Honcharuk | Oleksiy Goncharuk | Honcharuk | Goncharuk
actor UKRGOV 2020-02-04..2025-07-17 : Denys Shmyhal | Denis Shmygal | Denys Shmygal | Shmyhal | Shmygal   # regional development minister, PM from 2020-03-04
actor UKRMIL 2025-07-17.. : Denys Shmyhal | Denis Shmygal | Denys Shmygal | Shmyhal | Shmygal   # defence minister (a move to another ministry in early 2026 was reported; unverified)
actor UKRGOV 2019-08-29.. : Yulia Svyrydenko | Yuliia Svyrydenko | Svyrydenko   # deputy head of presidential office, 1st deputy PM, PM from 2025-07-17; approx date
actor UKRGOV 2020-02-11..2025-11-28 : Andriy Yermak | Andrii Yermak | Andrei Yermak | Yermak
actor UKRSPY 2020-08-05..2026-01-02 : Kyrylo Budanov | Kirill Budanov | Budanov   # military intelligence (HUR) chief
actor UKRGOV 2026-01-02.. : Kyrylo Budanov | Kirill Budanov | Budanov   # head of the Presidential Office; approx date, verify
actor UKRGOV 2020-12-01.. : Mykhailo Podolyak | Mykhailo Podoliak | Mykhaylo Podolyak | Podolyak | Podoliak   # adviser to the head of the Presidential Office; approx date
actor UKRLEG 2019-08-29..2022-09-07 : Rustem Umerov | Umerov
actor UKRGOV 2022-09-07..2023-09-06 : Rustem Umerov | Umerov   # State Property Fund
actor UKRMIL 2023-09-06..2025-07-17 : Rustem Umerov | Umerov
actor UKRGOV 2025-07-17.. : Rustem Umerov | Umerov   # NSDC secretary
actor UKRGOV 2019-10-03.. : Oleksiy Danilov | Oleksii Danilov | Danilov   # NSDC secretary to 2024-03-26, then ambassador to Moldova; approx date
actor UKRLEG 2019-08-29.. : David Arakhamia | Davyd Arakhamia | Arakhamia
actor UKRLEG 2019-08-29..2021-10-07 : Dmytro Razumkov | Razumkov
actor UKRLEG 2021-10-08.. : Ruslan Stefanchuk | Stefanchuk
actor UKRGOV 2014-02-22..2021-07-15 : Arsen Avakov | Avakov   # interior minister
actor UKRGOV 2021-07-16..2023-01-18 : Denys Monastyrsky | Monastyrsky   # interior minister
actor UKRGOV 2023-01-18.. : Ihor Klymenko | Igor Klymenko   # interior minister; acting until 2023-02-07
actor UKRGOV 2014-06-05.. : Vitali Klitschko | Vitaliy Klitschko | Klitschko   # mayor of Kyiv
actor UKRGOV 2022-07-01.. : Dmytro Lubinets | Lubinets   # parliamentary human-rights commissioner
actor UKRGOV 2019-08-29.. : Mykhailo Fedorov   # digital-transformation minister, first deputy PM
actor UKRGOV 2022-12-01..2024-05-09 : Oleksandr Kubrakov | Kubrakov   # infrastructure minister, deputy PM; approx date
# Foreign ministers
actor UKRGOV 2000-10-02..2003-09-02 : Anatoliy Zlenko | Anatoly Zlenko | Zlenko
actor UKRGOV 2003-09-02..2005-02-03 : Kostyantyn Gryshchenko | Konstantin Grishchenko | Gryshchenko | Hryshchenko
actor UKRGOV 2010-03-11..2012-12-24 : Kostyantyn Gryshchenko | Konstantin Grishchenko | Gryshchenko | Hryshchenko
actor UKRGOV 2005-02-03..2007-01-30 : Borys Tarasyuk | Boris Tarasyuk | Tarasyuk
actor UKRGOV 2007-12-18..2009-03-03 : Volodymyr Ohryzko | Ohryzko
actor UKRGOV 2012-12-24..2014-02-23 : Leonid Kozhara | Kozhara
actor UKRGOV 2014-02-27..2014-06-19 : Andriy Deshchytsia | Andrii Deshchytsia | Deshchytsia
actor UKRGOV 2014-06-19..2019-08-29 : Pavlo Klimkin | Klimkin
actor UKRGOV 2019-08-29..2020-03-04 : Vadym Prystaiko | Prystaiko
actor UKRGOV 2019-08-29..2024-09-05 : Dmytro Kuleba | Dmitry Kuleba | Kuleba   # deputy PM, foreign minister from 2020-03-04
actor UKRGOV 2022-01-01.. : Andrii Sybiha | Andriy Sybiha | Andrii Sybiga | Sybiha | Sybiga   # presidential office, 1st deputy FM, FM from 2024-09-05; approx date
actor UKRGOV 2020-07-01..2024-06-01 : Oleg Nikolenko | Oleh Nikolenko | Nikolenko   # foreign ministry spokesman; approx date
actor UKRGOV 2024-06-01.. : Heorhiy Tykhyi | Heorhii Tykhyi | Georgiy Tykhy   # foreign ministry spokesman; approx date
# Defence ministers and commanders
actor UKRMIL 2003-06-23..2004-09-25 : Yevhen Marchuk | Yevgeny Marchuk | Marchuk
actor UKRMIL 2005-02-03..2007-12-18 : Anatoliy Hrytsenko | Anatoly Gritsenko | Hrytsenko | Gritsenko
actor UKRMIL 2012-12-24..2014-02-27 : Pavlo Lebedyev | Pavel Lebedev
actor UKRMIL 2014-02-27..2014-03-25 : Ihor Tenyukh | Tenyukh
actor UKRMIL 2014-07-03..2014-10-14 : Valeriy Heletey | Valeriy Geletey | Heletey | Geletey
actor UKRMIL 2014-10-14..2019-08-29 : Stepan Poltorak | Poltorak
actor UKRMIL 2019-08-29..2020-03-04 : Andriy Zahorodniuk | Andriy Zagorodnyuk | Zahorodniuk | Zagorodnyuk
actor UKRMIL 2020-03-04..2021-11-03 : Andriy Taran | Andrii Taran
actor UKRMIL 2021-11-04..2023-09-06 : Oleksii Reznikov | Oleksiy Reznikov | Alexei Reznikov | Reznikov
actor UKRMIL 2014-07-03..2019-05-21 : Viktor Muzhenko | Muzhenko   # chief of general staff
actor UKRMIL 2021-07-27..2024-02-08 : Valerii Zaluzhnyi | Valeriy Zaluzhnyi | Valery Zaluzhny | Zaluzhnyi | Zaluzhny
actor UKRGOV 2024-05-01.. : Valerii Zaluzhnyi | Valeriy Zaluzhnyi | Valery Zaluzhny | Zaluzhnyi | Zaluzhny   # ambassador to the UK; approx date
actor UKRMIL 2019-08-05.. : Oleksandr Syrskyi | Oleksandr Syrsky | Alexander Syrsky | Syrskyi | Syrsky   # ground forces commander, commander-in-chief from 2024-02-08
actor UKRMIL 2025-06-01.. : Andrii Hnatov | Andriy Hnatov | Hnatov   # chief of general staff; approx date
actor UKRMIL 2022-01-01.. : Yurii Ihnat | Yuriy Ihnat | Ihnat   # air force spokesman; approx date
actor UKRSPY 2019-05-22..2022-07-17 : Ivan Bakanov | Bakanov
actor UKRSPY 2022-07-17.. : Vasyl Maliuk | Vasyl Malyuk | Maliuk | Malyuk   # SBU head (a change in early 2026 was reported; unverified)

# ===================================================================== China
actor CHNGOV 1989-06-24..2004-09-19 : Jiang Zemin   # general secretary to 2002, president to 2003-03-15, CMC chairman
actor CHNGOV 1998-03-16..2013-03-14 : Hu Jintao   # vice president, then president 2003-2013
actor CHNGOV 2008-03-15.. : Xi Jinping | Xi Jin-ping | Xi   # vice president, general secretary from 2012, president from 2013
actor CHNGOV 1998-03-17..2003-03-16 : Zhu Rongji
actor CHNGOV 2003-03-16..2013-03-15 : Wen Jiabao
actor CHNGOV 2013-03-15..2023-03-11 : Li Keqiang
actor CHNGOV 2023-03-11.. : Li Qiang
actor CHNGOV 2018-03-17..2023-03-10 : Wang Qishan   # vice president
actor CHNGOV 1998-03-18..2003-03-17 : Tang Jiaxuan
actor CHNGOV 2003-03-17..2007-04-27 : Li Zhaoxing
actor CHNGOV 2007-04-27..2023-01-01 : Yang Jiechi   # foreign minister, state councillor, foreign-affairs commission director; approx date
actor CHNGOV 2008-06-01.. : Wang Yi   # Taiwan Affairs Office, foreign minister 2013-2022 and from 2023-07-25, foreign-affairs commission director; approx date
actor CHNGOV 2022-12-30..2023-07-25 : Qin Gang
actor CHNGOV 2012-09-01.. : Hua Chunying   # spokeswoman, then vice foreign minister; approx date
actor CHNGOV 2020-02-24..2023-01-09 : Zhao Lijian
actor CHNGOV 2016-04-01..2020-07-01 : Geng Shuang   # spokesman, later deputy UN ambassador; approx date
actor CHNGOV 2020-07-01..2024-01-01 : Wang Wenbin   # approx date
actor CHNGOV 2022-09-01.. : Mao Ning   # approx date
actor CHNGOV 2023-10-01.. : Lin Jian   # approx date
actor CHNGOV 2024-09-01.. : Guo Jiakun   # approx date
actor CHNGOV 2019-09-01.. : Fu Cong   # approx date
actor CHNGOV 2019-07-01.. : Zhang Jun   # UN ambassador 2019-2024; approx date
actor CHNMIL 2003-03-17..2008-03-17 : Cao Gangchuan
actor CHNMIL 2008-03-17..2013-03-16 : Liang Guanglie
actor CHNMIL 2013-03-16..2018-03-19 : Chang Wanquan
actor CHNMIL 2018-03-19..2023-03-12 : Wei Fenghe
actor CHNMIL 2023-03-12..2023-10-24 : Li Shangfu
actor CHNMIL 2023-12-29.. : Dong Jun
actor CHNMIL 2017-10-25.. : Zhang Youxia   # Central Military Commission vice chairman

# ===================================================================== United Kingdom
actor GBRGOV 1997-05-02..2007-06-27 : Tony Blair | Blair
actor GBRGOV 1997-05-02..2010-05-11 : Gordon Brown   # chancellor, then PM from 2007-06-27
actor GBRGOV 2010-05-11..2016-07-13 : David Cameron | Cameron
actor GBRGOV 2023-11-13..2024-07-05 : David Cameron | Cameron   # foreign secretary
actor GBRGOV 2010-05-12..2019-07-24 : Theresa May   # home secretary, then PM from 2016-07-13
actor GBRGOV 2016-07-13..2018-07-09 : Boris Johnson   # foreign secretary
actor GBRGOV 2019-07-24..2022-09-06 : Boris Johnson
actor GBRGOV 2021-09-15..2022-10-25 : Liz Truss | Truss   # foreign secretary, then PM
actor GBRGOV 2020-02-13..2022-07-05 : Rishi Sunak | Sunak   # chancellor
actor GBRGOV 2022-10-25..2024-07-05 : Rishi Sunak | Sunak
actor GBROPP 2020-04-04..2024-07-05 : Keir Starmer | Sir Keir Starmer | Starmer
actor GBRGOV 2024-07-05.. : Keir Starmer | Sir Keir Starmer | Starmer
actor GBRGOV 1997-05-02..2001-06-08 : Robin Cook
actor GBRGOV 2001-06-08..2006-05-05 : Jack Straw
actor GBRGOV 2006-05-05..2007-06-28 : Margaret Beckett
actor GBRGOV 2007-06-28..2010-05-11 : David Miliband | Miliband
actor GBROPP 2010-09-25..2015-05-08 : Ed Miliband | Miliband
actor GBRGOV 2024-07-05.. : Ed Miliband | Miliband   # energy secretary
actor GBRGOV 2010-05-12..2014-07-14 : William Hague
actor GBRMIL 2011-10-14..2014-07-15 : Philip Hammond
actor GBRGOV 2014-07-15..2019-07-24 : Philip Hammond   # foreign secretary, then chancellor
actor GBRGOV 2012-09-04..2019-07-24 : Jeremy Hunt   # health, then foreign secretary
actor GBRGOV 2022-10-14..2024-07-05 : Jeremy Hunt   # chancellor
actor GBRGOV 2018-07-09..2023-04-21 : Dominic Raab | Raab
actor GBRGOV 2022-09-06..2024-07-05 : James Cleverly
actor GBRGOV 2024-07-05.. : David Lammy | Lammy   # foreign secretary, deputy PM from 2025-09-05
actor GBRGOV 2024-07-05.. : Yvette Cooper   # home secretary, foreign secretary from 2025-09-05
actor GBRGOV 2024-07-05.. : Rachel Reeves   # chancellor
actor GBRGOV 2024-07-05..2025-09-05 : Angela Rayner | Rayner
actor GBRGOV 2016-07-13..2018-04-30 : Amber Rudd
actor GBRGOV 2019-07-24..2022-09-06 : Priti Patel
actor GBRMIL 1999-10-11..2005-05-06 : Geoff Hoon | Hoon
actor GBRMIL 2005-05-06..2006-05-05 : John Reid
actor GBRMIL 2006-05-05..2008-10-03 : Des Browne
actor GBRMIL 2008-10-03..2009-06-05 : John Hutton
actor GBRMIL 2009-06-05..2010-05-11 : Bob Ainsworth
actor GBRMIL 2010-05-12..2011-10-14 : Liam Fox
actor GBRMIL 2014-07-15..2017-11-01 : Michael Fallon
actor GBRMIL 2017-11-02..2019-05-01 : Gavin Williamson
actor GBRMIL 2019-05-01..2019-07-24 : Penny Mordaunt
actor GBRMIL 2019-07-24..2023-08-31 : Ben Wallace
actor GBRMIL 2023-08-31..2024-07-05 : Grant Shapps | Shapps
actor GBRMIL 2024-07-05.. : John Healey | Healey
actor GBRMIL 2024-07-05.. : Luke Pollard   # armed forces minister; approx date
actor GBRGOV 2024-11-01.. : Jonathan Powell   # national security adviser; approx date

# ===================================================================== France
actor FRAGOV 1995-05-17..2007-05-16 : Jacques Chirac | Chirac
actor FRAGOV 2002-05-07..2004-11-29 : Nicolas Sarkozy | Sarkozy   # interior, then finance minister
actor FRAGOV 2005-06-02..2012-05-15 : Nicolas Sarkozy | Sarkozy   # interior minister, president from 2007-05-16
actor FRAGOV 2012-05-15..2017-05-14 : Francois Hollande | François Hollande | Hollande
actor FRAGOV 2014-08-26..2016-08-30 : Emmanuel Macron | Macron   # economy minister
actor FRAGOV 2017-05-14.. : Emmanuel Macron | Macron
actor FRAGOV 1997-06-02..2002-05-06 : Lionel Jospin | Jospin
actor FRAGOV 2002-05-06..2005-05-31 : Jean-Pierre Raffarin | Raffarin
actor FRAGOV 2002-05-07..2007-05-17 : Dominique de Villepin | Villepin | de Villepin   # foreign, interior, then PM
actor FRAGOV 2007-05-17..2012-05-15 : Francois Fillon | François Fillon | Fillon
actor FRAGOV 2012-05-15..2014-03-31 : Jean-Marc Ayrault | Ayrault
actor FRAGOV 2016-02-11..2017-05-17 : Jean-Marc Ayrault | Ayrault   # foreign minister
actor FRAGOV 2012-05-16..2016-12-06 : Manuel Valls | Valls   # interior, then PM
actor FRAGOV 2014-04-02..2017-05-15 : Bernard Cazeneuve | Cazeneuve
actor FRAGOV 2017-05-15..2020-07-03 : Edouard Philippe | Édouard Philippe
actor FRAGOV 2020-07-03..2022-05-16 : Jean Castex | Castex
actor FRAGOV 2022-05-16..2024-01-09 : Elisabeth Borne | Élisabeth Borne
actor FRAGOV 2024-01-09..2024-09-05 : Gabriel Attal | Attal
actor FRAGOV 2004-03-31..2005-06-02 : Michel Barnier | Barnier   # foreign minister
actor IGOEEC 2016-10-01..2021-03-31 : Michel Barnier | Barnier   # EU Brexit negotiator; approx date
actor FRAGOV 2024-09-05..2024-12-13 : Michel Barnier | Barnier
actor FRAGOV 2024-12-13..2025-09-09 : Francois Bayrou | François Bayrou | Bayrou
actor FRAMIL 2022-05-20..2025-09-09 : Sebastien Lecornu | Sébastien Lecornu | Lecornu
actor FRAGOV 2025-09-09.. : Sebastien Lecornu | Sébastien Lecornu | Lecornu
actor FRAGOV 1997-06-04..2002-05-07 : Hubert Vedrine | Hubert Védrine | Vedrine | Védrine
actor FRAGOV 2005-06-02..2007-05-18 : Philippe Douste-Blazy | Douste-Blazy
actor FRAGOV 2007-05-18..2010-11-14 : Bernard Kouchner | Kouchner
actor FRAMIL 2002-05-07..2007-05-18 : Michele Alliot-Marie | Michèle Alliot-Marie | Alliot-Marie
actor FRAGOV 2007-05-18..2011-02-27 : Michele Alliot-Marie | Michèle Alliot-Marie | Alliot-Marie
actor FRAMIL 2010-11-14..2011-02-27 : Alain Juppe | Alain Juppé | Juppe | Juppé
actor FRAGOV 2011-02-27..2012-05-16 : Alain Juppe | Alain Juppé | Juppe | Juppé
actor FRAGOV 2012-05-16..2016-02-11 : Laurent Fabius | Fabius
actor FRAMIL 2012-05-16..2017-05-17 : Jean-Yves Le Drian | Le Drian
actor FRAGOV 2017-05-17..2022-05-20 : Jean-Yves Le Drian | Le Drian
actor FRAGOV 2022-05-20..2024-01-11 : Catherine Colonna | Colonna
actor FRAGOV 2024-01-11..2024-09-21 : Stephane Sejourne | Stéphane Séjourné | Sejourne | Séjourné
actor IGOEEC 2024-12-01.. : Stephane Sejourne | Stéphane Séjourné | Sejourne | Séjourné   # European Commission executive vice-president
actor FRAGOV 2024-09-21.. : Jean-Noel Barrot | Jean-Noël Barrot | Barrot
actor FRAMIL 2007-05-18..2010-11-14 : Herve Morin | Hervé Morin
actor FRAMIL 2011-02-27..2012-05-16 : Gerard Longuet | Gérard Longuet | Longuet
actor FRAMIL 2017-06-21..2022-05-20 : Florence Parly | Parly
actor FRAMIL 2025-10-12.. : Catherine Vautrin | Vautrin
actor FRAGOV 2007-06-19..2011-07-05 : Christine Lagarde | Lagarde   # economy and finance minister
actor IGOIMF 2011-07-05..2019-09-12 : Christine Lagarde | Lagarde
actor IGOEEC 2019-11-01.. : Christine Lagarde | Lagarde   # European Central Bank

# ===================================================================== Germany
actor DEUGOV 1998-10-27..2005-11-22 : Gerhard Schroeder | Gerhard Schröder | Schroeder | Schröder
actor DEUGOV 2005-11-22..2021-12-08 : Angela Merkel | Merkel
actor DEUGOV 2007-11-21..2009-10-28 : Olaf Scholz   # labour minister
actor DEUGOV 2018-03-14..2025-05-06 : Olaf Scholz | Scholz   # finance minister, chancellor from 2021-12-08
actor DEUOPP 2022-01-31..2025-05-06 : Friedrich Merz | Merz   # CDU leader in opposition
actor DEUGOV 2025-05-06.. : Friedrich Merz | Merz
actor DEUGOV 1999-07-01..2004-07-01 : Johannes Rau
actor IGOIMF 2000-05-01..2004-03-04 : Horst Koehler | Horst Köhler
actor DEUGOV 2004-07-01..2010-05-31 : Horst Koehler | Horst Köhler | Koehler | Köhler
actor DEUGOV 2010-06-30..2012-02-17 : Christian Wulff | Wulff
actor DEUGOV 2012-03-18..2017-03-18 : Joachim Gauck | Gauck
actor DEUGOV 1999-07-07..2009-10-28 : Frank-Walter Steinmeier | Steinmeier   # chancellery chief, then foreign minister
actor DEUOPP 2009-10-28..2013-12-17 : Frank-Walter Steinmeier | Steinmeier
actor DEUGOV 2013-12-17.. : Frank-Walter Steinmeier | Steinmeier   # foreign minister, president from 2017-03-19
actor DEUGOV 1998-10-27..2005-11-22 : Joschka Fischer | Joschka
actor DEUGOV 2009-10-28..2013-12-17 : Guido Westerwelle | Westerwelle
actor DEUGOV 2005-11-22..2009-10-28 : Sigmar Gabriel
actor DEUGOV 2013-12-17..2018-03-14 : Sigmar Gabriel
actor DEUGOV 2013-12-17..2021-12-08 : Heiko Maas | Maas   # justice, then foreign minister
actor DEUGOV 2021-12-08..2025-05-06 : Annalena Baerbock | Baerbock
actor IGOUNO 2025-09-09.. : Annalena Baerbock | Baerbock   # president of the UN General Assembly
actor DEUGOV 2025-05-06.. : Johann Wadephul | Wadephul
actor DEUGOV 2021-12-08..2025-05-06 : Robert Habeck | Habeck
actor DEUGOV 2021-12-08..2024-11-07 : Christian Lindner | Lindner
actor DEUGOV 2025-05-06.. : Lars Klingbeil | Klingbeil
actor DEUMIL 1998-10-27..2002-07-18 : Rudolf Scharping | Scharping
actor DEUMIL 2002-07-19..2005-11-22 : Peter Struck
actor DEUMIL 2005-11-22..2009-10-28 : Franz Josef Jung
actor DEUMIL 2009-10-28..2011-03-03 : Karl-Theodor zu Guttenberg | zu Guttenberg | Guttenberg
actor DEUGOV 2005-11-22..2009-10-28 : Thomas de Maiziere | Thomas de Maizière | de Maiziere | de Maizière   # chancellery chief
actor DEUGOV 2009-10-28..2011-03-03 : Thomas de Maiziere | Thomas de Maizière | de Maiziere | de Maizière   # interior minister
actor DEUMIL 2011-03-03..2013-12-17 : Thomas de Maiziere | Thomas de Maizière | de Maiziere | de Maizière
actor DEUGOV 2013-12-17..2018-03-14 : Thomas de Maiziere | Thomas de Maizière | de Maiziere | de Maizière   # interior minister
actor DEUMIL 2013-12-17..2019-07-17 : Ursula von der Leyen | von der Leyen
actor IGOEEC 2019-12-01.. : Ursula von der Leyen | von der Leyen   # European Commission president
actor DEUMIL 2019-07-17..2021-12-08 : Annegret Kramp-Karrenbauer | Kramp-Karrenbauer
actor DEUMIL 2021-12-08..2023-01-19 : Christine Lambrecht | Lambrecht
actor DEUMIL 2023-01-19.. : Boris Pistorius | Pistorius

# ===================================================================== Italy
actor ITAGOV 2000-04-25..2001-06-11 : Giuliano Amato
actor ITAGOV 2001-06-11..2006-05-17 : Silvio Berlusconi | Berlusconi
actor ITAGOV 2008-05-08..2011-11-16 : Silvio Berlusconi | Berlusconi
actor IGOEEC 1999-09-16..2004-11-22 : Romano Prodi | Prodi   # European Commission president
actor ITAGOV 2006-05-17..2008-05-08 : Romano Prodi | Prodi
actor ITAGOV 2011-11-16..2013-04-28 : Mario Monti | Monti
actor ITAGOV 2013-04-28..2014-02-22 : Enrico Letta | Letta
actor ITAGOV 2014-02-22..2016-12-12 : Matteo Renzi | Renzi
actor ITAGOV 2014-10-31..2018-06-01 : Paolo Gentiloni | Gentiloni   # foreign minister, PM from 2016-12-12
actor IGOEEC 2019-12-01..2024-12-01 : Paolo Gentiloni | Gentiloni   # European commissioner
actor ITAGOV 2018-06-01..2021-02-13 : Giuseppe Conte | Conte
actor IGOEEC 2011-11-01..2019-11-01 : Mario Draghi | Draghi   # European Central Bank
actor ITAGOV 2021-02-13..2022-10-22 : Mario Draghi | Draghi
actor ITAGOV 2022-10-22.. : Giorgia Meloni | Meloni
actor ITAGOV 1999-05-18..2006-05-15 : Carlo Azeglio Ciampi | Ciampi
actor ITAGOV 2006-05-15..2015-01-14 : Giorgio Napolitano | Napolitano
actor ITAMIL 1999-12-22..2001-06-11 : Sergio Mattarella | Mattarella
actor ITAGOV 2015-02-03.. : Sergio Mattarella | Mattarella
actor ITAGOV 2002-11-14..2004-11-18 : Franco Frattini | Frattini
actor IGOEEC 2004-11-22..2008-05-08 : Franco Frattini | Frattini   # European commissioner
actor ITAGOV 2008-05-08..2011-11-16 : Franco Frattini | Frattini
actor ITAGOV 2004-11-18..2006-05-17 : Gianfranco Fini
actor ITAGOV 2006-05-17..2008-05-08 : Massimo D'Alema | D'Alema | Massimo D’Alema
actor ITAGOV 2011-11-16..2013-03-26 : Giulio Terzi
actor ITAGOV 2013-04-28..2014-02-22 : Emma Bonino | Bonino
actor ITAGOV 2014-02-22..2014-10-31 : Federica Mogherini | Mogherini
actor IGOEEC 2014-11-01..2019-12-01 : Federica Mogherini | Mogherini   # EU foreign-policy chief
actor ITAGOV 2016-12-12..2018-06-01 : Angelino Alfano | Alfano
actor ITAGOV 2018-06-01..2019-09-05 : Enzo Moavero Milanesi | Moavero Milanesi | Moavero
actor ITAGOV 2018-06-01..2022-10-22 : Luigi Di Maio | Di Maio   # deputy PM, then foreign minister from 2019-09-05
actor IGOEEC 2023-06-01.. : Luigi Di Maio | Di Maio   # EU Gulf envoy
actor ITAGOV 2018-06-01..2019-09-05 : Matteo Salvini | Salvini   # interior minister
actor ITAGOV 2022-10-22.. : Matteo Salvini | Salvini   # deputy PM
actor IGOEEC 2017-01-17..2019-07-03 : Antonio Tajani | Tajani   # European Parliament president
actor ITAGOV 2022-10-22.. : Antonio Tajani | Tajani
actor ITAMIL 2001-06-11..2006-05-17 : Antonio Martino
actor ITAMIL 2006-05-17..2008-05-08 : Arturo Parisi
actor ITAMIL 2008-05-08..2011-11-16 : Ignazio La Russa | La Russa
actor ITAMIL 2011-11-16..2013-04-28 : Giampaolo Di Paola
actor ITAMIL 2013-04-28..2014-02-22 : Mario Mauro
actor ITAMIL 2014-02-22..2018-06-01 : Roberta Pinotti | Pinotti
actor ITAMIL 2018-06-01..2019-09-05 : Elisabetta Trenta
actor ITAMIL 2019-09-05..2022-10-22 : Lorenzo Guerini | Guerini
actor ITAMIL 2022-10-22.. : Guido Crosetto | Crosetto

# ===================================================================== Spain
actor ESPGOV 1996-05-05..2004-04-17 : Jose Maria Aznar | José María Aznar | Aznar
actor ESPGOV 2004-04-17..2011-12-21 : Jose Luis Rodriguez Zapatero | José Luis Rodríguez Zapatero | Rodriguez Zapatero | Rodríguez Zapatero | Zapatero
actor ESPGOV 2011-12-21..2018-06-02 : Mariano Rajoy | Rajoy
actor ESPGOV 2018-06-02.. : Pedro Sanchez | Pedro Sánchez
actor ESPGOV 1975-11-22..2014-06-19 : King Juan Carlos | Juan Carlos I
actor ESPGOV 2014-06-19.. : King Felipe | King Felipe VI | Felipe VI
actor ESPGOV 2000-04-28..2002-07-10 : Josep Pique | Josep Piqué
actor ESPGOV 2002-07-10..2004-04-18 : Ana Palacio
actor ESPGOV 2004-04-18..2010-10-21 : Miguel Angel Moratinos | Miguel Ángel Moratinos | Moratinos
actor ESPGOV 2010-10-21..2011-12-22 : Trinidad Jimenez | Trinidad Jiménez
actor ESPGOV 2011-12-22..2016-11-04 : Jose Manuel Garcia-Margallo | José Manuel García-Margallo | Garcia-Margallo | García-Margallo
actor ESPGOV 2016-11-04..2018-06-07 : Alfonso Dastis | Dastis
actor IGOEEC 2004-07-20..2007-01-16 : Josep Borrell | Borrell   # European Parliament president
actor ESPGOV 2018-06-07..2019-12-01 : Josep Borrell | Borrell
actor IGOEEC 2019-12-01..2024-12-01 : Josep Borrell | Borrell   # EU foreign-policy chief
actor ESPGOV 2020-01-13..2021-07-12 : Arancha Gonzalez Laya | Arancha González Laya | Gonzalez Laya | González Laya
actor ESPGOV 2021-07-12.. : Jose Manuel Albares | José Manuel Albares | Albares
actor ESPMIL 2000-04-28..2004-04-18 : Federico Trillo
actor ESPMIL 2004-04-18..2006-04-07 : Jose Bono | José Bono
actor ESPMIL 2006-04-07..2008-04-14 : Jose Antonio Alonso | José Antonio Alonso
actor ESPMIL 2008-04-14..2011-12-22 : Carme Chacon | Carme Chacón
actor ESPMIL 2011-12-22..2016-11-04 : Pedro Morenes | Pedro Morenés | Morenés
actor ESPMIL 2016-11-04..2018-06-07 : Maria Dolores de Cospedal | María Dolores de Cospedal | Cospedal
actor ESPMIL 2018-06-07.. : Margarita Robles

# ===================================================================== Poland
actor POLGOV 1995-12-23..2005-12-23 : Aleksander Kwasniewski | Aleksander Kwaśniewski | Kwasniewski | Kwaśniewski
actor POLGOV 2005-12-23..2010-04-10 : Lech Kaczynski | Lech Kaczyński | Kaczynski | Kaczyński
actor POLGOV 2006-07-14..2007-11-16 : Jaroslaw Kaczynski | Jarosław Kaczyński
actor POLGOV 2020-10-06..2022-06-21 : Jaroslaw Kaczynski | Jarosław Kaczyński   # deputy PM
actor POLGOV 2023-06-21..2023-11-27 : Jaroslaw Kaczynski | Jarosław Kaczyński   # deputy PM
actor POLMIL 2000-06-16..2001-10-19 : Bronislaw Komorowski | Bronisław Komorowski | Komorowski
actor POLGOV 2010-04-10..2015-08-06 : Bronislaw Komorowski | Bronisław Komorowski | Komorowski
actor POLGOV 2015-08-06..2025-08-06 : Andrzej Duda | Duda
actor POLGOV 2025-08-06.. : Karol Nawrocki | Nawrocki
actor POLGOV 2001-10-19..2004-05-02 : Leszek Miller
actor POLGOV 2004-05-02..2005-10-31 : Marek Belka | Belka
actor POLGOV 2005-10-31..2006-07-14 : Kazimierz Marcinkiewicz | Marcinkiewicz
actor POLGOV 2007-11-16..2014-09-22 : Donald Tusk | Tusk
actor IGOEEC 2014-12-01..2019-12-01 : Donald Tusk | Tusk   # European Council president
actor POLGOV 2023-12-13.. : Donald Tusk | Tusk
actor POLGOV 2014-09-22..2015-11-16 : Ewa Kopacz | Kopacz
actor POLGOV 2015-11-16..2017-12-11 : Beata Szydlo | Beata Szydło | Szydlo | Szydło
actor POLGOV 2017-12-11..2023-12-13 : Mateusz Morawiecki | Morawiecki
actor POLGOV 2001-10-19..2005-01-05 : Wlodzimierz Cimoszewicz | Włodzimierz Cimoszewicz | Cimoszewicz
actor POLGOV 2005-01-05..2005-10-31 : Adam Daniel Rotfeld | Adam Rotfeld | Rotfeld
actor POLGOV 2006-05-09..2007-11-16 : Anna Fotyga | Fotyga
actor POLMIL 2005-10-31..2007-02-07 : Radoslaw Sikorski | Radosław Sikorski | Radek Sikorski | Sikorski
actor POLGOV 2007-11-16..2014-09-22 : Radoslaw Sikorski | Radosław Sikorski | Radek Sikorski | Sikorski
actor POLLEG 2014-09-24..2015-06-23 : Radoslaw Sikorski | Radosław Sikorski | Radek Sikorski | Sikorski
actor POLGOV 2023-12-13.. : Radoslaw Sikorski | Radosław Sikorski | Radek Sikorski | Sikorski
actor POLGOV 2014-09-22..2015-11-16 : Grzegorz Schetyna | Schetyna
actor POLGOV 2015-11-16..2018-01-09 : Witold Waszczykowski | Waszczykowski
actor POLGOV 2018-01-09..2020-08-20 : Jacek Czaputowicz | Czaputowicz
actor POLGOV 2020-08-26..2023-11-27 : Zbigniew Rau
actor POLMIL 2001-10-19..2005-10-31 : Jerzy Szmajdzinski | Jerzy Szmajdziński | Szmajdzinski
actor POLMIL 2007-11-16..2011-08-02 : Bogdan Klich | Klich
actor POLMIL 2011-08-02..2015-11-16 : Tomasz Siemoniak | Siemoniak
actor POLMIL 2015-11-16..2018-01-09 : Antoni Macierewicz | Macierewicz
actor POLMIL 2018-01-09..2023-11-27 : Mariusz Blaszczak | Mariusz Błaszczak | Blaszczak | Błaszczak
actor POLMIL 2023-12-13.. : Wladyslaw Kosiniak-Kamysz | Władysław Kosiniak-Kamysz | Kosiniak-Kamysz

# ===================================================================== Turkey
actor TURGOV 2000-05-16..2007-08-28 : Ahmet Necdet Sezer | Necdet Sezer | Sezer
actor TURGOV 1999-05-28..2002-11-18 : Bulent Ecevit | Bülent Ecevit | Ecevit
actor TURGOV 2002-11-18..2014-08-28 : Abdullah Gul | Abdullah Gül | Gül   # PM, foreign minister, president 2007-2014
actor TURGOV 2003-03-14.. : Recep Tayyip Erdogan | Recep Tayyip Erdoğan | Tayyip Erdogan | Tayyip Erdoğan | Recep Erdogan | Recep Erdoğan | Erdogan | Erdoğan   # PM 2003-2014, president from 2014-08-28
actor TURGOV 2009-05-01..2016-05-24 : Ahmet Davutoglu | Ahmet Davutoğlu | Davutoglu | Davutoğlu
actor TURGOV 2016-05-24..2018-07-09 : Binali Yildirim | Binali Yıldırım
actor TURGOV 2007-08-29..2009-05-01 : Ali Babacan   # foreign minister
actor TURGOV 2014-08-29..2015-08-28 : Mevlut Cavusoglu | Mevlüt Çavuşoğlu | Cavusoglu | Çavuşoğlu
actor TURGOV 2015-11-24..2023-06-04 : Mevlut Cavusoglu | Mevlüt Çavuşoğlu | Cavusoglu | Çavuşoğlu
actor TURSPY 2010-05-27..2023-06-04 : Hakan Fidan | Fidan   # MIT chief
actor TURGOV 2023-06-04.. : Hakan Fidan | Fidan
actor TURGOV 2018-07-09..2023-06-03 : Fuat Oktay   # vice president
actor TURGOV 2023-06-03.. : Cevdet Yilmaz | Cevdet Yılmaz   # vice president
actor TURGOV 2009-01-01..2023-06-05 : Ibrahim Kalin | İbrahim Kalın | Kalin | Kalın   # adviser and presidential spokesman; approx date
actor TURSPY 2023-06-05.. : Ibrahim Kalin | İbrahim Kalın | Kalin | Kalın   # MIT chief
actor TURMIL 2002-11-18..2011-07-06 : Vecdi Gonul | Vecdi Gönül
actor TURMIL 2011-07-06..2016-05-24 : Ismet Yilmaz | İsmet Yılmaz
actor TURMIL 2016-05-24..2017-07-19 : Fikri Isik | Fikri Işık
actor TURMIL 2017-07-19..2018-07-10 : Nurettin Canikli | Canikli
actor TURMIL 2015-08-18..2023-06-04 : Hulusi Akar | Akar   # chief of general staff, defence minister from 2018-07-10
actor TURMIL 2018-07-10.. : Yasar Guler | Yaşar Güler   # chief of general staff, defence minister from 2023-06-04
actor TUROPP 2010-05-22..2023-11-05 : Kemal Kilicdaroglu | Kemal Kılıçdaroğlu | Kilicdaroglu | Kılıçdaroğlu
actor TUROPP 2023-11-05.. : Ozgur Ozel | Özgür Özel
actor TUROPP : Ekrem Imamoglu | Ekrem İmamoğlu | Imamoglu | İmamoğlu
actor TUROPP : Selahattin Demirtas | Selahattin Demirtaş | Demirtas | Demirtaş
actor TURREB : Abdullah Ocalan | Abdullah Öcalan | Ocalan | Öcalan

# ===================================================================== Israel
actor ISRMIL : Ron Arad   # air force navigator captured in Lebanon in 1986
actor ISRGOV 1999-07-06..2001-03-07 : Ehud Barak | Barak
actor ISRMIL 2007-06-18..2013-03-18 : Ehud Barak | Barak
actor ISRGOV 2001-03-07..2006-04-14 : Ariel Sharon | Sharon
actor ISRGOV 2003-02-28..2009-03-31 : Ehud Olmert | Olmert   # deputy PM, acting PM from 2006-01-04, PM 2006-2009
actor ISRGOV 2002-11-06..2005-08-09 : Benjamin Netanyahu | Binyamin Netanyahu | Netanyahu | Bibi   # foreign, then finance minister
actor ISROPP 2005-12-20..2009-03-31 : Benjamin Netanyahu | Binyamin Netanyahu | Netanyahu | Bibi
actor ISRGOV 2009-03-31..2021-06-13 : Benjamin Netanyahu | Binyamin Netanyahu | Netanyahu | Bibi
actor ISROPP 2021-06-13..2022-12-29 : Benjamin Netanyahu | Binyamin Netanyahu | Netanyahu | Bibi
actor ISRGOV 2022-12-29.. : Benjamin Netanyahu | Binyamin Netanyahu | Netanyahu | Bibi
actor ISRGOV 2013-03-18..2019-06-02 : Naftali Bennett | Bennett   # economy, then education minister
actor ISRMIL 2019-11-12..2020-05-17 : Naftali Bennett | Bennett
actor ISRGOV 2021-06-13..2022-06-30 : Naftali Bennett | Bennett
actor ISRGOV 2013-03-18..2014-12-02 : Yair Lapid | Lapid   # finance minister
actor ISRGOV 2021-06-13..2022-12-29 : Yair Lapid | Lapid   # foreign minister, PM from 2022-07-01
actor ISROPP 2022-12-29.. : Yair Lapid | Lapid
actor ISRGOV 2000-08-01..2007-07-01 : Moshe Katsav | Moshe Katzav | Katsav | Katzav
actor ISRGOV 2001-03-07..2002-11-02 : Shimon Peres | Peres   # foreign minister
actor ISRGOV 2005-01-10..2014-07-24 : Shimon Peres | Peres   # vice PM, president from 2007-07-15
actor ISRGOV 2014-07-24..2021-07-07 : Reuven Rivlin | Ruvi Rivlin | Rivlin
actor ISROPP 2013-11-22..2018-08-01 : Isaac Herzog | Yitzhak Herzog | Herzog
actor ISRGOV 2021-07-07.. : Isaac Herzog | Yitzhak Herzog | Herzog
actor ISRGOV 2003-02-28..2006-01-16 : Silvan Shalom
actor ISRGOV 2006-01-18..2009-03-31 : Tzipi Livni | Livni
actor ISROPP 2009-03-31..2012-03-27 : Tzipi Livni | Livni
actor ISRGOV 2013-03-18..2014-12-02 : Tzipi Livni | Livni
actor ISRGOV 2009-03-31..2012-12-18 : Avigdor Lieberman | Avigdor Liberman
actor ISRGOV 2013-11-11..2015-05-14 : Avigdor Lieberman | Avigdor Liberman
actor ISRMIL 2016-05-30..2018-11-14 : Avigdor Lieberman | Avigdor Liberman
actor ISRGOV 2021-06-13..2022-12-29 : Avigdor Lieberman | Avigdor Liberman   # finance minister
actor ISRGOV 2009-03-31..2021-06-13 : Israel Katz   # transport, intelligence, foreign (2019-2020), finance minister
actor ISRGOV 2022-12-29..2024-11-05 : Israel Katz   # energy, then foreign minister
actor ISRMIL 2024-11-05.. : Israel Katz
actor ISRGOV 2023-01-01..2024-01-01 : Eli Cohen   # foreign minister
actor ISRGOV 2020-05-17..2021-06-13 : Gabi Ashkenazi   # foreign minister
actor ISRMIL 2007-02-14..2011-02-14 : Gabi Ashkenazi | Gabriel Ashkenazi   # chief of staff
actor ISRGOV 2021-06-13..2022-12-29 : Gideon Saar | Gideon Sa'ar   # justice minister
actor ISRGOV 2024-09-29.. : Gideon Saar | Gideon Sa'ar   # minister, foreign minister from 2024-11-05
actor ISRGOV 2013-08-01..2021-01-24 : Ron Dermer | Dermer   # ambassador to the US; approx date
actor ISRGOV 2022-12-29.. : Ron Dermer | Dermer   # strategic affairs minister
actor ISRGOV 2022-12-29..2025-01-19 : Itamar Ben-Gvir | Itamar Ben Gvir | Ben-Gvir | Ben Gvir
actor ISRGOV 2025-03-18.. : Itamar Ben-Gvir | Itamar Ben Gvir | Ben-Gvir | Ben Gvir
actor ISRGOV 2022-12-29.. : Bezalel Smotrich | Smotrich
actor ISRGOV 2015-10-01..2020-08-01 : Danny Danon | Danon   # UN ambassador; approx date
actor ISRGOV 2024-08-01.. : Danny Danon | Danon   # UN ambassador; approx date
actor ISRGOV 2020-09-01..2024-08-01 : Gilad Erdan | Erdan   # UN ambassador; approx date
actor ISRGOV 2023-01-01..2025-10-01 : Tzachi Hanegbi | Hanegbi   # national security adviser; approx date
actor ISRMIL 2001-03-07..2002-11-02 : Binyamin Ben-Eliezer | Benjamin Ben-Eliezer | Ben-Eliezer
actor ISRMIL 1998-07-09..2006-05-04 : Shaul Mofaz | Mofaz   # chief of staff, defence minister from 2002-11-04
actor ISRMIL 2006-05-04..2007-06-18 : Amir Peretz | Peretz
actor ISRMIL 2002-07-09..2005-06-01 : Moshe Yaalon | Moshe Ya'alon | Yaalon | Ya'alon   # chief of staff
actor ISRMIL 2013-03-18..2016-05-20 : Moshe Yaalon | Moshe Ya'alon | Yaalon | Ya'alon
actor ISRMIL 2005-06-01..2007-01-17 : Dan Halutz | Halutz
actor ISRMIL 2011-02-14..2015-02-16 : Benny Gantz | Gantz   # chief of staff
actor ISROPP 2019-01-01..2020-05-17 : Benny Gantz | Gantz   # approx date
actor ISRMIL 2020-05-17..2022-12-29 : Benny Gantz | Gantz
actor ISROPP 2022-12-29..2023-10-11 : Benny Gantz | Gantz
actor ISRGOV 2023-10-11..2024-06-09 : Benny Gantz | Gantz   # war cabinet
actor ISROPP 2024-06-09.. : Benny Gantz | Gantz
actor ISRMIL 2015-02-16..2019-01-15 : Gadi Eisenkot | Eisenkot
actor ISRMIL 2019-01-15..2023-01-16 : Aviv Kochavi | Kochavi
actor ISRMIL 2022-12-29..2024-11-05 : Yoav Gallant | Gallant
actor ISRMIL 2023-01-16..2025-03-05 : Herzi Halevi | Herzl Halevi | Halevi
actor ISRMIL 2025-03-05.. : Eyal Zamir | Zamir
actor ISRMIL 2023-03-01..2025-04-01 : Daniel Hagari | Hagari   # army spokesman; approx date
actor ISRMIL 2025-04-01.. : Effie Defrin   # army spokesman; approx date
actor ISRMIL 2005-01-01.. : Avichay Adraee | Avichai Adraee | Adraee   # army Arabic-language spokesman; approx date
actor ISRSPY 2002-09-01..2011-01-06 : Meir Dagan | Dagan   # approx date
actor ISRSPY 2011-01-06..2016-01-06 : Tamir Pardo
actor ISRSPY 2016-01-06..2021-06-01 : Yossi Cohen
actor ISRSPY 2021-06-01.. : David Barnea | Barnea
actor ISRSPY 2021-10-13..2025-06-15 : Ronen Bar
actor ISRSPY 2025-10-05.. : David Zini | Zini   # Shin Bet director; approx date

# ===================================================================== Palestinian territories (PA, PLO, Hamas)
actor PSEGOV 1994-07-05..2004-11-11 : Yasser Arafat | Yasir Arafat | Arafat
actor PSEGOV 2003-04-30..2003-10-07 : Mahmoud Abbas | Abu Mazen | Abbas
actor PSEGOV 2004-11-11.. : Mahmoud Abbas | Abu Mazen | Abbas
actor PSEGOV 2003-10-07..2006-03-29 : Ahmed Qurei | Ahmed Qureia | Ahmed Korei | Abu Alaa | Qurei | Qureia
actor PSEGOV 2002-06-01..2013-06-06 : Salam Fayyad | Fayyad   # finance minister, PM from 2007-06-15; approx date
actor PSEGOV 2013-06-06..2019-04-14 : Rami Hamdallah | Hamdallah
actor PSEGOV 2019-04-14..2024-03-31 : Mohammad Shtayyeh | Mohammad Shtayeh | Shtayyeh | Shtayeh
actor PSEGOV 2024-03-31.. : Mohammad Mustafa | Mohammed Mustafa
actor PSEGOV 2007-05-01..2024-03-31 : Riyad al-Maliki | Riad Malki | Riyad al-Malki | Riad al-Malki   # foreign minister; approx date
actor PSEGOV 2024-03-31.. : Varsen Aghabekian | Aghabekian
actor PSEGOV 1995-01-01..2020-11-10 : Saeb Erekat | Saeb Erakat | Erekat | Erakat   # chief negotiator; approx date
actor PSEGOV 2007-01-01.. : Hussein al-Sheikh | Hussein al-Sheik   # civil affairs, PLO secretary-general, vice president from 2025; approx date
actor PSEGOV 2005-01-01.. : Nabil Abu Rudeineh | Abu Rudeineh   # presidential spokesman; approx date
actor PSEGOV 2009-01-01.. : Riyad Mansour   # UN envoy; approx date
actor PSEGOV 2006-03-29..2007-06-14 : Ismail Haniyeh | Ismail Haniya | Haniyeh | Haniya
actor PSEREB ..2006-03-29 : Ismail Haniyeh | Ismail Haniya | Haniyeh | Haniya
actor PSEREB 2007-06-14..2024-07-31 : Ismail Haniyeh | Ismail Haniya | Haniyeh | Haniya
actor PSEREB : Ahmed Yassin | Sheikh Ahmed Yassin | Abdel Aziz al-Rantisi | Abdel-Aziz al-Rantissi | Rantisi | Rantissi
actor PSEREB : Khaled Meshaal | Khaled Mashaal | Khaled Mashal | Khalid Mishal | Meshaal | Mashaal
actor PSEREB : Yahya Sinwar | Yehya Sinwar | Sinwar
actor PSEREB : Mohammed Sinwar | Mohammad Sinwar
actor PSEREB : Mohammed Deif | Mohammed Dief | Mohammad Deif | Deif
actor PSEREB : Khalil al-Hayya | Khalil al-Hayyah | al-Hayya
actor PSEREB : Mousa Abu Marzouk | Moussa Abu Marzouk | Abu Marzouk
actor PSEREB : Saleh al-Arouri | Saleh al-Aruri | al-Arouri
actor PSEREB : Osama Hamdan | Sami Abu Zuhri | Hazem Qassem | Abu Obeida | Abu Ubaida
actor PSEREB : Ziad al-Nakhalah | Ziyad al-Nakhalah | Ramadan Shalah | Ramadan Shallah
actor PSEOPP : Marwan Barghouti | Barghouti

# ===================================================================== Iran
actor IRNGOV 1989-06-04.. : Ali Khamenei | Ayatollah Ali Khamenei | Ayatollah Khamenei | Khamenei
actor IRNGOV 1997-08-03..2005-08-03 : Mohammad Khatami | Mohammed Khatami | Khatami
actor IRNGOV 2005-08-03..2013-08-03 : Mahmoud Ahmadinejad | Mahmoud Ahmadinezhad | Ahmadinejad | Ahmadinezhad
actor IRNGOV 1989-08-01..2013-08-03 : Hassan Rouhani | Hassan Rohani | Rouhani | Rohani   # SNSC secretary 1989-2005, Expediency Council; approx date
actor IRNGOV 2013-08-03..2021-08-03 : Hassan Rouhani | Hassan Rohani | Rouhani | Rohani
actor IRNJUD 2019-03-07..2021-07-01 : Ebrahim Raisi | Ebrahim Raeisi | Raisi | Raeisi
actor IRNGOV 2021-08-03..2024-05-19 : Ebrahim Raisi | Ebrahim Raeisi | Raisi | Raeisi
actor IRNGOV 2021-08-08..2024-07-28 : Mohammad Mokhber | Mokhber
actor IRNGOV 2024-07-28.. : Masoud Pezeshkian | Massoud Pezeshkian | Pezeshkian
actor IRNGOV 1989-08-03..2017-01-08 : Akbar Hashemi Rafsanjani | Ali Akbar Hashemi Rafsanjani | Hashemi Rafsanjani | Rafsanjani
actor IRNGOV 1997-08-20..2005-08-24 : Kamal Kharrazi | Kharrazi
actor IRNGOV 2005-08-24..2010-12-13 : Manouchehr Mottaki | Manouchehr Motaki | Mottaki
actor IRNGOV 2009-07-16..2021-08-29 : Ali Akbar Salehi | Salehi   # atomic energy organization, foreign minister 2010-2013
actor IRNGOV 2002-08-01..2007-07-01 : Mohammad Javad Zarif | Javad Zarif | Zarif   # UN ambassador; approx date
actor IRNGOV 2013-08-15..2021-08-25 : Mohammad Javad Zarif | Javad Zarif | Zarif
actor IRNGOV 2024-08-01..2025-03-02 : Mohammad Javad Zarif | Javad Zarif | Zarif   # vice president
actor IRNGOV 2021-08-25..2024-05-19 : Hossein Amir-Abdollahian | Hossein Amirabdollahian | Amir-Abdollahian | Amirabdollahian
actor IRNGOV 2021-09-01..2024-08-21 : Ali Bagheri Kani | Ali Bagheri | Bagheri Kani   # deputy FM, acting FM 2024; approx date
actor IRNGOV 2013-08-15..2021-09-01 : Abbas Araghchi | Abbas Araqchi | Araghchi | Araqchi   # deputy FM, negotiator; approx date
actor IRNGOV 2024-08-21.. : Abbas Araghchi | Abbas Araqchi | Araghchi | Araqchi
actor IRNGOV 2022-01-01..2024-09-01 : Nasser Kanaani | Nasser Kanani | Kanaani | Kanani   # foreign ministry spokesman; approx date
actor IRNGOV 2024-09-01.. : Esmaeil Baghaei | Esmaeil Baqaei | Ismail Baghaei | Baghaei | Baqaei   # foreign ministry spokesman; approx date
actor IRNGOV 2024-08-01.. : Fatemeh Mohajerani | Mohajerani   # government spokeswoman; approx date
actor IRNGOV 2005-08-15..2007-10-20 : Ali Larijani
actor IRNLEG 2008-05-28..2020-05-28 : Ali Larijani
actor IRNGOV 2025-08-05.. : Ali Larijani
actor IRNJUD 2009-08-15..2019-03-07 : Sadegh Larijani | Sadeq Larijani | Sadeq Amoli Larijani
actor IRNGOV 2007-10-20..2013-09-10 : Saeed Jalili | Jalili
actor IRNGOV 2013-09-10..2023-05-22 : Ali Shamkhani | Shamkhani
actor IRNGOV 2023-05-22..2025-08-05 : Ali Akbar Ahmadian | Ahmadian
actor IRNLEG 2020-05-28.. : Mohammad Bagher Ghalibaf | Mohammad Baqer Qalibaf | Mohammad Bagher Qalibaf | Ghalibaf | Qalibaf
actor IRNJUD 2021-07-01.. : Gholam-Hossein Mohseni-Ejei | Mohseni-Ejei | Mohseni Ejei
actor IRNMIL 2005-08-24..2009-09-03 : Mostafa Mohammad-Najjar | Mostafa Mohammad Najjar
actor IRNMIL 2009-09-03..2013-08-15 : Ahmad Vahidi
actor IRNMIL 2013-08-15..2017-08-20 : Hossein Dehghan | Dehghan
actor IRNMIL 2017-08-20..2021-08-25 : Amir Hatami | Hatami
actor IRNMIL 2021-08-25..2024-08-21 : Mohammad-Reza Ashtiani | Mohammad Reza Ashtiani | Ashtiani
actor IRNMIL 2024-08-21.. : Aziz Nasirzadeh | Nasirzadeh
actor IRNMIL 2007-09-01..2019-04-21 : Mohammad Ali Jafari   # IRGC commander
actor IRNMIL 2019-04-21..2025-06-13 : Hossein Salami
actor IRNMIL 2009-01-01.. : Mohammad Pakpour | Pakpour   # IRGC ground forces, commander-in-chief from 2025-06-13; approx date
actor IRNMIL 1998-01-01..2020-01-03 : Qasem Soleimani | Qassem Soleimani | Qassim Suleimani | Ghasem Soleimani | Soleimani | Suleimani   # approx date
actor IRNMIL 1998-01-01.. : Esmail Qaani | Esmail Ghaani | Ismail Qaani | Qaani | Ghaani   # Quds Force deputy, commander from 2020-01-03; approx date
actor IRNMIL 2016-06-28..2025-06-13 : Mohammad Bagheri | Mohammad Hossein Bagheri
actor IRNMIL 2017-08-21.. : Abdolrahim Mousavi   # army commander, chief of staff from 2025-06-13
actor IRNMIL 2009-01-01..2025-06-13 : Amir Ali Hajizadeh | Hajizadeh   # IRGC aerospace commander; approx date

# ===================================================================== Iraq
actor IRQGOV 1979-07-16..2003-04-09 : Saddam Hussein | Saddam
actor IRQGOV 1979-07-16..2003-04-09 : Tariq Aziz | Taha Yassin Ramadan | Naji Sabri | Izzat Ibrahim al-Douri | Ezzat Ibrahim al-Douri
actor IRQGOV 2004-06-28..2005-05-03 : Ayad Allawi | Iyad Allawi | Allawi
actor IRQGOV 2005-05-03..2006-05-20 : Ibrahim al-Jaafari | Ibrahim Jaafari | Jaafari | al-Jaafari
actor IRQGOV 2014-09-08..2018-10-25 : Ibrahim al-Jaafari | Ibrahim Jaafari | Jaafari | al-Jaafari   # foreign minister
actor IRQGOV 2006-05-20..2014-09-08 : Nouri al-Maliki | Nuri al-Maliki | Nouri Maliki | al-Maliki | Maliki
actor IRQGOV 2014-09-08..2015-08-11 : Nouri al-Maliki | Nuri al-Maliki | Nouri Maliki | al-Maliki | Maliki   # vice president
actor IRQGOV 2014-09-08..2018-10-25 : Haider al-Abadi | Haidar al-Abadi | al-Abadi | Abadi
actor IRQGOV 2018-10-25..2020-05-07 : Adel Abdul Mahdi | Adil Abdul-Mahdi | Adel Abdel Mahdi | Abdul-Mahdi | Abdul Mahdi
actor IRQSPY 2016-06-07..2020-05-07 : Mustafa al-Kadhimi | Mustafa al-Kadhemi | al-Kadhimi | Kadhimi
actor IRQGOV 2020-05-07..2022-10-27 : Mustafa al-Kadhimi | Mustafa al-Kadhemi | al-Kadhimi | Kadhimi
actor IRQGOV 2022-10-27.. : Mohammed Shia al-Sudani | Mohammed Shia' al-Sudani | Mohammed al-Sudani | al-Sudani | Sudani
actor IRQGOV 2004-06-28..2005-04-07 : Ghazi al-Yawar | Ghazi al-Yawer | al-Yawar
actor IRQGOV 2005-04-07..2014-07-24 : Jalal Talabani | Talabani
actor IRQGOV 2014-07-24..2018-10-02 : Fuad Masum | Fouad Massoum | Fuad Masoum | Masum
actor IRQGOV 2018-10-02..2022-10-17 : Barham Salih | Barham Saleh
actor IRQGOV 2022-10-17.. : Abdul Latif Rashid | Abdullatif Rashid
actor IRQGOV 2003-09-03..2016-09-21 : Hoshyar Zebari | Zebari   # foreign, then finance minister
actor IRQGOV 2018-10-25..2020-05-07 : Mohamed Ali Alhakim | Mohammed Ali al-Hakim
actor IRQGOV 2020-06-06.. : Fuad Hussein | Fouad Hussein
actor IRQMIL 2014-10-18..2016-08-25 : Khaled al-Obeidi | Khalid al-Obaidi
actor IRQMIL 2022-10-27.. : Thabet al-Abbasi | Thabit al-Abbasi
actor IRQGOV 2005-06-13.. : Masoud Barzani | Massoud Barzani | Nechirvan Barzani | Masrour Barzani | Barzani   # Kurdistan Regional Government leaders
actor IRQREL : Ali al-Sistani | Ayatollah Ali al-Sistani | Grand Ayatollah Ali al-Sistani | Sistani | al-Sistani
actor IRQREL : Muqtada al-Sadr | Moqtada al-Sadr | Muqtada Sadr | Moqtada Sadr | al-Sadr

# ===================================================================== Syria
actor SYRGOV 1971-03-14..2000-06-10 : Hafez al-Assad | Hafez Assad | Hafez al-Asad | Assad | al-Assad
actor SYRGOV 2000-06-10..2024-12-08 : Bashar al-Assad | Bashar Assad | Bashar al-Asad | Assad | al-Assad | Asad | al-Asad
actor SYRMIL ..2024-12-08 : Maher al-Assad | Maher Assad
actor SYRGOV 1984-03-11..2014-07-16 : Farouk al-Sharaa | Farouq al-Sharaa | Farouk al-Shara | al-Sharaa | Sharaa   # foreign minister, vice president
actor SYRGOV 2006-02-11..2020-11-16 : Walid Muallem | Walid al-Muallem | Walid al-Moallem | Muallem | Moallem
actor SYRGOV 2020-11-22..2024-12-08 : Faisal Mekdad | Faisal al-Mekdad | Fayssal Mekdad | Mekdad | Miqdad
actor SYRGOV 2006-01-01..2024-12-08 : Bouthaina Shaaban | Buthaina Shaaban | Shaaban   # presidential adviser; approx date
actor SYRGOV 2006-01-01..2017-07-01 : Bashar Jaafari | Bashar al-Jaafari   # UN envoy; approx date
actor SYRGOV 2012-08-09..2016-07-03 : Wael al-Halqi | Halqi
actor SYRGOV 2016-07-03..2020-08-30 : Imad Khamis
actor SYRGOV 2020-08-30..2024-09-14 : Hussein Arnous | Arnous
actor SYRGOV 2024-09-14..2024-12-10 : Mohammad Ghazi al-Jalali | al-Jalali
actor SYRMIL 2011-08-08..2012-07-18 : Dawoud Rajiha | Daoud Rajha
actor SYRMIL 2012-07-18..2018-01-01 : Fahd Jassem al-Freij | Fahad Jassim al-Freij | al-Freij
actor SYRMIL 2018-01-01..2022-04-28 : Ali Abdullah Ayyoub | Ali Ayyoub
actor SYRMIL 2022-04-28..2024-12-08 : Ali Mahmoud Abbas
actor SYRREB 2012-01-01..2024-12-08 : Abu Mohammed al-Jolani | Abu Mohammad al-Jolani | Abu Mohammed al-Julani | Abu Mohammad al-Julani | al-Jolani | al-Julani | Jolani | Julani | Ahmed al-Sharaa | Ahmad al-Sharaa | Ahmed al-Shara   # HTS / Nusra leader; approx date
actor SYRGOV 2024-12-08.. : Ahmed al-Sharaa | Ahmad al-Sharaa | Ahmed al-Shara | al-Sharaa | Sharaa | Abu Mohammed al-Jolani | Abu Mohammad al-Jolani | Abu Mohammed al-Julani | al-Jolani | al-Julani | Jolani | Julani
actor SYRGOV 2024-12-10..2025-03-29 : Mohammed al-Bashir | Mohammad al-Bashir   # caretaker PM
actor SYRGOV 2024-12-21.. : Asaad al-Shaibani | Asaad Hassan al-Shaibani | As'ad al-Shaibani | al-Shaibani | Shaibani
actor SYRMIL 2024-12-21.. : Murhaf Abu Qasra | Abu Qasra
actor SYRGOV 2025-03-29.. : Anas Khattab   # interior minister (intelligence chief Dec 2024-Mar 2025)
actor SYRREB : Mazloum Abdi | Mazloum Kobani | Mazlum Abdi | Mazloum Kobane

# ===================================================================== Saudi Arabia
actor SAUGOV 1982-06-13..2005-08-01 : King Fahd | Fahd bin Abdulaziz
actor SAUGOV 1982-06-13..2015-01-23 : King Abdullah bin Abdulaziz | Abdullah bin Abdulaziz | Crown Prince Abdullah   # crown prince, king from 2005-08-01
actor SAUMIL 1962-01-01..2011-10-22 : Prince Sultan bin Abdulaziz | Sultan bin Abdulaziz   # defence minister, crown prince 2005-2011
actor SAUGOV 1975-01-01..2012-06-16 : Prince Nayef bin Abdulaziz | Nayef bin Abdulaziz   # interior minister, crown prince 2011-2012
actor SAUGOV 2011-11-05.. : King Salman | Salman bin Abdulaziz | King Salman bin Abdulaziz   # defence minister, crown prince, king from 2015-01-23
actor SAUGOV 2015-01-23.. : Mohammed bin Salman | Mohammad bin Salman | Muhammad bin Salman | Mohammed bin Salman Al Saud | MBS   # defence minister 2015-2022, crown prince from 2017, PM from 2022
actor SAUGOV 2012-11-05..2017-06-21 : Mohammed bin Nayef | Muhammad bin Nayef | Mohammad bin Nayef
actor SAUGOV 2017-04-22..2019-02-23 : Khalid bin Salman | Khaled bin Salman   # ambassador to the US
actor SAUMIL 2019-02-23.. : Khalid bin Salman | Khaled bin Salman   # deputy, then (from 2022-09-27) defence minister
actor SAUGOV 1975-03-13..2015-04-29 : Saud al-Faisal | Prince Saud al-Faisal
actor SAUGOV 2007-02-01.. : Adel al-Jubeir | Adel Jubeir | al-Jubeir | Jubeir   # ambassador to US, foreign minister 2015-2018, minister of state; approx date
actor SAUGOV 2018-12-27..2019-10-23 : Ibrahim al-Assaf
actor SAUGOV 2019-10-23.. : Faisal bin Farhan | Prince Faisal bin Farhan | Faisal bin Farhan Al Saud
actor SAUSPY 1977-01-01..2001-08-31 : Turki al-Faisal | Prince Turki al-Faisal
actor SAUGOV 1983-01-01..2012-07-19 : Bandar bin Sultan | Prince Bandar bin Sultan   # ambassador to US, NSC secretary-general; approx date
actor SAUSPY 2012-07-19..2014-04-15 : Bandar bin Sultan | Prince Bandar bin Sultan

# ===================================================================== United Arab Emirates
actor AREGOV 1971-12-02..2004-11-02 : Sheikh Zayed bin Sultan Al Nahyan | Zayed bin Sultan Al Nahyan | Zayed bin Sultan
actor AREGOV 2004-11-03..2022-05-13 : Khalifa bin Zayed Al Nahyan | Khalifa bin Zayed | Sheikh Khalifa
actor AREGOV 2004-11-03.. : Mohamed bin Zayed Al Nahyan | Mohammed bin Zayed Al Nahyan | Mohamed bin Zayed | Mohammed bin Zayed | MBZ   # crown prince of Abu Dhabi, president from 2022-05-14
actor AREGOV 2006-01-05.. : Mohammed bin Rashid Al Maktoum | Mohammed bin Rashid | Sheikh Mohammed bin Rashid   # vice president, PM, ruler of Dubai
actor AREGOV 2006-02-09.. : Abdullah bin Zayed Al Nahyan | Abdullah bin Zayed | Sheikh Abdullah bin Zayed
actor AREGOV 2008-02-01.. : Anwar Gargash | Gargash   # minister of state, then presidential adviser; approx date
actor AREGOV 2016-01-01.. : Tahnoun bin Zayed Al Nahyan | Tahnoun bin Zayed | Tahnoon bin Zayed   # national security adviser; approx date

# ===================================================================== Qatar
actor QATGOV 1995-06-27..2013-06-25 : Hamad bin Khalifa Al Thani | Sheikh Hamad bin Khalifa | Hamad bin Khalifa
actor QATGOV 2003-08-05.. : Tamim bin Hamad Al Thani | Sheikh Tamim bin Hamad | Tamim bin Hamad | Emir Tamim | Sheikh Tamim
actor QATGOV 1992-01-01..2013-06-26 : Hamad bin Jassim bin Jaber Al Thani | Hamad bin Jassim Al Thani | Hamad bin Jassim | Sheikh Hamad bin Jassim   # approx date
actor QATGOV 2013-06-26..2020-01-28 : Abdullah bin Nasser bin Khalifa Al Thani | Abdullah bin Nasser
actor QATGOV 2020-01-28..2023-03-07 : Khalid bin Khalifa bin Abdulaziz Al Thani | Khalid bin Khalifa
actor QATGOV 2016-01-27.. : Mohammed bin Abdulrahman Al Thani | Mohammed bin Abdulrahman | Sheikh Mohammed bin Abdulrahman | Mohammed bin Abdulrahman bin Jassim Al Thani   # foreign minister, PM from 2023-03-07
actor QATGOV 2013-06-26..2016-01-27 : Khalid al-Attiyah | Khalid bin Mohammad al-Attiyah
actor QATMIL 2016-01-27..2024-11-01 : Khalid al-Attiyah | Khalid bin Mohammad al-Attiyah   # approx date
actor QATGOV 2021-01-01.. : Majed al-Ansari | al-Ansari   # foreign ministry spokesman; approx date
actor QATGOV 2017-01-01.. : Mohammed al-Khulaifi | Mohammed bin Abdulaziz al-Khulaifi   # minister of state, mediator; approx date

# ===================================================================== Egypt
actor EGYGOV 1981-10-14..2011-02-11 : Hosni Mubarak | Husni Mubarak | Mohammed Hosni Mubarak | Mubarak
actor EGYSPY 1993-01-22..2011-01-29 : Omar Suleiman | Omar Soliman
actor EGYGOV 2011-01-29..2011-02-11 : Omar Suleiman | Omar Soliman
actor EGYMIL 1991-05-20..2012-08-12 : Mohamed Hussein Tantawi | Mohamed Tantawi | Field Marshal Tantawi | Tantawi   # defence minister, head of the military council 2011-2012
actor EGYGOV 2012-06-30..2013-07-03 : Mohamed Morsi | Mohammed Morsi | Mohamed Mursi | Mohammed Mursi | Morsi | Mursi
actor EGYOPP 2013-07-03..2019-06-17 : Mohamed Morsi | Mohammed Morsi | Mohamed Mursi | Mohammed Mursi | Morsi | Mursi
actor EGYGOV 2013-07-04..2014-06-08 : Adly Mansour | Adli Mansour
actor EGYMIL 2012-08-12..2014-03-26 : Abdel Fattah el-Sisi | Abdel Fattah al-Sisi | Abdel-Fattah el-Sissi | Abdel Fattah el-Sissi | Abdel Fattah Sisi | el-Sisi | al-Sisi | el-Sissi | al-Sissi | Sisi | Sissi
actor EGYGOV 2014-06-08.. : Abdel Fattah el-Sisi | Abdel Fattah al-Sisi | Abdel-Fattah el-Sissi | Abdel Fattah el-Sissi | Abdel Fattah Sisi | el-Sisi | al-Sisi | el-Sissi | al-Sissi | Sisi | Sissi
actor EGYGOV 2004-07-14..2011-01-29 : Ahmed Nazif | Nazif
actor EGYGOV 2011-01-29..2011-03-03 : Ahmed Shafik | Ahmed Shafiq
actor EGYGOV 2011-03-03..2011-12-07 : Essam Sharaf
actor EGYGOV 2012-08-02..2013-07-16 : Hesham Qandil | Hisham Qandil
actor EGYGOV 2013-07-16..2014-03-01 : Hazem el-Beblawi | Hazem Beblawi
actor EGYGOV 2014-03-01..2015-09-19 : Ibrahim Mahlab | Mahlab
actor EGYGOV 2015-09-19..2018-06-07 : Sherif Ismail
actor EGYGOV 2018-06-07.. : Mostafa Madbouly | Moustafa Madbouly | Mostafa Madbuli | Madbouly
actor EGYGOV 1991-05-20..2001-05-15 : Amr Moussa | Amr Mussa
actor IGOARL 2001-05-15..2011-07-01 : Amr Moussa | Amr Mussa
actor EGYGOV 2004-07-14..2011-03-06 : Ahmed Aboul Gheit | Ahmed Aboul-Gheit | Ahmed Abul Gheit | Aboul Gheit | Aboul-Gheit
actor IGOARL 2016-07-01.. : Ahmed Aboul Gheit | Ahmed Aboul-Gheit | Ahmed Abul Gheit | Aboul Gheit | Aboul-Gheit
actor IGOARL 2011-07-01..2016-07-01 : Nabil Elaraby | Nabil al-Araby | Nabil el-Araby | Elaraby
actor EGYGOV 2013-07-16..2014-06-17 : Nabil Fahmy
actor EGYGOV 2014-06-17..2024-07-03 : Sameh Shoukry | Sameh Shukri | Sameh Shoukri | Shoukry | Shukri
actor EGYGOV 2024-07-03.. : Badr Abdelatty | Badr Abdel Aty | Badr Abdelaty | Abdelatty
actor EGYMIL 2014-03-26..2018-06-14 : Sedki Sobhi | Sedky Sobhy | Sedki Sobhy
actor EGYMIL 2018-06-14..2024-07-03 : Mohamed Zaki | Mohamed Ahmed Zaki
actor EGYMIL 2024-07-03.. : Abdel Mageed Saqr | Abdel Meguid Saqr
actor EGYSPY 2018-01-18..2024-10-16 : Abbas Kamel
actor EGYSPY 2024-10-16.. : Hassan Rashad
actor IGOIAE 1997-12-01..2009-12-01 : Mohamed ElBaradei | Mohamed el-Baradei | Mohammed ElBaradei | ElBaradei | el-Baradei | Baradei
actor EGYOPP 2010-02-01..2013-07-14 : Mohamed ElBaradei | Mohamed el-Baradei | ElBaradei | el-Baradei   # approx date
actor EGYGOV 2013-07-14..2013-08-14 : Mohamed ElBaradei | Mohamed el-Baradei | ElBaradei | el-Baradei   # vice president

# ===================================================================== Jordan
actor JORGOV 1999-02-07.. : King Abdullah II | Abdullah II | King Abdullah II of Jordan | King Abdullah II bin Al-Hussein
actor JORGOV 2011-10-24..2012-05-02 : Awn Khasawneh
actor JORGOV 2012-10-11..2016-06-01 : Abdullah Ensour | Abdullah Nsour
actor JORGOV 2016-06-01..2018-06-14 : Hani Mulki | Hani al-Mulki
actor JORGOV 2018-06-14..2020-10-07 : Omar Razzaz | Omar al-Razzaz
actor JORGOV 2020-10-12..2024-09-15 : Bisher Khasawneh | Bisher al-Khasawneh
actor JORGOV 2024-09-15.. : Jafar Hassan | Jaafar Hassan
actor JORGOV 2002-01-01..2004-10-01 : Marwan Muasher | Marwan al-Muasher   # approx date
actor JORGOV 2009-02-23..2017-01-15 : Nasser Judeh | Judeh
actor JORGOV 2017-01-15.. : Ayman Safadi | Ayman al-Safadi | Safadi

# ===================================================================== Lebanon
actor LBNGOV 1998-11-24..2007-11-24 : Emile Lahoud | Émile Lahoud | Lahoud
actor LBNMIL 1998-12-21..2008-05-25 : Michel Suleiman | Michel Sleiman   # army commander
actor LBNGOV 2008-05-25..2014-05-25 : Michel Suleiman | Michel Sleiman | Sleiman
actor LBNGOV 2016-10-31..2022-10-31 : Michel Aoun | Aoun
actor LBNMIL 2017-03-08..2025-01-09 : Joseph Aoun   # army commander
actor LBNGOV 2025-01-09.. : Joseph Aoun | Aoun
actor LBNGOV 2000-10-23..2004-10-26 : Rafik Hariri | Rafiq Hariri | Rafic Hariri | Hariri
actor LBNGOV 2004-10-26..2005-04-19 : Omar Karami | Karami
actor LBNGOV 2005-04-19..2005-07-19 : Najib Mikati | Najib Miqati | Mikati | Miqati
actor LBNGOV 2011-06-13..2014-02-15 : Najib Mikati | Najib Miqati | Mikati | Miqati
actor LBNGOV 2021-09-10..2025-02-08 : Najib Mikati | Najib Miqati | Mikati | Miqati
actor LBNGOV 2005-07-19..2009-11-09 : Fouad Siniora | Fuad Siniora | Siniora
actor LBNGOV 2009-11-09..2011-06-13 : Saad Hariri | Saad al-Hariri | Hariri
actor LBNGOV 2016-12-18..2020-01-21 : Saad Hariri | Saad al-Hariri | Hariri
actor LBNGOV 2014-02-15..2016-12-18 : Tammam Salam
actor LBNGOV 2020-01-21..2021-09-10 : Hassan Diab
actor IGOICJ 2018-02-06..2025-01-14 : Nawaf Salam   # ICJ judge, president from 2024
actor LBNGOV 2025-02-08.. : Nawaf Salam
actor LBNLEG 1992-10-20.. : Nabih Berri | Berri
actor LBNGOV 2014-02-15..2020-01-21 : Gebran Bassil | Gibran Bassil | Bassil
actor LBNGOV 2021-09-10..2025-02-08 : Abdallah Bou Habib | Abdullah Bou Habib | Bou Habib
actor LBNGOV 2025-02-08.. : Youssef Rajji | Youssef Raggi | Rajji
actor LBNMIL 2025-03-13.. : Rodolphe Haykal | Rudolph Haykal
actor LBNREB : Hassan Nasrallah | Sayyed Hassan Nasrallah | Nasrallah
actor LBNREB : Naim Qassem | Naim Qasem | Sheikh Naim Qassem
actor LBNREB : Imad Mughniyeh | Imad Mughniyah | Hashem Safieddine | Fuad Shukr

# ===================================================================== Yemen
actor YEMGOV 1978-07-17..2012-02-27 : Ali Abdullah Saleh | Ali Abdallah Saleh
actor YEMGOV 2012-02-27..2022-04-07 : Abd-Rabbu Mansour Hadi | Abed Rabbo Mansour Hadi | Abdrabbuh Mansur Hadi | Abdu Rabbu Mansour Hadi | Mansour Hadi
actor YEMGOV 2022-04-07.. : Rashad al-Alimi | Rashad al-Olaimi | al-Alimi
actor YEMREB : Abdul-Malik al-Houthi | Abdulmalik al-Houthi | Abdel-Malek al-Houthi | Abdul Malik al-Houthi
actor YEMREB : Mahdi al-Mashat | Mohammed Abdulsalam | Mohammed Ali al-Houthi | Yahya Saree | Yahya Sarea

# ===================================================================== Libya
actor LBYGOV 1969-09-01..2011-08-23 : Muammar Gaddafi | Muammar Qaddafi | Moammar Gadhafi | Muammar al-Qaddafi | Moamer Kadhafi | Muammar Gadafi | Gaddafi | Qaddafi | Gadhafi | Kadhafi | Gadafi
actor LBYGOV ..2011-08-23 : Saif al-Islam Gaddafi | Saif al-Islam Qaddafi | Seif al-Islam | Saif al-Islam
actor LBYREB 2011-02-27..2011-08-23 : Mustafa Abdul Jalil | Mustafa Abdel Jalil   # National Transitional Council
actor LBYGOV 2011-08-23..2012-08-08 : Mustafa Abdul Jalil | Mustafa Abdel Jalil
actor LBYGOV 2016-03-30..2021-03-15 : Fayez al-Sarraj | Fayez Serraj | Fayez al-Serraj | Sarraj | Serraj
actor LBYGOV 2021-03-15.. : Abdul Hamid Dbeibah | Abdulhamid Dbeibah | Abdul Hamid Dbeiba | Dbeibah | Dbeiba
actor LBYMIL : Khalifa Haftar | Khalifa Hifter | Haftar | Hifter   # eastern forces ("Libyan National Army")

# ===================================================================== North Africa and Sahel
actor TUNGOV 1987-11-07..2011-01-14 : Zine El Abidine Ben Ali | Zine al-Abidine Ben Ali | Ben Ali
actor TUNGOV 2014-12-31..2019-07-25 : Beji Caid Essebsi | Béji Caïd Essebsi | Essebsi
actor TUNGOV 2019-10-23.. : Kais Saied | Kaïs Saïed | Kais Saeid | Saied
actor DZAGOV 1999-04-27..2019-04-02 : Abdelaziz Bouteflika | Bouteflika
actor DZAGOV 2019-12-19.. : Abdelmadjid Tebboune | Tebboune
actor MARGOV 1999-07-23.. : King Mohammed VI | Mohammed VI | King Mohammed VI of Morocco
actor MARGOV 2017-04-05.. : Nasser Bourita | Bourita
actor MLIGOV 2020-08-18.. : Assimi Goita | Assimi Goïta | Goita | Goïta
actor BFAGOV 2022-09-30.. : Ibrahim Traore | Ibrahim Traoré
actor NERGOV 2021-04-02..2023-07-26 : Mohamed Bazoum | Bazoum
actor NERGOV 2023-07-26.. : Abdourahamane Tchiani | Abdourahamane Tiani | Tchiani | Tiani
actor TCDGOV 1990-12-02..2021-04-20 : Idriss Deby | Idriss Déby | Idriss Deby Itno
actor TCDGOV 2021-04-20.. : Mahamat Idriss Deby | Mahamat Déby | Mahamat Deby | Mahamat Idriss Déby

# ===================================================================== India
actor INDGOV 1998-03-19..2004-05-22 : Atal Bihari Vajpayee | A.B. Vajpayee | Vajpayee
actor INDGOV 2004-05-22..2014-05-26 : Manmohan Singh
actor INDGOV 2001-10-07.. : Narendra Modi | Narendra Damodardas Modi | Modi   # chief minister of Gujarat, PM from 2014-05-26
actor INDGOV 2002-07-25..2007-07-25 : A.P.J. Abdul Kalam | APJ Abdul Kalam | Abdul Kalam
actor INDGOV 2007-07-25..2012-07-25 : Pratibha Patil
actor INDMIL 2004-05-22..2006-10-24 : Pranab Mukherjee
actor INDGOV 2006-10-24..2017-07-25 : Pranab Mukherjee   # foreign, finance minister, president from 2012-07-25
actor INDGOV 2017-07-25..2022-07-25 : Ram Nath Kovind | Kovind
actor INDGOV 2022-07-25.. : Droupadi Murmu | Draupadi Murmu | Murmu
actor INDGOV 1998-12-05..2002-07-01 : Jaswant Singh
actor INDGOV 2002-07-01..2004-05-22 : Yashwant Sinha
actor INDGOV 2004-05-22..2005-11-06 : Natwar Singh | K. Natwar Singh
actor INDGOV 2009-05-22..2012-10-28 : S.M. Krishna | S. M. Krishna
actor INDGOV 2012-10-28..2014-05-26 : Salman Khurshid
actor INDGOV 2014-05-26..2019-05-30 : Sushma Swaraj | Swaraj
actor INDGOV 2015-01-29..2018-01-28 : Subrahmanyam Jaishankar | S. Jaishankar | S Jaishankar | Jaishankar   # foreign secretary
actor INDGOV 2019-05-30.. : Subrahmanyam Jaishankar | S. Jaishankar | S Jaishankar | Jaishankar
actor INDMIL 1998-03-19..2004-05-22 : George Fernandes
actor INDGOV 1998-03-19..2004-05-22 : Lal Krishna Advani | L.K. Advani | L. K. Advani | LK Advani | L K Advani | Advani   # home minister, deputy prime minister from 2002-06-29
actor INDOPP 2004-05-22..2009-12-21 : Lal Krishna Advani | L.K. Advani | L. K. Advani | LK Advani | L K Advani | Advani   # leader of the opposition
actor INDMIL 2006-10-26..2014-05-26 : A.K. Antony | A. K. Antony
actor INDGOV 2014-05-26..2019-05-30 : Arun Jaitley | Jaitley   # finance minister; also held defence 2014 and 2017
actor INDMIL 2014-11-09..2017-03-14 : Manohar Parrikar | Parrikar
actor INDMIL 2017-09-03..2019-05-30 : Nirmala Sitharaman
actor INDGOV 2019-05-31.. : Nirmala Sitharaman | Sitharaman   # finance minister
actor INDGOV 2014-05-26..2019-05-30 : Rajnath Singh   # home minister
actor INDMIL 2019-05-30.. : Rajnath Singh
actor INDGOV 2019-05-30.. : Amit Shah
actor INDGOV 2014-05-30.. : Ajit Doval | Doval   # national security adviser
actor INDGOV 2022-05-01..2024-07-15 : Vinay Kwatra | Kwatra   # foreign secretary; approx date
actor INDGOV 2024-07-15.. : Vikram Misri | Misri   # foreign secretary
actor INDGOV 2020-03-01.. : Randhir Jaiswal | Arindam Bagchi   # foreign ministry spokesmen; approx date
actor INDOPP 2014-05-26.. : Rahul Gandhi   # approx date
actor INDOPP 1998-03-14..2004-05-22 : Sonia Gandhi

# ===================================================================== Pakistan
actor PAKGOV 1999-10-12..2008-08-18 : Pervez Musharraf | Parvez Musharraf | Musharraf
actor PAKGOV 2002-11-23..2004-06-26 : Zafarullah Khan Jamali | Zafarullah Jamali
actor PAKGOV 2004-08-28..2007-11-16 : Shaukat Aziz
actor PAKGOV 2008-03-25..2012-06-19 : Yousaf Raza Gilani | Yusuf Raza Gilani | Gilani
actor PAKGOV 2012-06-22..2013-03-25 : Raja Pervaiz Ashraf | Raja Pervez Ashraf
actor PAKGOV 1997-02-17..1999-10-12 : Nawaz Sharif | Mian Nawaz Sharif | Mohammad Nawaz Sharif | Sharif
actor PAKGOV 2013-06-05..2017-07-28 : Nawaz Sharif | Mian Nawaz Sharif | Mohammad Nawaz Sharif | Sharif
actor PAKGOV 2017-08-01..2018-05-31 : Shahid Khaqan Abbasi | Khaqan Abbasi
actor PAKGOV 2018-08-18..2022-04-10 : Imran Khan
actor PAKOPP 2022-04-10.. : Imran Khan
actor PAKGOV 2022-04-11..2023-08-14 : Shehbaz Sharif | Shahbaz Sharif | Shebaz Sharif | Sharif
actor PAKGOV 2023-08-14..2024-03-04 : Anwaar-ul-Haq Kakar | Anwar-ul-Haq Kakar
actor PAKGOV 2024-03-04.. : Shehbaz Sharif | Shahbaz Sharif | Shebaz Sharif | Sharif
actor PAKGOV 2008-09-09..2013-09-09 : Asif Ali Zardari | Asif Zardari | Zardari
actor PAKGOV 2024-03-10.. : Asif Ali Zardari | Asif Zardari | Zardari
actor PAKGOV 2013-09-09..2018-09-09 : Mamnoon Hussain
actor PAKGOV 2018-09-09..2024-03-10 : Arif Alvi
actor PAKOPP 1996-11-05..2007-12-27 : Benazir Bhutto
actor PAKGOV 2002-11-23..2007-11-16 : Khurshid Mahmud Kasuri | Khurshid Kasuri | Kasuri
actor PAKGOV 2008-03-31..2011-02-11 : Shah Mehmood Qureshi | Shah Mahmood Qureshi
actor PAKGOV 2018-08-20..2022-04-10 : Shah Mehmood Qureshi | Shah Mahmood Qureshi
actor PAKGOV 2011-07-19..2013-03-16 : Hina Rabbani Khar
actor PAKGOV 2013-06-07..2017-07-28 : Sartaj Aziz   # foreign affairs adviser
actor PAKMIL 2013-11-26..2017-07-28 : Khawaja Asif | Khawaja Muhammad Asif   # approx date
actor PAKGOV 2017-08-04..2018-04-26 : Khawaja Asif | Khawaja Muhammad Asif
actor PAKMIL 2022-04-19..2023-08-14 : Khawaja Asif | Khawaja Muhammad Asif
actor PAKMIL 2024-03-11.. : Khawaja Asif | Khawaja Muhammad Asif
actor PAKGOV 2022-04-27..2023-08-10 : Bilawal Bhutto Zardari | Bilawal Bhutto | Bilawal
actor PAKGOV 2013-06-07..2017-07-28 : Ishaq Dar   # finance minister
actor PAKGOV 2022-09-28..2023-08-14 : Ishaq Dar
actor PAKGOV 2024-03-11.. : Ishaq Dar   # foreign minister, deputy PM
actor PAKMIL 2018-08-20..2022-04-10 : Pervez Khattak
actor PAKSPY 2004-10-01..2007-11-28 : Ashfaq Parvez Kayani | Ashfaq Kayani | Kayani   # ISI chief; approx date
actor PAKMIL 2007-11-28..2013-11-29 : Ashfaq Parvez Kayani | Ashfaq Kayani | Kayani
actor PAKMIL 2013-11-29..2016-11-29 : Raheel Sharif | General Raheel Sharif
actor PAKMIL 2016-11-29..2022-11-29 : Qamar Javed Bajwa | Qamar Bajwa
actor PAKSPY 2018-10-25..2019-06-16 : Asim Munir   # ISI chief
actor PAKMIL 2022-11-29.. : Asim Munir | Field Marshal Asim Munir | Syed Asim Munir
actor PAKSPY 2008-10-01..2012-03-18 : Ahmed Shuja Pasha | Shuja Pasha   # ISI chief; approx date

# ===================================================================== Afghanistan
actor AFGGOV ..2001-11-13 : Taliban | the Taliban | Taleban | Taliban movement   # Taliban regime (Islamic Emirate) until the fall of Kabul
actor AFGREB 2001-11-13..2021-08-15 : Taliban | the Taliban | Taleban | Taliban movement | Taliban insurgents | Islamic Emirate of Afghanistan
actor AFGGOV 2021-08-15.. : Taliban | the Taliban | Taleban | Taliban movement | Taliban government | Taliban administration | Islamic Emirate of Afghanistan | Islamic Emirate
actor AFGGOV ..2001-11-13 : Mullah Mohammad Omar | Mullah Mohammed Omar | Mullah Omar
actor AFGREB 2001-11-13..2013-04-23 : Mullah Mohammad Omar | Mullah Mohammed Omar | Mullah Omar
actor AFGREB 2015-07-29..2016-05-21 : Akhtar Mohammad Mansour | Mullah Akhtar Mansour | Akhtar Mansour
actor AFGREB 2016-05-25..2021-08-15 : Haibatullah Akhundzada | Hibatullah Akhundzada | Akhundzada
actor AFGGOV 2021-08-15.. : Haibatullah Akhundzada | Hibatullah Akhundzada | Akhundzada
actor AFGREB 2007-01-01..2021-08-15 : Zabihullah Mujahid   # approx date
actor AFGREB ..2001-12-22 : Northern Alliance | United Islamic Front   # fought the Taliban regime until the interim government
actor AFGGOV 1992-06-28..1996-09-27 : Burhanuddin Rabbani   # president until the Taliban took Kabul
actor AFGREB 1996-09-27..2001-12-22 : Burhanuddin Rabbani   # then political leader of the Northern Alliance
actor AFGREB 1996-09-27..2001-09-10 : Ahmad Shah Massoud | Ahmad Shah Masood | Ahmad Shah Masoud | Ahmed Shah Massoud   # Northern Alliance commander until his assassination
actor AFGMIL 1992-06-28..1996-09-27 : Ahmad Shah Massoud | Ahmad Shah Masood | Ahmad Shah Masoud | Ahmed Shah Massoud   # defence minister, then the government's commander
actor AFGREB : Mullah Dadullah | Dadullah   # Taliban commander (killed 2007)
actor AFGGOV : Gulab Mangal   # provincial governor (Helmand, Nangarhar), later minister
actor AFGREB 2021-08-15.. : National Resistance Front | NRF   # armed opposition to the Taliban government
actor AFGGOV 2021-08-15.. : Zabihullah Mujahid
actor AFGREB 2001-11-13..2021-08-15 : Abdul Ghani Baradar | Mullah Baradar | Mullah Abdul Ghani Baradar | Baradar
actor AFGGOV 2021-08-15.. : Abdul Ghani Baradar | Mullah Baradar | Mullah Abdul Ghani Baradar | Baradar
actor AFGREB 2001-11-13..2021-08-15 : Sirajuddin Haqqani | Haqqani network
actor AFGGOV 2021-08-15.. : Sirajuddin Haqqani | Haqqani network
actor AFGREB 2013-01-01..2021-08-15 : Suhail Shaheen | Sohail Shaheen   # approx date
actor AFGGOV 2021-08-15.. : Suhail Shaheen | Sohail Shaheen
actor AFGGOV 2021-09-07.. : Mohammad Hassan Akhund | Mullah Mohammad Hassan Akhund | Hassan Akhund
actor AFGGOV 2021-09-07.. : Amir Khan Muttaqi | Amir Khan Mottaki | Muttaqi
actor AFGMIL 2021-09-07.. : Mohammad Yaqoob | Mullah Yaqoob | Mullah Mohammad Yaqoob | Mohammad Yaqoob Mujahid
actor AFGGOV 2001-12-22..2014-09-29 : Hamid Karzai | Karzai
actor AFGGOV 2002-06-01..2004-12-01 : Ashraf Ghani   # finance minister; approx date
actor AFGGOV 2014-09-29..2021-08-15 : Ashraf Ghani | Mohammad Ashraf Ghani | Ghani
actor AFGGOV 2001-12-22..2006-04-01 : Abdullah Abdullah   # foreign minister; approx date
actor AFGOPP 2006-04-01..2014-09-29 : Abdullah Abdullah   # approx date
actor AFGGOV 2014-09-29..2021-08-15 : Abdullah Abdullah   # chief executive, then peace-council chairman
actor AFGGOV 2020-04-01..2021-08-15 : Hanif Atmar | Mohammad Hanif Atmar | Atmar   # foreign minister; approx date
actor AFGGOV 2010-01-01..2013-10-01 : Zalmai Rassoul | Zalmay Rassoul   # approx date
actor AFGMIL 2004-12-23..2012-08-07 : Abdul Rahim Wardak | Rahim Wardak
actor AFGGOV 2009-11-19..2014-03-09 : Mohammad Qasim Fahim | Marshal Fahim | Mohammed Fahim   # first vice president
actor AFGMIL 2001-12-22..2004-12-23 : Mohammad Qasim Fahim | Marshal Fahim | Mohammed Fahim
actor AFGGOV 2014-09-29..2020-02-19 : Abdul Rashid Dostum | Rashid Dostum | Dostum   # first vice president
actor AFGGOV 2020-02-19..2021-08-15 : Amrullah Saleh   # first vice president
actor AFGSPY 2004-06-01..2010-06-06 : Amrullah Saleh   # intelligence chief; approx date
actor AFGREB 2021-08-15.. : Ahmad Massoud | National Resistance Front   # anti-Taliban resistance

# ===================================================================== Japan
actor JPNLEG : Koichi Kato   # Liberal Democratic Party lawmaker
actor JPNGOV 2000-04-05..2001-04-26 : Yoshiro Mori
actor JPNGOV 2001-04-26..2006-09-26 : Junichiro Koizumi | Koizumi
actor JPNGOV 2006-09-26..2007-09-26 : Shinzo Abe | Abe
actor JPNGOV 2012-12-26..2020-09-16 : Shinzo Abe | Abe
actor JPNGOV 2007-09-26..2008-09-24 : Yasuo Fukuda | Fukuda
actor JPNGOV 2005-10-31..2009-09-16 : Taro Aso | Aso   # foreign minister, PM from 2008-09-24
actor JPNGOV 2012-12-26..2021-10-04 : Taro Aso | Aso   # deputy PM, finance minister
actor JPNGOV 2009-09-16..2010-06-08 : Yukio Hatoyama | Hatoyama
actor JPNGOV 2010-06-08..2011-09-02 : Naoto Kan
actor JPNGOV 2011-09-02..2012-12-26 : Yoshihiko Noda | Noda
actor JPNGOV 2012-12-26..2021-10-04 : Yoshihide Suga | Suga   # chief cabinet secretary, PM from 2020-09-16
actor JPNGOV 2012-12-26..2017-08-03 : Fumio Kishida | Kishida   # foreign minister
actor JPNGOV 2021-10-04..2024-10-01 : Fumio Kishida | Kishida
actor JPNMIL 2002-09-30..2004-09-27 : Shigeru Ishiba | Ishiba
actor JPNMIL 2007-09-26..2008-08-02 : Shigeru Ishiba | Ishiba
actor JPNGOV 2024-10-01..2025-10-21 : Shigeru Ishiba | Ishiba
actor JPNGOV 2025-10-21.. : Sanae Takaichi | Takaichi
actor JPNGOV ..2019-05-01 : Emperor Akihito | Akihito
actor JPNGOV 2019-05-01.. : Emperor Naruhito | Naruhito
actor JPNGOV 2001-04-26..2002-01-30 : Makiko Tanaka
actor JPNGOV 2002-02-01..2004-09-27 : Yoriko Kawaguchi | Kawaguchi
actor JPNGOV 2004-09-27..2005-10-31 : Nobutaka Machimura | Machimura
actor JPNGOV 2009-09-16..2010-09-17 : Katsuya Okada
actor JPNGOV 2010-09-17..2011-03-07 : Seiji Maehara | Maehara
actor JPNGOV 2011-09-02..2012-12-26 : Koichiro Gemba | Koichiro Genba | Gemba | Genba
actor JPNGOV 2017-08-03..2019-09-11 : Taro Kono | Kono
actor JPNMIL 2019-09-11..2020-09-16 : Taro Kono | Kono
actor JPNGOV 2019-09-11..2021-11-10 : Toshimitsu Motegi | Motegi
actor JPNGOV 2025-10-21.. : Toshimitsu Motegi | Motegi
actor JPNMIL 2008-08-02..2008-09-24 : Yoshimasa Hayashi
actor JPNGOV 2021-11-10..2025-10-21 : Yoshimasa Hayashi   # foreign minister, then chief cabinet secretary
actor JPNGOV 2023-09-13..2024-10-01 : Yoko Kamikawa | Kamikawa
actor JPNMIL 2018-10-02..2019-09-11 : Takeshi Iwaya | Iwaya
actor JPNGOV 2024-10-01..2025-10-21 : Takeshi Iwaya | Iwaya
actor JPNMIL 2006-09-26..2007-07-04 : Fumio Kyuma | Kyuma
actor JPNMIL 2007-07-04..2007-08-27 : Yuriko Koike
actor JPNGOV 2016-08-02.. : Yuriko Koike | Koike   # governor of Tokyo
actor JPNMIL 2008-09-24..2009-09-16 : Yasukazu Hamada
actor JPNMIL 2022-08-10..2023-09-13 : Yasukazu Hamada
actor JPNMIL 2009-09-16..2011-09-02 : Toshimi Kitazawa | Kitazawa
actor JPNMIL 2012-12-26..2014-09-03 : Itsunori Onodera | Onodera
actor JPNMIL 2017-08-03..2018-10-02 : Itsunori Onodera | Onodera
actor JPNMIL 2014-12-24..2016-08-03 : Gen Nakatani
actor JPNMIL 2024-10-01..2025-10-21 : Gen Nakatani
actor JPNMIL 2016-08-03..2017-07-28 : Tomomi Inada
actor JPNMIL 2020-09-16..2022-08-10 : Nobuo Kishi
actor JPNMIL 2023-09-13..2024-10-01 : Minoru Kihara | Kihara
actor JPNGOV 2025-10-21.. : Minoru Kihara | Kihara   # chief cabinet secretary
actor JPNMIL 2025-10-21.. : Shinjiro Koizumi

# ===================================================================== South Korea
actor KORGOV 1998-02-25..2003-02-25 : Kim Dae-jung | Kim Dae Jung
actor KORGOV 2003-02-25..2008-02-25 : Roh Moo-hyun | Roh Moo Hyun | Roh
actor KORGOV 2008-02-25..2013-02-25 : Lee Myung-bak | Lee Myung Bak
actor KORGOV 2013-02-25..2017-03-10 : Park Geun-hye | Park Geun Hye
actor KORGOV 2017-05-10..2022-05-10 : Moon Jae-in | Moon Jae In
actor KOROPP 2021-11-05..2022-05-10 : Yoon Suk Yeol | Yoon Suk-yeol | Yoon Seok-youl | Yoon   # opposition presidential candidate
actor KORGOV 2022-05-10..2025-04-04 : Yoon Suk Yeol | Yoon Suk-yeol | Yoon Seok-youl | Yoon
actor KOROPP 2022-08-28..2025-06-04 : Lee Jae-myung | Lee Jae Myung   # opposition leader
actor KORGOV 2025-06-04.. : Lee Jae-myung | Lee Jae Myung
actor KORGOV 2015-06-18..2017-05-11 : Hwang Kyo-ahn | Hwang Kyo Ahn   # PM, acting president
actor KORGOV 2022-05-21..2025-05-02 : Han Duck-soo | Han Duck Soo   # PM, acting president
actor KORGOV 2022-05-10..2025-05-02 : Choi Sang-mok | Choi Sang Mok   # finance minister, acting president
actor KORGOV 2025-07-03.. : Kim Min-seok | Kim Min Seok
actor KORGOV 2004-01-17..2006-11-10 : Ban Ki-moon | Ban Ki Moon
actor IGOUNO 2007-01-01..2017-01-01 : Ban Ki-moon | Ban Ki Moon
actor KORGOV 2006-12-01..2008-02-29 : Song Min-soon | Song Min Soon
actor KORGOV 2008-02-29..2010-09-04 : Yu Myung-hwan | Yu Myung Hwan
actor KORGOV 2010-10-08..2013-03-11 : Kim Sung-hwan | Kim Sung Hwan
actor KORGOV 2013-03-11..2017-06-18 : Yun Byung-se | Yun Byung Se
actor KORGOV 2017-06-18..2021-02-09 : Kang Kyung-wha | Kang Kyung Wha
actor KORGOV 2017-05-21..2022-05-12 : Chung Eui-yong | Chung Eui Yong   # national security adviser, then foreign minister
actor KORGOV 2022-05-12..2024-01-10 : Park Jin
actor KORGOV 2024-01-10..2025-06-04 : Cho Tae-yul | Cho Tae Yul
actor KORGOV 2025-07-19.. : Cho Hyun   # approx date
actor KORMIL 2010-12-04..2014-06-30 : Kim Kwan-jin | Kim Kwan Jin
actor KORMIL 2014-06-30..2017-07-14 : Han Min-koo | Han Min Koo
actor KORMIL 2017-07-14..2018-09-21 : Song Young-moo | Song Young Moo
actor KORMIL 2018-09-21..2020-09-18 : Jeong Kyeong-doo | Jeong Kyeong Doo
actor KORMIL 2020-09-18..2022-05-10 : Suh Wook
actor KORMIL 2022-05-10..2023-10-07 : Lee Jong-sup | Lee Jong Sup
actor KORMIL 2023-10-07..2024-09-06 : Shin Won-sik | Shin Won Sik
actor KORGOV 2024-09-06..2025-06-04 : Shin Won-sik | Shin Won Sik   # national security adviser
actor KORMIL 2024-09-06..2024-12-05 : Kim Yong-hyun | Kim Yong Hyun
actor KORMIL 2025-07-25.. : Ahn Gyu-back | Ahn Gyu Back   # approx date

# ===================================================================== North Korea
actor PRKGOV 1994-07-08..2011-12-17 : Kim Jong-il | Kim Jong Il
actor PRKGOV 2011-12-17.. : Kim Jong-un | Kim Jong Un
actor PRKGOV 2014-11-01.. : Kim Yo-jong | Kim Yo Jong   # approx date
actor PRKGOV 1998-09-05..2019-04-11 : Kim Yong-nam | Kim Yong Nam
actor PRKGOV 2019-04-11.. : Choe Ryong-hae | Choe Ryong Hae
actor PRKGOV 1998-09-05..2007-01-02 : Paek Nam-sun | Paek Nam Sun
actor PRKGOV 2007-05-01..2014-04-09 : Pak Ui-chun | Pak Ui Chun   # approx date
actor PRKGOV 2014-04-09..2016-05-01 : Ri Su-yong | Ri Su Yong   # approx date
actor PRKGOV 2016-05-01..2020-01-01 : Ri Yong-ho | Ri Yong Ho   # approx date
actor PRKGOV 2020-01-01..2022-06-11 : Ri Son-gwon | Ri Son Gwon   # approx date
actor PRKGOV 2016-01-01.. : Choe Son-hui | Choe Son Hui   # vice foreign minister, foreign minister from 2022-06-11; approx date
actor PRKGOV 1998-01-01..2017-01-01 : Kim Kye-gwan | Kim Kye Gwan   # approx date
actor PRKGOV 2018-01-01..2022-01-01 : Kim Yong-chol | Kim Yong Chol   # approx date

# ===================================================================== Taiwan
actor TWNGOV 2000-05-20..2008-05-20 : Chen Shui-bian | Chen Shui Bian
actor TWNGOV 1988-01-13..2000-05-20 : Lee Teng-hui | Lee Teng-Hui | Lee Teng Hui
actor TWNGOV 2008-05-20..2016-05-20 : Ma Ying-jeou | Ma Ying Jeou
actor TWNGOV 2016-05-20..2024-05-20 : Tsai Ing-wen | Tsai Ing Wen | Tsai
actor TWNGOV 2017-09-08..2019-01-14 : Lai Ching-te | Lai Ching Te | William Lai
actor TWNGOV 2020-05-20.. : Lai Ching-te | Lai Ching Te | William Lai | William Lai Ching-te   # vice president, president from 2024-05-20
actor TWNGOV 2016-05-20..2017-09-08 : Lin Chuan
actor TWNGOV 2019-01-14..2023-01-31 : Su Tseng-chang | Su Tseng Chang
actor TWNGOV 2023-01-31..2024-05-20 : Chen Chien-jen | Chen Chien Jen
actor TWNGOV 2024-05-20.. : Cho Jung-tai | Cho Jung Tai
actor TWNGOV 2016-05-20.. : Joseph Wu | Wu Jaushieh | Wu Chao-hsieh   # NSC, foreign minister 2018-2024, NSC secretary-general
actor TWNGOV 2024-05-20.. : Lin Chia-lung | Lin Chia Lung
actor TWNMIL 2018-02-26..2021-02-23 : Yen De-fa | Yen Teh-fa
actor TWNMIL 2021-02-23..2024-05-20 : Chiu Kuo-cheng | Chiu Kuo Cheng
actor TWNMIL 2024-05-20.. : Wellington Koo | Koo Li-hsiung

# ===================================================================== Brazil
actor BRAGOV 1995-01-01..2003-01-01 : Fernando Henrique Cardoso
actor BRAGOV 2003-01-01..2011-01-01 : Luiz Inacio Lula da Silva | Luiz Inácio Lula da Silva | Lula da Silva | Lula
actor BRAGOV 2023-01-01.. : Luiz Inacio Lula da Silva | Luiz Inácio Lula da Silva | Lula da Silva | Lula
actor BRAGOV 2005-06-21..2016-08-31 : Dilma Rousseff | Rousseff | Dilma   # chief of staff, president 2011-2016
actor BRAGOV 2011-01-01..2019-01-01 : Michel Temer | Temer   # vice president, president from 2016-05-12
actor BRAGOV 2019-01-01..2023-01-01 : Jair Bolsonaro | Jair Messias Bolsonaro | Bolsonaro
actor BRAGOV 2001-01-29..2003-01-01 : Celso Lafer
actor BRAGOV 2003-01-01..2011-01-01 : Celso Amorim | Amorim
actor BRAMIL 2011-08-04..2015-01-01 : Celso Amorim | Amorim
actor BRAGOV 2023-01-01.. : Celso Amorim | Amorim   # chief foreign-policy adviser
actor BRAGOV 2011-01-01..2013-08-28 : Antonio Patriota | Antônio Patriota | Patriota
actor BRAGOV 2015-01-01..2016-05-12 : Mauro Vieira
actor BRAGOV 2023-01-01.. : Mauro Vieira
actor BRAGOV 2016-05-12..2017-02-22 : Jose Serra | José Serra
actor BRAGOV 2019-01-01..2021-03-29 : Ernesto Araujo | Ernesto Araújo
actor BRAGOV 2021-04-06..2023-01-01 : Carlos Franca | Carlos França
actor BRAMIL 2007-07-25..2011-08-04 : Nelson Jobim | Jobim
actor BRAMIL 2019-01-01..2021-03-29 : Fernando Azevedo e Silva
actor BRAMIL 2021-03-29..2022-03-31 : Walter Braga Netto | Braga Netto
actor BRAMIL 2023-01-01.. : Jose Mucio | José Múcio | Jose Mucio Monteiro | José Múcio Monteiro

# ===================================================================== Argentina
actor ARGGOV 1999-12-10..2001-12-21 : Fernando de la Rua | Fernando de la Rúa | De la Rua | De la Rúa
actor ARGGOV 2002-01-02..2003-05-25 : Eduardo Duhalde | Duhalde
actor ARGGOV 2003-05-25..2007-12-10 : Nestor Kirchner | Néstor Kirchner
actor ARGGOV 2003-05-25..2015-12-10 : Kirchner
actor ARGGOV 2007-12-10..2015-12-10 : Cristina Fernandez de Kirchner | Cristina Fernández de Kirchner | Cristina Kirchner | Cristina Fernandez | Cristina Fernández
actor ARGGOV 2019-12-10..2023-12-10 : Cristina Fernandez de Kirchner | Cristina Fernández de Kirchner | Cristina Kirchner | Kirchner   # vice president
actor ARGGOV 2015-12-10..2019-12-10 : Mauricio Macri | Macri
actor ARGGOV 2019-12-10..2023-12-10 : Alberto Fernandez | Alberto Fernández
actor ARGGOV 2023-12-10.. : Javier Milei | Milei
actor ARGGOV 2005-12-01..2010-06-18 : Jorge Taiana | Taiana   # approx date
actor ARGMIL 2021-08-10..2023-12-10 : Jorge Taiana | Taiana
actor ARGGOV 2010-06-18..2015-12-10 : Hector Timerman | Héctor Timerman | Timerman
actor ARGGOV 2015-12-10..2017-06-12 : Susana Malcorra | Malcorra
actor ARGGOV 2017-06-12..2019-12-10 : Jorge Faurie | Faurie
actor ARGGOV 2019-12-10..2021-09-20 : Felipe Sola | Felipe Solá
actor ARGGOV 2019-12-10..2023-12-10 : Santiago Cafiero | Cafiero
actor ARGGOV 2023-12-10..2024-10-30 : Diana Mondino | Mondino
actor ARGGOV 2024-10-30..2025-10-22 : Gerardo Werthein | Werthein   # approx date
actor ARGGOV 2025-10-22.. : Pablo Quirno | Quirno   # approx date
actor ARGMIL 2023-12-10..2025-12-10 : Luis Petri   # approx date
actor ARGGOV 2023-12-10..2025-12-10 : Patricia Bullrich | Bullrich   # security minister; approx date

# ===================================================================== Mexico
actor MEXGOV 1994-12-01..2000-12-01 : Ernesto Zedillo | Zedillo
actor MEXGOV 2000-12-01..2006-12-01 : Vicente Fox
actor MEXGOV 2006-12-01..2012-12-01 : Felipe Calderon | Felipe Calderón | Calderon | Calderón
actor MEXGOV 2012-12-01..2018-12-01 : Enrique Pena Nieto | Enrique Peña Nieto | Pena Nieto | Peña Nieto
actor MEXGOV 2000-12-05..2005-07-29 : Andres Manuel Lopez Obrador | Andrés Manuel López Obrador | Lopez Obrador | López Obrador | AMLO   # head of government of Mexico City
actor MEXOPP 2005-07-29..2018-12-01 : Andres Manuel Lopez Obrador | Andrés Manuel López Obrador | Lopez Obrador | López Obrador | AMLO
actor MEXGOV 2018-12-01..2024-10-01 : Andres Manuel Lopez Obrador | Andrés Manuel López Obrador | Lopez Obrador | López Obrador | AMLO
actor MEXGOV 2004-12-01..2010-12-01 : Ulises Ruiz | Ulises Ruiz Ortiz   # governor of Oaxaca
actor MEXGOV 2018-12-05..2023-06-16 : Claudia Sheinbaum | Sheinbaum   # head of government of Mexico City
actor MEXGOV 2024-10-01.. : Claudia Sheinbaum | Claudia Sheinbaum Pardo | Sheinbaum
actor MEXGOV 2000-12-01..2003-01-10 : Jorge Castaneda | Jorge Castañeda
actor MEXGOV 2003-01-10..2006-12-01 : Luis Ernesto Derbez | Derbez
actor MEXGOV 2006-12-01..2012-12-01 : Patricia Espinosa
actor MEXGOV 2012-12-01..2015-08-27 : Jose Antonio Meade | José Antonio Meade
actor MEXGOV 2017-01-04..2018-12-01 : Luis Videgaray | Videgaray
actor MEXGOV 2018-12-01..2023-06-12 : Marcelo Ebrard | Ebrard
actor MEXGOV 2024-10-01.. : Marcelo Ebrard | Ebrard   # economy secretary
actor MEXGOV 2023-07-03..2024-10-01 : Alicia Barcena | Alicia Bárcena
actor MEXGOV 2024-10-01.. : Juan Ramon de la Fuente | Juan Ramón de la Fuente
actor MEXGOV 2024-10-01.. : Omar Garcia Harfuch | Omar García Harfuch | Garcia Harfuch | García Harfuch   # security secretary
actor MEXMIL 2012-12-01..2018-12-01 : Salvador Cienfuegos
actor MEXMIL 2018-12-01..2024-10-01 : Luis Cresencio Sandoval
actor MEXMIL 2024-10-01.. : Ricardo Trevilla Trejo | Ricardo Trevilla
actor MEXCRM : Joaquin Guzman | Joaquín Guzmán | El Chapo | El Chapo Guzman | Joaquin El Chapo Guzman | Ismael Zambada | El Mayo Zambada | El Mayo | Nemesio Oseguera | El Mencho

# ===================================================================== Venezuela
actor VENGOV 1999-02-02..2013-03-05 : Hugo Chavez | Hugo Chávez | Chavez | Chávez
actor VENGOV 2006-08-09..2026-01-03 : Nicolas Maduro | Nicolás Maduro | Maduro   # foreign minister, VP, president from 2013; end date = reported US capture, approx date, verify
actor VENGOV 2014-12-26.. : Delcy Rodriguez | Delcy Rodríguez | Delcy Eloina Rodriguez   # foreign minister, VP from 2018, acting president 2026 (verify)
actor VENGOV 2013-01-15..2014-09-02 : Elias Jaua | Elías Jaua | Jaua
actor VENGOV 2017-08-02..2021-08-20 : Jorge Arreaza | Arreaza
actor VENGOV 2023-04-03.. : Yvan Gil | Yván Gil
actor VENMIL 2014-10-24.. : Vladimir Padrino Lopez | Vladimir Padrino López | Padrino Lopez | Padrino López | Vladimir Padrino
actor VENLEG 2012-01-05..2016-01-05 : Diosdado Cabello | Cabello
actor VENGOV 2024-08-27.. : Diosdado Cabello | Cabello   # interior minister
actor VENOPP : Juan Guaido | Juan Guaidó | Guaido | Guaidó
actor VENOPP : Maria Corina Machado | María Corina Machado
actor VENOPP : Edmundo Gonzalez Urrutia | Edmundo González Urrutia | Edmundo Gonzalez | Edmundo González
actor VENOPP : Leopoldo Lopez | Leopoldo López | Henrique Capriles | Capriles

# ===================================================================== Canada
actor CANGOV 1993-11-04..2003-12-12 : Jean Chretien | Jean Chrétien | Chretien | Chrétien
actor CANGOV 2003-12-12..2006-02-06 : Paul Martin
actor CANGOV 2006-02-06..2015-11-04 : Stephen Harper | Harper
actor CANGOV 2015-11-04..2025-03-14 : Justin Trudeau | Trudeau
actor CANGOV 2025-03-14.. : Mark Carney | Carney
actor CANGOV 2006-02-06..2007-08-14 : Peter MacKay   # foreign minister
actor CANMIL 2007-08-14..2013-07-15 : Peter MacKay
actor CANGOV 2008-10-30..2011-05-18 : Lawrence Cannon
actor CANGOV 2011-05-18..2015-02-03 : John Baird
actor CANGOV 2015-11-04..2017-01-10 : Stephane Dion | Stéphane Dion
actor CANGOV 2017-01-10..2024-12-16 : Chrystia Freeland | Freeland
actor CANGOV 2025-03-14.. : Chrystia Freeland | Freeland   # minister, then envoy for Ukraine
actor CANGOV 2017-01-10.. : Francois-Philippe Champagne | François-Philippe Champagne   # trade, infrastructure, foreign (2019-2021), industry, finance minister
actor CANGOV 2021-01-12..2021-10-26 : Marc Garneau | Garneau
actor CANGOV 2021-10-26.. : Melanie Joly | Mélanie Joly | Joly
actor CANMIL 2021-10-26..2023-07-26 : Anita Anand
actor CANGOV 2023-07-26.. : Anita Anand   # foreign minister from 2025-05-13
actor CANMIL 2004-07-20..2006-02-06 : Bill Graham
actor CANMIL 2006-02-06..2007-08-14 : Gordon O'Connor
actor CANMIL 2015-11-04..2021-10-26 : Harjit Sajjan | Sajjan
actor CANMIL 2023-07-26..2025-05-13 : Bill Blair
actor CANMIL 2025-05-13.. : David McGuinty | McGuinty

# ===================================================================== Other Americas
actor CUBGOV 1959-02-16..2018-04-19 : Castro
actor CUBGOV 1959-02-16..2008-02-24 : Fidel Castro | Fidel
actor CUBMIL 1959-10-16..2006-07-31 : Raul Castro | Raúl Castro
actor CUBGOV 2006-07-31..2021-04-19 : Raul Castro | Raúl Castro   # acting president, president 2008-2018, party first secretary
actor CUBGOV 2018-04-19.. : Miguel Diaz-Canel | Miguel Díaz-Canel | Diaz-Canel | Díaz-Canel
actor CUBGOV 2009-03-02.. : Bruno Rodriguez | Bruno Rodríguez | Bruno Rodriguez Parrilla | Bruno Rodríguez Parrilla
actor COLGOV 2002-08-07..2010-08-07 : Alvaro Uribe | Álvaro Uribe | Uribe
actor COLMIL 2006-07-19..2009-05-18 : Juan Manuel Santos
actor COLGOV 2010-08-07..2018-08-07 : Juan Manuel Santos
actor COLGOV 2018-08-07..2022-08-07 : Ivan Duque | Iván Duque | Duque
actor COLGOV 2022-08-07.. : Gustavo Petro | Petro
actor CHLGOV 2000-03-11..2006-03-11 : Ricardo Lagos
actor CHLGOV 2006-03-11..2010-03-11 : Michelle Bachelet | Bachelet
actor CHLGOV 2014-03-11..2018-03-11 : Michelle Bachelet | Bachelet
actor IGOUNO 2018-09-01..2022-09-01 : Michelle Bachelet | Bachelet   # UN high commissioner for human rights
actor CHLGOV 2010-03-11..2014-03-11 : Sebastian Pinera | Sebastián Piñera | Pinera | Piñera
actor CHLGOV 2018-03-11..2022-03-11 : Sebastian Pinera | Sebastián Piñera | Pinera | Piñera
actor CHLGOV 2022-03-11..2026-03-11 : Gabriel Boric | Boric
actor CHLGOV 2026-03-11.. : Jose Antonio Kast | José Antonio Kast   # president-elect (Dec 2025 run-off); verify
actor BOLGOV 2006-01-22..2019-11-10 : Evo Morales
actor BOLGOV 2020-11-08..2025-11-08 : Luis Arce | Arce
actor BOLGOV 2025-11-08.. : Rodrigo Paz | Rodrigo Paz Pereira   # verify
actor ECUGOV 2007-01-15..2017-05-24 : Rafael Correa
actor ECUGOV 2017-05-24..2021-05-24 : Lenin Moreno | Lenín Moreno
actor ECUGOV 2021-05-24..2023-11-23 : Guillermo Lasso
actor ECUGOV 2023-11-23.. : Daniel Noboa | Noboa
actor PERGOV 1990-07-28..2000-11-22 : Alberto Fujimori | Fujimori
actor PERGOV 2001-07-28..2006-07-28 : Alejandro Toledo
actor PERGOV 2006-07-28..2011-07-28 : Alan Garcia | Alan García
actor PERGOV 2011-07-28..2016-07-28 : Ollanta Humala | Humala
actor PERGOV 2016-07-28..2018-03-23 : Pedro Pablo Kuczynski | Kuczynski
actor PERGOV 2018-03-23..2020-11-10 : Martin Vizcarra | Martín Vizcarra | Vizcarra
actor PERGOV 2021-07-28..2022-12-07 : Pedro Castillo
actor PERGOV 2022-12-07..2025-10-10 : Dina Boluarte | Boluarte
actor PERGOV 2025-10-10.. : Jose Jeri | José Jerí
actor NICGOV 2007-01-10.. : Daniel Ortega
actor NICGOV 2007-01-10.. : Rosario Murillo   # first lady, vice president, co-president
actor SLVGOV 2019-06-01.. : Nayib Bukele | Bukele
actor HTIGOV 2017-02-07..2021-07-07 : Jovenel Moise | Jovenel Moïse | Moise | Moïse
actor HTIGOV 2021-07-20..2024-04-25 : Ariel Henry
actor PANGOV 2009-07-01..2014-07-01 : Ricardo Martinelli | Martinelli
actor PANGOV 2024-07-01.. : Jose Raul Mulino | José Raúl Mulino | Mulino

# ===================================================================== South Africa
actor ZAFGOV 1994-05-10..1999-06-14 : Nelson Mandela | Mandela
actor ZAFGOV 1999-06-14..2008-09-25 : Thabo Mbeki | Mbeki
actor ZAFGOV 2008-09-25..2009-05-09 : Kgalema Motlanthe | Motlanthe
actor ZAFGOV 1999-06-14..2005-06-14 : Jacob Zuma | Zuma   # deputy president
actor ZAFGOV 2009-05-09..2018-02-14 : Jacob Zuma | Zuma
actor ZAFGOV 2014-05-26.. : Cyril Ramaphosa | Ramaphosa   # deputy president, president from 2018-02-15
actor ZAFGOV 1999-06-17..2009-05-10 : Nkosazana Dlamini-Zuma | Nkosazana Dlamini Zuma | Dlamini-Zuma | Dlamini Zuma
actor IGOAFU 2012-10-15..2017-03-14 : Nkosazana Dlamini-Zuma | Nkosazana Dlamini Zuma | Dlamini-Zuma | Dlamini Zuma
actor ZAFGOV 2009-05-10..2018-02-27 : Maite Nkoana-Mashabane | Nkoana-Mashabane
actor ZAFGOV 2004-04-29..2009-05-11 : Lindiwe Sisulu
actor ZAFMIL 2009-05-11..2012-06-12 : Lindiwe Sisulu
actor ZAFGOV 2012-06-12..2023-03-06 : Lindiwe Sisulu   # minister; foreign minister 2018-2019
actor ZAFGOV 2019-05-30..2024-06-19 : Naledi Pandor | Pandor
actor ZAFGOV 2024-07-03.. : Ronald Lamola | Lamola
actor ZAFMIL 1999-06-17..2008-09-25 : Mosiuoa Lekota | Terror Lekota | Lekota
actor ZAFMIL 2012-06-12..2021-08-05 : Nosiviwe Mapisa-Nqakula | Mapisa-Nqakula
actor ZAFMIL 2021-08-05..2024-06-19 : Thandi Modise | Modise
actor ZAFMIL 2024-06-30.. : Angie Motshekga | Motshekga
actor ZAFGOV 2019-05-30.. : Vincent Magwenya | Magwenya   # presidential spokesman; approx date
actor ZAFOPP : Julius Malema | Malema

# ===================================================================== Nigeria
actor NGAGOV 1999-05-29..2007-05-29 : Olusegun Obasanjo | Obasanjo
actor NGAGOV 2007-05-29..2010-05-05 : Umaru Musa Yar'Adua | Umaru Yar'Adua | Yar'Adua | Yar’Adua | Yaradua
actor NGAGOV 2007-05-29..2015-05-29 : Goodluck Jonathan | Goodluck Ebele Jonathan   # vice president, president from 2010-05-06
actor NGAGOV 2015-05-29..2023-05-29 : Muhammadu Buhari | Buhari
actor NGAGOV 2023-05-29.. : Bola Tinubu | Bola Ahmed Tinubu | Tinubu
actor NGAGOV 2015-05-29..2023-05-29 : Yemi Osinbajo | Osinbajo
actor NGAGOV 2023-05-29.. : Kashim Shettima | Shettima
actor NGAGOV 2015-11-11..2023-05-29 : Geoffrey Onyeama | Onyeama
actor NGAGOV 2023-08-21.. : Yusuf Tuggar | Yusuf Maitama Tuggar | Tuggar
actor NGAMIL 2015-11-11..2019-05-29 : Mansur Dan Ali | Mansur Dan-Ali
actor NGAMIL 2019-08-21..2023-05-29 : Bashir Magashi | Magashi
actor NGAMIL 2023-08-21..2025-12-01 : Mohammed Badaru Abubakar | Badaru Abubakar | Badaru   # approx date, verify
actor NGAMIL 2023-06-19.. : Christopher Musa | Christopher Gwabin Musa   # chief of defence staff, defence minister from Dec 2025 (verify)
actor NGAMIL 2015-07-13..2021-01-26 : Tukur Buratai | Buratai
actor NGAGOV 2023-06-01.. : Nuhu Ribadu | Ribadu   # national security adviser; approx date
actor NGAREB : Abubakar Shekau | Shekau | Mohammed Yusuf

# ===================================================================== Ethiopia and the Horn
actor ETHGOV 1995-08-23..2012-08-20 : Meles Zenawi | Meles
actor ETHGOV 2010-10-01..2018-04-02 : Hailemariam Desalegn | Hailemariam   # foreign minister, PM from 2012-08-20; approx date
actor ETHGOV 2018-04-02.. : Abiy Ahmed | Abiy Ahmed Ali | Abiy
actor ETHGOV 2018-10-25..2024-10-07 : Sahle-Work Zewde | Sahle-Work
actor ETHGOV 2024-02-01.. : Taye Atske Selassie | Taye Atske-Selassie   # foreign minister, president from 2024-10-07; approx date
actor ETHGOV 2005-10-01..2016-11-01 : Tedros Adhanom | Tedros Adhanom Ghebreyesus   # health, then foreign minister; approx date
actor IGOUNO 2017-07-01.. : Tedros Adhanom | Tedros Adhanom Ghebreyesus | Tedros   # WHO director-general
actor ETHGOV 2012-01-01..2024-02-01 : Demeke Mekonnen   # deputy PM, foreign minister from 2020; approx date
actor ETHGOV 2024-10-07.. : Gedion Timothewos   # approx date
actor ETHMIL 2021-10-06..2024-10-01 : Abraham Belay   # approx date
actor ETHMIL 2021-11-01.. : Birhanu Jula | Berhanu Jula   # chief of general staff; approx date
actor ETHREB 2020-11-04..2022-11-03 : Debretsion Gebremichael | Debretsion
actor ETHGOV 2023-03-23..2025-04-08 : Getachew Reda   # head of Tigray interim administration; approx date
actor ERIGOV 1993-05-24.. : Isaias Afwerki | Isaias Afewerki | Isaias
actor SOMGOV 2004-10-14..2008-12-29 : Abdullahi Yusuf Ahmed | Abdullahi Yusuf
actor SOMGOV 2009-01-31..2012-08-20 : Sharif Sheikh Ahmed
actor SOMGOV 2012-09-16..2017-02-16 : Hassan Sheikh Mohamud | Hassan Sheikh
actor SOMGOV 2022-05-23.. : Hassan Sheikh Mohamud | Hassan Sheikh
actor SOMGOV 2017-02-16..2022-05-23 : Mohamed Abdullahi Mohamed | Mohamed Abdullahi Farmajo | Farmajo | Farmaajo

# ===================================================================== Sudan and South Sudan
actor SDNGOV 1989-06-30..2019-04-11 : Omar al-Bashir | Omar Hassan al-Bashir | Omar el-Bashir | Omar Bashir | al-Bashir | Omar El Bashir | Omar Hassan Ahmad al-Bashir | Omer al-Bashir | Omer Hassan al-Bashir | Omer al-Beshir
actor SDNGOV 2019-04-12.. : Abdel Fattah al-Burhan | Abdel-Fattah al-Burhan | Abdel Fattah Burhan | al-Burhan | Burhan
actor SDNMIL 2013-08-01..2019-04-12 : Mohamed Hamdan Dagalo | Mohamed Hamdan Daglo | Hemedti | Hemeti | Dagalo | Daglo   # RSF commander; approx date
actor SDNGOV 2019-04-12..2023-04-15 : Mohamed Hamdan Dagalo | Mohamed Hamdan Daglo | Hemedti | Hemeti | Dagalo | Daglo   # deputy head of the military, then Sovereignty Council
actor SDNREB 2023-04-15.. : Mohamed Hamdan Dagalo | Mohamed Hamdan Daglo | Hemedti | Hemeti | Dagalo | Daglo
actor SDNGOV 2019-08-21..2022-01-03 : Abdalla Hamdok | Abdallah Hamdok | Hamdok
actor SDNOPP 2022-01-03.. : Abdalla Hamdok | Abdallah Hamdok | Hamdok
actor SDNGOV 2025-05-19.. : Kamil Idris | Kamil Eltayeb Idris
actor SDNGOV 2015-06-01..2018-04-19 : Ibrahim Ghandour | Ghandour   # approx date
actor SDNGOV 2021-02-08..2021-11-01 : Mariam al-Mahdi | Mariam al-Sadiq al-Mahdi   # approx date
actor SDNREB ..2005-07-09 : John Garang | John Garang de Mabior | Garang
actor SSDGOV 2011-07-09.. : Salva Kiir | Salva Kiir Mayardit | Kiir
actor SSDGOV 2011-07-09..2013-07-23 : Riek Machar | Machar
actor SSDREB 2013-12-15..2020-02-22 : Riek Machar | Machar
actor SSDGOV 2020-02-22..2025-03-26 : Riek Machar | Machar   # first vice president (detained 2025)

# ===================================================================== Kenya and East/Central Africa
actor KENGOV 1978-08-22..2002-12-30 : Daniel arap Moi
actor KENGOV 2002-12-30..2013-04-09 : Mwai Kibaki | Kibaki
actor KENGOV 2008-04-17..2013-04-09 : Uhuru Kenyatta   # deputy PM
actor KENGOV 2013-04-09..2022-09-13 : Uhuru Kenyatta | Kenyatta
actor KENGOV 2013-04-09.. : William Ruto | Ruto   # deputy president, president from 2022-09-13
actor KENGOV 2003-01-03..2005-11-23 : Raila Odinga | Odinga   # minister; approx date
actor KENOPP 2005-11-23..2008-04-17 : Raila Odinga | Odinga
actor KENGOV 2008-04-17..2013-04-09 : Raila Odinga | Odinga
actor KENOPP 2013-04-09..2025-10-15 : Raila Odinga | Odinga
actor KENGOV 2013-05-15..2018-01-26 : Amina Mohamed   # foreign minister
actor KENMIL 2013-05-15..2020-03-02 : Raychelle Omamo | Omamo
actor KENGOV 2020-03-02..2022-10-27 : Raychelle Omamo | Omamo
actor KENGOV 2018-01-26..2020-03-02 : Monica Juma
actor KENMIL 2020-03-02..2022-10-27 : Monica Juma
actor KENGOV 2022-10-27..2023-10-04 : Alfred Mutua
actor KENGOV 2022-10-27.. : Musalia Mudavadi | Mudavadi
actor KENMIL 2022-10-27..2024-07-11 : Aden Duale | Duale
actor KENGOV 2024-07-11.. : Aden Duale | Duale   # environment, then health minister
actor UGAGOV 1986-01-29.. : Yoweri Museveni | Museveni
actor UGAMIL 2014-01-01.. : Muhoozi Kainerugaba | Muhoozi   # commander, chief of defence forces from 2024; approx date
actor RWAGOV 1994-07-19.. : Paul Kagame | Kagame   # vice president and defence minister, president from 2000
actor CODGOV 1997-05-17..2001-01-16 : Laurent-Desire Kabila | Laurent-Désiré Kabila | Laurent Kabila
actor CODGOV 1997-05-17..2019-01-24 : Kabila
actor CODGOV 2001-01-17..2019-01-24 : Joseph Kabila
actor CODGOV 2019-01-24.. : Felix Tshisekedi | Félix Tshisekedi | Tshisekedi
actor CODREB : Corneille Nangaa | Sultani Makenga | Bertrand Bisimwa   # AFC/M23 leaders
actor ZWEGOV 1980-04-18..2017-11-21 : Robert Mugabe | Mugabe
actor ZWEGOV 2017-11-24.. : Emmerson Mnangagwa | Mnangagwa
actor ZWEOPP : Morgan Tsvangirai | Tsvangirai | Nelson Chamisa | Chamisa

# ===================================================================== Belarus
actor BLRGOV 1994-07-20.. : Alexander Lukashenko | Aleksandr Lukashenko | Alyaksandr Lukashenka | Alexander Lukashenka | Lukashenko | Lukashenka
actor BLRGOV 2003-03-03..2012-08-20 : Sergei Martynov | Sergey Martynov
actor BLRGOV 2012-08-20..2022-11-26 : Vladimir Makei | Uladzimir Makei | Makei
actor BLRGOV 2022-12-06..2024-04-23 : Sergei Aleinik | Sergei Aleynik | Aleinik
actor BLRGOV 2024-04-23.. : Maxim Ryzhenkov | Maksim Ryzhenkov | Ryzhenkov
actor BLRGOV 2020-06-04..2025-04-10 : Roman Golovchenko | Golovchenko   # approx date
actor BLRMIL 2014-11-25..2020-01-20 : Andrei Ravkov | Ravkov
actor BLRMIL 2020-01-20.. : Viktor Khrenin | Khrenin
actor BLROPP : Sviatlana Tsikhanouskaya | Svetlana Tikhanovskaya | Svetlana Tsikhanouskaya | Tsikhanouskaya | Tikhanovskaya
actor BLROPP : Maria Kalesnikava | Maria Kolesnikova | Viktor Babariko | Viktar Babaryka | Ales Bialiatski

# ===================================================================== Hungary
actor HUNGOV 1998-07-06..2002-05-27 : Viktor Orban | Viktor Orbán | Orban | Orbán
actor HUNOPP 2002-05-27..2010-05-29 : Viktor Orban | Viktor Orbán | Orban | Orbán
actor HUNGOV 2010-05-29.. : Viktor Orban | Viktor Orbán | Orban | Orbán
actor HUNGOV 2002-05-27..2004-09-29 : Peter Medgyessy | Péter Medgyessy | Medgyessy
actor HUNGOV 2004-09-29..2009-04-14 : Ferenc Gyurcsany | Ferenc Gyurcsány | Gyurcsany | Gyurcsány
actor HUNGOV 2009-04-14..2010-05-29 : Gordon Bajnai | Bajnai
actor HUNGOV 2012-05-10..2022-05-10 : Janos Ader | János Áder | Ader | Áder
actor HUNGOV 2022-05-10..2024-02-26 : Katalin Novak | Katalin Novák
actor HUNGOV 2024-03-05.. : Tamas Sulyok | Tamás Sulyok | Sulyok
actor HUNGOV 2010-06-02..2014-06-06 : Janos Martonyi | János Martonyi | Martonyi
actor HUNGOV 2014-09-23.. : Peter Szijjarto | Péter Szijjártó | Szijjarto | Szijjártó
actor HUNMIL 2010-06-02..2015-09-10 : Csaba Hende | Hende
actor HUNMIL 2015-09-10..2018-05-18 : Istvan Simicsko | István Simicskó | Simicsko | Simicskó
actor HUNMIL 2018-05-18..2022-05-24 : Tibor Benko | Tibor Benkő | Benko | Benkő
actor HUNMIL 2022-05-24.. : Kristof Szalay-Bobrovniczky | Kristóf Szalay-Bobrovniczky | Szalay-Bobrovniczky
actor HUNOPP 2024-02-01.. : Peter Magyar | Péter Magyar   # approx date

# ===================================================================== Georgia
actor GEOGOV 1992-03-10..2003-11-23 : Eduard Shevardnadze | Shevardnadze
actor GEOLEG 2001-11-09..2008-06-07 : Nino Burjanadze | Burjanadze   # speaker, acting president 2003-2004
actor GEOGOV 2004-01-25..2013-11-17 : Mikheil Saakashvili | Mikhail Saakashvili | Saakashvili
actor UKRGOV 2015-05-30..2016-11-07 : Mikheil Saakashvili | Mikhail Saakashvili | Saakashvili   # governor of Odesa
actor GEOOPP 2021-10-01.. : Mikheil Saakashvili | Mikhail Saakashvili | Saakashvili
actor GEOGOV 2004-02-17..2005-02-03 : Zurab Zhvania | Zhvania
actor GEOGOV 2009-02-06..2012-07-04 : Nika Gilauri | Gilauri
actor GEOGOV 2012-07-04..2012-10-25 : Vano Merabishvili | Merabishvili
actor GEOGOV 2012-10-25..2013-11-20 : Bidzina Ivanishvili | Ivanishvili
actor GEOPTY 2013-11-20.. : Bidzina Ivanishvili | Ivanishvili   # Georgian Dream founder and chairman
actor GEOGOV 2013-11-17..2018-12-16 : Giorgi Margvelashvili | Margvelashvili
actor GEOGOV 2004-03-18..2005-10-19 : Salome Zourabichvili | Salome Zurabishvili   # foreign minister
actor GEOGOV 2018-12-16..2024-12-29 : Salome Zourabichvili | Salome Zurabishvili | Zourabichvili | Zurabishvili
actor GEOOPP 2024-12-29.. : Salome Zourabichvili | Salome Zurabishvili | Zourabichvili | Zurabishvili
actor GEOGOV 2024-12-29.. : Mikheil Kavelashvili | Mikhail Kavelashvili | Kavelashvili
actor GEOGOV 2013-11-20..2015-12-30 : Irakli Garibashvili | Irakli Gharibashvili | Garibashvili | Gharibashvili
actor GEOMIL 2019-09-08..2021-02-22 : Irakli Garibashvili | Irakli Gharibashvili | Garibashvili | Gharibashvili
actor GEOGOV 2021-02-22..2024-02-08 : Irakli Garibashvili | Irakli Gharibashvili | Garibashvili | Gharibashvili
actor GEOGOV 2015-12-30..2018-06-20 : Giorgi Kvirikashvili | Kvirikashvili
actor GEOGOV 2018-06-20..2019-09-08 : Mamuka Bakhtadze | Bakhtadze
actor GEOGOV 2019-09-08..2021-02-18 : Giorgi Gakharia | Gakharia
actor GEOGOV 2024-02-08.. : Irakli Kobakhidze | Kobakhidze
actor GEOGOV 2008-12-05..2012-10-25 : Grigol Vashadze | Vashadze
actor GEOGOV 2018-06-21..2022-03-07 : David Zalkaliani | Zalkaliani
actor GEOGOV 2022-03-07..2024-12-01 : Ilia Darchiashvili | Darchiashvili   # approx date
actor GEOGOV 2024-12-01.. : Maka Botchorishvili | Botchorishvili   # approx date
actor GEOMIL 2004-12-01..2006-11-01 : Irakli Okruashvili | Okruashvili   # approx date
actor GEOMIL 2006-11-01..2008-12-05 : Davit Kezerashvili | David Kezerashvili | Kezerashvili   # approx date
actor GEOMIL 2012-10-25..2014-11-04 : Irakli Alasania | Alasania

# ===================================================================== Armenia
actor ARMGOV 1998-02-04..2008-04-09 : Robert Kocharyan | Robert Kocharian | Kocharyan | Kocharian
actor ARMMIL 2000-05-20..2007-04-04 : Serzh Sargsyan | Serzh Sarkisian | Serzh Sarkissian | Sargsyan | Sarkisian
actor ARMGOV 2007-04-04..2018-04-23 : Serzh Sargsyan | Serzh Sarkisian | Serzh Sarkissian | Sargsyan | Sarkisian | Sarkissian
actor ARMGOV 2018-04-09..2022-02-01 : Armen Sarkissian | Armen Sargsyan | Sarkissian
actor ARMGOV 2022-03-13.. : Vahagn Khachaturyan | Vahagn Khachaturian
actor ARMOPP ..2018-05-08 : Nikol Pashinyan | Nikol Pashinian | Pashinyan | Pashinian
actor ARMGOV 2018-05-08.. : Nikol Pashinyan | Nikol Pashinian | Pashinyan | Pashinian
actor ARMGOV 1998-04-01..2008-04-21 : Vartan Oskanian | Oskanian   # approx date
actor ARMGOV 2008-04-21..2018-05-12 : Edward Nalbandian | Edward Nalbandyan | Nalbandian | Nalbandyan
actor ARMGOV 2018-05-12..2020-11-16 : Zohrab Mnatsakanyan | Mnatsakanyan
actor ARMGOV 2020-11-18..2021-06-01 : Ara Aivazian | Ara Ayvazyan   # approx date
actor ARMGOV 2021-08-19.. : Ararat Mirzoyan | Mirzoyan
actor ARMMIL 2008-04-21..2016-10-03 : Seyran Ohanyan | Ohanyan   # approx date
actor ARMMIL 2016-10-03..2018-05-11 : Vigen Sargsyan
actor ARMMIL 2018-05-11..2020-11-20 : David Tonoyan | Davit Tonoyan | Tonoyan
actor ARMMIL 2021-11-15.. : Suren Papikyan | Papikyan

# ===================================================================== Azerbaijan
actor AZEGOV 1993-06-15..2003-10-31 : Heydar Aliyev | Heydar Aliev | Aliyev
actor AZEGOV 2003-08-04.. : Ilham Aliyev | Ilham Aliev | Aliyev | Aliev
actor AZEGOV 2017-02-21.. : Mehriban Aliyeva
actor AZEGOV 2004-04-02..2020-07-16 : Elmar Mammadyarov | Elmar Mamedyarov | Mammadyarov | Mamedyarov
actor AZEGOV 2020-07-16.. : Jeyhun Bayramov | Bayramov
actor AZEGOV 2018-01-01.. : Hikmet Hajiyev | Hikmat Hajiyev | Hajiyev   # foreign-policy aide; approx date
actor AZEMIL 1995-02-06..2013-10-22 : Safar Abiyev | Abiyev
actor AZEMIL 2013-10-22.. : Zakir Hasanov
actor AZEGOV 2019-10-08.. : Ali Asadov | Asadov

# ===================================================================== Kazakhstan and Central Asia
actor KAZGOV 1990-04-24..2022-01-05 : Nursultan Nazarbayev | Nursultan Nazarbaev | Nazarbayev | Nazarbaev   # president to 2019-03-20, then Security Council chairman
actor KAZGOV 1999-10-01..2007-01-11 : Kassym-Jomart Tokayev | Kassym-Zhomart Tokayev | Tokayev | Tokaev   # PM, foreign minister; approx date
actor KAZLEG 2007-01-11..2011-03-12 : Kassym-Jomart Tokayev | Kassym-Zhomart Tokayev | Tokayev | Tokaev
actor IGOUNO 2011-03-12..2013-10-16 : Kassym-Jomart Tokayev | Kassym-Zhomart Tokayev | Tokayev | Tokaev   # UN Office at Geneva
actor KAZLEG 2013-10-16..2019-03-20 : Kassym-Jomart Tokayev | Kassym-Zhomart Tokayev | Tokayev | Tokaev
actor KAZGOV 2019-03-20.. : Kassym-Jomart Tokayev | Kassym-Zhomart Tokayev | Tokayev | Tokaev
actor KAZGOV 2012-09-01..2016-12-28 : Erlan Idrissov | Yerlan Idrissov | Idrissov   # approx date
actor KAZGOV 2019-06-01..2023-04-01 : Mukhtar Tileuberdi | Tileuberdi   # approx date
actor KAZGOV 2023-04-01..2025-09-01 : Murat Nurtleu | Nurtleu   # approx date
actor UZBGOV 2016-09-08.. : Shavkat Mirziyoyev | Mirziyoyev
actor UZBGOV 1990-03-24..2016-09-02 : Islam Karimov | Karimov
actor KGZGOV 2021-01-28.. : Sadyr Japarov | Sadyr Zhaparov | Japarov
actor TJKGOV 1994-11-16.. : Emomali Rahmon | Emomali Rakhmonov | Rahmon
actor TKMGOV 2006-12-21..2022-03-19 : Gurbanguly Berdimuhamedov | Gurbanguly Berdymukhamedov
actor TKMGOV 2022-03-19.. : Serdar Berdimuhamedov | Serdar Berdymukhamedov

# ===================================================================== Australia
actor AUSGOV 1996-03-11..2007-12-03 : John Howard
actor AUSGOV 2007-12-03..2010-06-24 : Kevin Rudd | Rudd
actor AUSGOV 2010-09-14..2012-02-22 : Kevin Rudd | Rudd   # foreign minister
actor AUSGOV 2013-06-27..2013-09-18 : Kevin Rudd | Rudd
actor AUSGOV 2023-03-20..2025-03-31 : Kevin Rudd | Rudd   # ambassador to the US; approx date
actor AUSGOV 2010-06-24..2013-06-27 : Julia Gillard | Gillard
actor AUSGOV 2013-09-18..2015-09-15 : Tony Abbott
actor AUSGOV 2015-09-15..2018-08-24 : Malcolm Turnbull | Turnbull
actor AUSGOV 2018-08-24..2022-05-23 : Scott Morrison
actor AUSGOV 2022-05-23.. : Anthony Albanese | Albanese
actor AUSGOV 1996-03-11..2007-12-03 : Alexander Downer
actor AUSGOV 2007-12-03..2010-09-14 : Stephen Smith   # foreign minister
actor AUSMIL 2010-09-14..2013-09-18 : Stephen Smith
actor AUSGOV 2012-03-13..2013-09-18 : Bob Carr
actor AUSGOV 2013-09-18..2018-08-28 : Julie Bishop
actor AUSMIL 2015-09-21..2018-08-28 : Marise Payne
actor AUSGOV 2018-08-28..2022-05-23 : Marise Payne
actor AUSGOV 2022-05-23.. : Penny Wong
actor AUSMIL 2001-11-26..2006-01-27 : Robert Hill
actor AUSMIL 2006-01-27..2007-12-03 : Brendan Nelson
actor AUSMIL 2007-12-03..2009-06-09 : Joel Fitzgibbon | Fitzgibbon
actor AUSMIL 2018-08-28..2019-05-29 : Christopher Pyne | Pyne
actor AUSMIL 2019-05-29..2021-03-30 : Linda Reynolds
actor AUSGOV 2014-12-23..2021-03-30 : Peter Dutton | Dutton   # immigration, home affairs minister
actor AUSMIL 2021-03-30..2022-05-23 : Peter Dutton | Dutton
actor AUSOPP 2022-05-30..2025-05-03 : Peter Dutton | Dutton
actor AUSMIL 2022-05-23.. : Richard Marles | Marles

# ===================================================================== Other Europe: heads of state and government
actor NLDGOV 2002-07-22..2010-10-14 : Jan Peter Balkenende | Balkenende
actor NLDGOV 2010-10-14..2024-07-02 : Mark Rutte | Rutte
actor NLDGOV 2024-07-02.. : Dick Schoof | Schoof
actor BELGOV 1999-07-12..2008-03-20 : Guy Verhofstadt
actor BELGOV 2011-12-06..2014-10-11 : Elio Di Rupo | Di Rupo
actor BELGOV 2014-10-11..2019-10-27 : Charles Michel
actor BELGOV 2020-10-01..2025-02-03 : Alexander De Croo | De Croo
actor BELGOV 2025-02-03.. : Bart De Wever | De Wever
actor SWEGOV 2006-10-06..2014-10-03 : Fredrik Reinfeldt | Reinfeldt
actor SWEGOV 2006-10-06..2014-10-03 : Carl Bildt | Bildt   # foreign minister
actor SWEGOV 2014-10-03..2021-11-30 : Stefan Lofven | Stefan Löfven | Lofven | Löfven
actor SWEGOV 2021-11-30..2022-10-18 : Magdalena Andersson
actor SWEGOV 2022-10-18.. : Ulf Kristersson | Kristersson
actor FINGOV 2000-03-01..2012-03-01 : Tarja Halonen | Halonen
actor FINGOV 2012-03-01..2024-03-01 : Sauli Niinisto | Sauli Niinistö | Niinisto | Niinistö
actor FINGOV 2024-03-01.. : Alexander Stubb | Stubb
actor FINGOV 2019-12-10..2023-06-20 : Sanna Marin
actor FINGOV 2023-06-20.. : Petteri Orpo | Orpo
actor NORGOV 2000-03-17..2001-10-19 : Jens Stoltenberg | Stoltenberg
actor NORGOV 2005-10-17..2013-10-16 : Jens Stoltenberg | Stoltenberg
actor IGONAT 2014-10-01..2024-10-01 : Jens Stoltenberg | Stoltenberg
actor NORGOV 2025-02-04.. : Jens Stoltenberg | Stoltenberg   # finance minister
actor NORGOV 2013-10-16..2021-10-14 : Erna Solberg | Solberg
actor NORGOV 2005-10-17..2013-10-16 : Jonas Gahr Store | Jonas Gahr Støre   # foreign, then health minister
actor NORGOV 2021-10-14.. : Jonas Gahr Store | Jonas Gahr Støre | Gahr Store | Gahr Støre
actor DNKGOV 2001-11-27..2009-04-05 : Anders Fogh Rasmussen | Fogh Rasmussen
actor IGONAT 2009-08-01..2014-10-01 : Anders Fogh Rasmussen | Fogh Rasmussen
actor DNKGOV 2009-04-05..2011-10-03 : Lars Lokke Rasmussen | Lars Løkke Rasmussen | Lokke Rasmussen | Løkke Rasmussen
actor DNKGOV 2015-06-28..2019-06-27 : Lars Lokke Rasmussen | Lars Løkke Rasmussen | Lokke Rasmussen | Løkke Rasmussen
actor DNKGOV 2022-12-15.. : Lars Lokke Rasmussen | Lars Løkke Rasmussen | Lokke Rasmussen | Løkke Rasmussen
actor DNKGOV 2011-10-03..2015-06-28 : Helle Thorning-Schmidt | Thorning-Schmidt
actor DNKGOV 2019-06-27.. : Mette Frederiksen | Frederiksen
actor GRCGOV 2004-03-10..2009-10-06 : Kostas Karamanlis | Costas Karamanlis | Karamanlis
actor GRCGOV 2009-10-06..2011-11-11 : George Papandreou | Giorgos Papandreou
actor GRCGOV 2012-06-20..2015-01-26 : Antonis Samaras | Samaras
actor GRCGOV 2015-01-26..2019-07-08 : Alexis Tsipras | Tsipras
actor GRCGOV 2019-07-08.. : Kyriakos Mitsotakis | Mitsotakis
actor SRBGOV 1989-05-08..2000-10-07 : Slobodan Milosevic | Slobodan Milošević | Milosevic | Milošević
actor SRBGOV 2000-10-07..2008-07-07 : Vojislav Kostunica | Vojislav Koštunica | Kostunica | Koštunica
actor SRBGOV 2001-01-25..2003-03-12 : Zoran Djindjic | Zoran Đinđić | Djindjic | Đinđić
actor SRBGOV 2004-07-11..2012-04-05 : Boris Tadic | Boris Tadić | Tadic | Tadić
actor SRBGOV 2012-05-31..2017-05-31 : Tomislav Nikolic | Tomislav Nikolić
actor SRBGOV 2012-07-27.. : Aleksandar Vucic | Aleksandar Vučić | Vucic | Vučić   # defence minister 2012-2013, PM 2014-2017, president from 2017
actor MDAGOV 2016-12-23..2020-12-24 : Igor Dodon | Dodon
actor MDAGOV 2019-06-08..2019-11-14 : Maia Sandu
actor MDAGOV 2020-12-24.. : Maia Sandu | Sandu
actor CZEGOV ..2003-02-02 : Vaclav Havel | Václav Havel | Havel
actor CZEGOV 2003-03-07..2013-03-07 : Vaclav Klaus | Václav Klaus
actor CZEGOV 2013-03-08..2023-03-09 : Milos Zeman | Miloš Zeman | Zeman
actor CZEGOV 2023-03-09.. : Petr Pavel
actor CZEGOV 2017-12-06..2021-12-17 : Andrej Babis | Andrej Babiš | Babis | Babiš
actor CZEGOV 2025-12-09.. : Andrej Babis | Andrej Babiš | Babis | Babiš   # approx date
actor CZEGOV 2021-11-28..2025-12-09 : Petr Fiala | Fiala   # approx date
actor SVKGOV 2006-07-04..2010-07-08 : Robert Fico | Fico
actor SVKGOV 2012-04-04..2018-03-22 : Robert Fico | Fico
actor SVKGOV 2023-10-25.. : Robert Fico | Fico
actor SVKGOV 2018-03-22..2020-03-21 : Peter Pellegrini | Pellegrini
actor SVKGOV 2024-06-15.. : Peter Pellegrini | Pellegrini
actor SVKGOV 2019-06-15..2024-06-15 : Zuzana Caputova | Zuzana Čaputová | Caputova | Čaputová
actor AUTGOV 2013-12-16..2021-10-11 : Sebastian Kurz | Kurz   # foreign minister, chancellor 2017-2019, 2020-2021
actor AUTGOV 2021-12-06..2025-03-03 : Karl Nehammer | Nehammer
actor AUTGOV 2025-03-03.. : Christian Stocker
actor AUTGOV 2017-01-26.. : Alexander Van der Bellen | Van der Bellen
actor ROUGOV 2014-12-21..2025-02-12 : Klaus Iohannis | Iohannis
actor ROUGOV 2025-05-26.. : Nicusor Dan | Nicușor Dan
actor LTUGOV 2009-07-12..2019-07-12 : Dalia Grybauskaite | Dalia Grybauskaitė | Grybauskaite | Grybauskaitė
actor LTUGOV 2019-07-12.. : Gitanas Nauseda | Gitanas Nausėda | Nauseda | Nausėda
actor ESTGOV 2021-01-26..2024-07-23 : Kaja Kallas | Kallas
actor IGOEEC 2024-12-01.. : Kaja Kallas | Kallas   # EU foreign-policy chief
actor IRLGOV 2020-06-27.. : Micheal Martin | Micheál Martin   # Taoiseach, Tanaiste and foreign minister 2022-2025, Taoiseach from 2025-01-23
actor CHEGOV 2017-11-01.. : Ignazio Cassis | Cassis   # foreign minister (start date corrected from 2024-01-01)
actor VATREL 2013-03-13..2025-04-21 : Pope Francis
actor VATREL 2005-04-19..2013-02-28 : Pope Benedict | Pope Benedict XVI | Benedict XVI
actor VATREL ..2005-04-02 : Pope John Paul II | John Paul II
actor VATREL 2025-05-08.. : Pope Leo XIV | Pope Leo | Leo XIV
# the office whoever holds it: "the pope" is the Holy See's, not of the country he visits
# (not "pontiff", also a Hindu Shankaracharya's title)
actor VATREL : pope
actor VATREL 2013-10-15.. : Pietro Parolin | Cardinal Parolin | Parolin   # secretary of state

# ===================================================================== Other Asia
actor PHLGOV 2001-01-20..2010-06-30 : Gloria Macapagal Arroyo | Gloria Arroyo | Macapagal-Arroyo
actor PHLGOV 2010-06-30..2016-06-30 : Benigno Aquino | Benigno Aquino III | Noynoy Aquino
actor PHLGOV 2016-06-30..2022-06-30 : Rodrigo Duterte | Duterte
actor PHLGOV 2022-06-30.. : Sara Duterte | Duterte   # vice president
actor PHLGOV 2022-06-30.. : Ferdinand Marcos Jr. | Ferdinand Marcos Jr | Bongbong Marcos | Marcos
actor MMRGOV 1992-04-23..2011-03-30 : Than Shwe
actor MMRGOV 2011-03-30..2016-03-30 : Thein Sein
actor MMROPP ..2016-04-06 : Aung San Suu Kyi | Suu Kyi
actor MMRGOV 2016-04-06..2021-02-01 : Aung San Suu Kyi | Suu Kyi
actor MMROPP 2021-02-01.. : Aung San Suu Kyi | Suu Kyi
actor MMRGOV 2018-03-30..2021-02-01 : Win Myint
actor MMRMIL 2011-03-30..2021-02-01 : Min Aung Hlaing
actor MMRGOV 2021-02-01.. : Min Aung Hlaing
actor IDNGOV 2001-07-23..2004-10-20 : Megawati Sukarnoputri | Megawati
actor IDNGOV 2004-10-20..2014-10-20 : Susilo Bambang Yudhoyono | Yudhoyono
actor IDNGOV 2014-10-20..2024-10-20 : Joko Widodo | Jokowi | Widodo
actor IDNMIL 2019-10-23..2024-10-20 : Prabowo Subianto | Prabowo
actor IDNGOV 2024-10-20.. : Prabowo Subianto | Prabowo
actor IDNGOV 2014-10-27..2024-10-20 : Retno Marsudi | Retno
actor THAGOV 2001-02-09..2006-09-19 : Thaksin Shinawatra | Thaksin
actor THAGOV 2008-12-17..2011-08-05 : Abhisit Vejjajiva | Abhisit
actor THAGOV 2011-08-05..2014-05-07 : Yingluck Shinawatra | Yingluck
actor THAGOV 2014-05-22..2023-08-22 : Prayut Chan-o-cha | Prayuth Chan-ocha | Prayut Chan-ocha | Prayut | Prayuth
actor THAGOV 2023-08-22..2024-08-14 : Srettha Thavisin | Srettha
actor THAGOV 2024-08-16..2025-08-29 : Paetongtarn Shinawatra | Paetongtarn
actor THAGOV 2025-09-07.. : Anutin Charnvirakul | Anutin
actor BGDGOV 2009-01-06..2024-08-05 : Sheikh Hasina | Sheikh Hasina Wajed | Hasina
actor BGDGOV 2024-08-08.. : Muhammad Yunus | Yunus   # chief adviser
actor LKAGOV 2005-11-19..2015-01-09 : Mahinda Rajapaksa | Mahinda Rajapakse
actor LKAGOV 2019-11-18..2022-07-14 : Gotabaya Rajapaksa | Gotabaya Rajapakse
actor LKAGOV 2024-09-23.. : Anura Kumara Dissanayake | Anura Kumara Dissanayaka
actor SGPGOV 2004-08-12..2024-05-15 : Lee Hsien Loong
actor SGPGOV 2024-05-15.. : Lawrence Wong
actor MYSGOV 2022-11-24.. : Anwar Ibrahim
actor MYSGOV 1981-07-16..2003-10-31 : Mahathir Mohamad | Mahathir
actor MYSGOV 2018-05-10..2020-03-01 : Mahathir Mohamad | Mahathir
actor VNMGOV 2011-01-19..2024-07-19 : Nguyen Phu Trong
actor VNMGOV 2024-08-03.. : To Lam | Tô Lâm
actor NPLGOV 2024-07-15..2025-09-12 : K.P. Sharma Oli | KP Sharma Oli
actor MNGGOV 2021-06-25.. : Ukhnaagiin Khurelsukh | Khurelsukh

# ===================================================================== IGO leaders
# United Nations and agencies
actor IGOUNO 1997-01-01..2007-01-01 : Kofi Annan | Annan
actor PRTGOV 1995-10-28..2002-04-06 : Antonio Guterres | António Guterres | Guterres
actor IGOUNO 2005-06-15..2016-01-01 : Antonio Guterres | António Guterres | Guterres   # UN refugee agency
actor IGOUNO 2017-01-01.. : Antonio Guterres | António Guterres | Guterres
actor IGOUNO 2014-03-01.. : Stephane Dujarric | Stéphane Dujarric | Dujarric   # spokesman; approx date
actor IGOUNO 2020-01-01.. : Farhan Haq   # deputy spokesman; approx date
actor IGOUNO 2016-01-01..2026-01-01 : Filippo Grandi   # UNHCR
actor IGOUNO 2020-04-01.. : Philippe Lazzarini | Lazzarini   # UNRWA
actor IGOUNO 2021-07-19..2024-06-30 : Martin Griffiths   # relief chief; approx date
actor IGOUNO 2018-03-11..2021-07-19 : Martin Griffiths   # Yemen envoy; approx date
actor IGOUNO 2024-11-18.. : Tom Fletcher   # relief chief
actor IGOUNO 2022-10-17.. : Volker Turk | Volker Türk   # human rights chief
actor IGOUNO 2014-09-01..2018-09-01 : Zeid Ra'ad al-Hussein | Zeid Ra'ad Al Hussein | Zeid al-Hussein   # approx date
actor IGOUNO 2008-09-01..2014-09-01 : Navi Pillay | Navanethem Pillay   # approx date
actor IGOUNO 2023-04-05.. : Cindy McCain   # World Food Programme
actor IGOUNO 2017-04-04..2023-04-05 : David Beasley | Beasley   # World Food Programme
actor IGOUNO 2022-02-01.. : Catherine Russell   # UNICEF
actor IGOUNO 2022-05-01.. : Francesca Albanese   # special rapporteur; approx date
actor IGOUNO 2014-07-10..2019-01-07 : Staffan de Mistura | de Mistura
actor IGOUNO 2021-11-01.. : Staffan de Mistura | de Mistura   # Western Sahara envoy; approx date
actor IGOUNO 2019-01-07..2025-10-01 : Geir Pedersen | Geir O. Pedersen   # Syria envoy; approx date
actor IGOUNO 2021-09-05.. : Hans Grundberg | Grundberg   # Yemen envoy
actor IGOUNO 2012-08-17..2014-05-31 : Lakhdar Brahimi | Brahimi
actor IGOUNO 2012-02-23..2012-08-31 : Kofi Annan | Annan   # Syria envoy
actor IGOUNO 2022-01-01.. : Rosemary DiCarlo | DiCarlo   # political affairs chief; approx date
# Atomic energy agency
actor IGOIAE 2009-12-01..2019-07-22 : Yukiya Amano | Amano
actor IGOIAE 2019-12-03.. : Rafael Grossi | Rafael Mariano Grossi | Grossi
# NATO
actor IGONAT 1999-10-14..2004-01-01 : George Robertson | Lord Robertson
actor IGONAT 2004-01-01..2009-08-01 : Jaap de Hoop Scheffer | de Hoop Scheffer
actor IGONAT 2024-10-01.. : Mark Rutte | Rutte
# European Union
actor IGOEEC 1999-10-18..2009-12-01 : Javier Solana | Solana
actor IGOEEC 2004-11-22..2014-11-01 : Jose Manuel Barroso | José Manuel Barroso | Jose Manuel Durao Barroso | José Manuel Durão Barroso | Barroso
actor PRTGOV 2002-04-06..2004-07-17 : Jose Manuel Barroso | José Manuel Barroso | Jose Manuel Durao Barroso | José Manuel Durão Barroso | Durao Barroso
actor IGOEEC 2009-12-01..2014-11-01 : Catherine Ashton | Lady Ashton
actor IGOEEC 2009-12-01..2014-12-01 : Herman Van Rompuy | Van Rompuy
actor IGOEEC 2014-11-01..2019-12-01 : Jean-Claude Juncker | Juncker
actor LUXGOV 1995-01-20..2013-12-04 : Jean-Claude Juncker | Juncker
actor IGOEEC 2019-12-01..2024-12-01 : Charles Michel
actor PRTGOV 2015-11-26..2024-04-02 : Antonio Costa | António Costa
actor IGOEEC 2024-12-01.. : Antonio Costa | António Costa
actor IGOEEC 2012-01-17..2017-01-17 : Martin Schulz
actor IGOEEC 2019-07-03..2022-01-11 : David Sassoli | Sassoli
actor IGOEEC 2022-01-18.. : Roberta Metsola | Metsola
actor IGOEEC 2003-11-01..2011-11-01 : Jean-Claude Trichet | Trichet
actor IGOEEC 2014-11-01..2024-12-01 : Margrethe Vestager | Vestager
actor IGOEEC 2014-11-01.. : Valdis Dombrovskis | Dombrovskis
actor IGOEEC 2010-02-10.. : Maros Sefcovic | Maroš Šefčovič | Sefcovic | Šefčovič
actor IGOEEC 2019-12-01..2024-09-16 : Thierry Breton
actor IGOEEC 2024-12-01.. : Andrius Kubilius | Kubilius   # defence commissioner
actor IGOEEC 2024-12-01.. : Marta Kos
actor IGOEEC 2019-12-01..2024-12-01 : Oliver Varhelyi | Olivér Várhelyi | Varhelyi | Várhelyi
actor IGOEEC 2019-12-01.. : Peter Stano | Anitta Hipper | Eric Mamer | Paula Pinho | Arianna Podestà   # Commission spokespeople; approx date
# OSCE, African Union, Arab League, GCC, OPEC and others
actor IGOOSC 2017-07-18..2020-07-18 : Thomas Greminger | Greminger
actor IGOOSC 2020-12-04..2024-09-03 : Helga Schmid
actor IGOOSC 2024-12-04.. : Feridun Sinirlioglu | Feridun Sinirlioğlu | Sinirlioglu | Sinirlioğlu
actor IGOAFU 2003-09-16..2008-04-28 : Alpha Oumar Konare | Alpha Oumar Konaré | Konare | Konaré
actor IGOAFU 2008-04-28..2012-10-15 : Jean Ping
actor IGOAFU 2017-03-14..2025-02-15 : Moussa Faki Mahamat | Moussa Faki
actor IGOAFU 2025-02-15.. : Mahmoud Ali Youssouf
actor IGOGCC 2023-02-01.. : Jasem Mohamed Albudaiwi | Jasem Albudaiwi | Jassim al-Budaiwi
actor IGOOPC 2016-08-01..2022-07-06 : Mohammad Barkindo | Barkindo
actor IGOOPC 2022-08-01.. : Haitham al-Ghais | Haitham Al Ghais | al-Ghais
actor IGOICC 2003-06-16..2012-06-16 : Luis Moreno Ocampo | Luis Moreno-Ocampo | Moreno Ocampo | Moreno-Ocampo
actor IGOICC 2012-06-16..2021-06-16 : Fatou Bensouda | Bensouda
actor IGOICC 2021-06-16.. : Karim Khan | Karim A.A. Khan | Karim A. A. Khan
actor IGOIMF 2004-06-07..2007-11-01 : Rodrigo Rato | Rodrigo de Rato
actor IGOIMF 2007-11-01..2011-05-19 : Dominique Strauss-Kahn | Strauss-Kahn | DSK
actor IGOEEC 2010-02-10..2017-01-01 : Kristalina Georgieva   # European commissioner
actor IGOWBK 2017-01-02..2019-10-01 : Kristalina Georgieva   # World Bank chief executive
actor IGOIMF 2019-10-01.. : Kristalina Georgieva | Georgieva
actor IGOWBK 1995-06-01..2005-06-01 : James Wolfensohn | Wolfensohn
actor IGOWBK 2005-06-01..2007-07-01 : Paul Wolfowitz | Wolfowitz
actor IGOWBK 2007-07-01..2012-07-01 : Robert Zoellick | Zoellick
actor IGOWBK 2012-07-01..2019-02-01 : Jim Yong Kim
actor IGOWBK 2019-04-09..2023-06-01 : David Malpass | Malpass
actor IGOWBK 2023-06-02.. : Ajay Banga | Banga
actor IGOWTO 2005-09-01..2013-09-01 : Pascal Lamy | Lamy
actor IGOWTO 2013-09-01..2020-09-01 : Roberto Azevedo | Roberto Azevêdo | Azevedo | Azevêdo
actor NGAGOV 2003-07-01..2006-08-01 : Ngozi Okonjo-Iweala | Okonjo-Iweala   # finance minister; approx date
actor NGAGOV 2011-08-17..2015-05-29 : Ngozi Okonjo-Iweala | Okonjo-Iweala   # finance minister
actor IGOWTO 2021-03-01.. : Ngozi Okonjo-Iweala | Okonjo-Iweala

# ===================================================================== Earlier office holders (pre-2000) still common in archives
actor RUSGOV 1991-07-10..1999-12-31 : Boris Yeltsin | Yeltsin
actor RUSGOV 1998-09-11..1999-05-12 : Yevgeny Primakov | Primakov   # PM; foreign minister 1996-1998
actor RUSGOV 1996-01-09..1998-09-11 : Yevgeny Primakov | Primakov
actor RUSGOV 1992-12-14..1998-03-23 : Viktor Chernomyrdin | Chernomyrdin
actor IGOUNO 1992-01-01..1997-01-01 : Boutros Boutros-Ghali | Boutros-Ghali
actor FRAGOV 1981-05-21..1995-05-17 : Francois Mitterrand | François Mitterrand | Mitterrand | Mitterand
actor DEUGOV 1982-10-01..1998-10-27 : Helmut Kohl | Kohl
actor GBRGOV 1990-11-28..1997-05-02 : John Major
actor GBRGOV 1979-05-04..1990-11-28 : Margaret Thatcher | Thatcher
actor USAGOV 1981-01-20..1989-01-20 : Ronald Reagan | Reagan
actor USAGOV 1989-01-20..1993-01-20 : George H.W. Bush | George H. W. Bush | George Herbert Walker Bush
actor USAGOV 1989-01-20..1993-01-20 : Bush
actor USAGOV 1993-01-20..1997-01-23 : Warren Christopher
actor USAMIL 1994-02-03..1997-01-24 : William Perry | William J. Perry
actor ISRGOV 1992-07-13..1995-11-04 : Yitzhak Rabin | Rabin
actor ISRGOV 1996-06-18..1999-07-06 : Benjamin Netanyahu | Binyamin Netanyahu | Netanyahu | Bibi
actor JORGOV 1952-08-11..1999-02-07 : King Hussein | King Hussein of Jordan | Hussein bin Talal
actor IRNGOV 1979-02-11..1989-06-03 : Ayatollah Khomeini | Ayatollah Ruhollah Khomeini | Ruhollah Khomeini | Khomeini
actor ARGGOV 1989-07-08..1999-12-10 : Carlos Menem | Menem
actor CODGOV 1965-11-24..1997-05-16 : Mobutu Sese Seko | Mobutu
actor LBNGOV 1989-11-24..1998-11-24 : Elias Hrawi | Hrawi
actor EGYGOV 1970-10-15..1981-10-06 : Anwar Sadat | Anwar al-Sadat | Sadat
actor SUNGOV 1985-03-11..1991-12-25 : Mikhail Gorbachev | Gorbachev
actor LBRGOV 1980-04-12..1990-09-09 : Samuel Doe | Samuel K. Doe
actor LBRREB 1989-12-24..1997-08-02 : Charles Taylor | Charles Ghankay Taylor   # NPFL leader
actor LBRGOV 1997-08-02..2003-08-11 : Charles Taylor | Charles Ghankay Taylor
actor SLEREB ..2000-05-17 : Foday Sankoh | Sankoh   # RUF leader until his capture
actor SLEGOV 1996-03-29..1997-05-25 : Ahmad Tejan Kabbah | Tejan Kabbah | Kabbah
actor SLEGOV 1998-03-10..2007-09-17 : Ahmad Tejan Kabbah | Tejan Kabbah | Kabbah
actor NGAGOV 1976-02-13..1979-10-01 : Olusegun Obasanjo | Obasanjo   # military head of state
actor NGAGOV 1985-08-27..1993-08-26 : Ibrahim Babangida | Ibrahim Badamasi Babangida | Babangida
actor NGAGOV 1993-11-17..1998-06-08 : Sani Abacha | Abacha
actor SOMGOV 1969-10-21..1991-01-26 : Siad Barre | Mohamed Siad Barre
actor ETHGOV 1977-02-03..1991-05-21 : Mengistu Haile Mariam | Mengistu
actor AGOGOV 1979-09-21..2017-09-26 : Jose Eduardo dos Santos | José Eduardo dos Santos
actor AGOREB ..2002-02-22 : Jonas Savimbi | Savimbi   # UNITA leader
actor ZMBGOV 1964-10-24..1991-11-02 : Kenneth Kaunda | Kaunda
actor GHAGOV 1981-12-31..2001-01-07 : Jerry Rawlings | Jerry John Rawlings | Rawlings
actor MOZGOV 1986-11-06..2005-02-02 : Joaquim Chissano | Chissano
actor NAMGOV 1990-03-21..2005-03-21 : Sam Nujoma | Nujoma
actor ZAFGOV 1989-08-15..1996-06-30 : F.W. de Klerk | F. W. de Klerk | Frederik Willem de Klerk | de Klerk   # president, then deputy president
actor MARGOV 1961-02-26..1999-07-23 : King Hassan | King Hassan II | Hassan II
actor ISRGOV 1977-06-20..1983-10-10 : Menachem Begin
actor ISRGOV 1980-03-10..1992-07-13 : Yitzhak Shamir   # foreign minister, then prime minister
actor TURGOV 1983-12-13..1993-04-17 : Turgut Ozal | Turgut Özal | Ozal | Özal
actor TURGOV 1991-11-20..2000-05-16 : Suleyman Demirel | Süleyman Demirel | Demirel
actor TURGOV 1996-06-28..1997-06-30 : Necmettin Erbakan | Erbakan
actor AFGGOV 1986-05-04..1992-04-16 : Najibullah | Mohammad Najibullah
actor CHNGOV 1978-12-22..1989-11-09 : Deng Xiaoping
actor CHNGOV 1987-11-24..1998-03-17 : Li Peng
actor CHNLEG 1998-03-17..2003-03-15 : Li Peng
actor PRKGOV 1948-09-09..1994-07-08 : Kim Il Sung | Kim Il-sung | Kim Il-Sung
actor IDNGOV 1967-03-12..1998-05-21 : Suharto | Soeharto
actor IDNGOV 1998-03-11..1999-10-20 : B.J. Habibie | B. J. Habibie | Bacharuddin Jusuf Habibie | Habibie   # vice president, then president
actor KHMGOV 1985-01-14..2023-08-22 : Hun Sen
actor KHMLEG 2024-04-03.. : Hun Sen   # senate president
actor KHMGOV 1993-09-24..2004-10-07 : Norodom Sihanouk | King Sihanouk | King Norodom Sihanouk | Sihanouk
actor KHMGOV 1976-04-14..1979-01-07 : Pol Pot
actor KHMREB 1979-01-07..1998-04-15 : Pol Pot
actor PHLGOV 1998-06-30..2001-01-20 : Joseph Estrada | Joseph Ejercito Estrada
actor SGPGOV 1959-06-05..1990-11-28 : Lee Kuan Yew
actor KGZGOV 1990-10-27..2005-04-04 : Askar Akayev | Askar Akaev | Akayev | Akaev
actor ROUGOV 1965-03-22..1989-12-22 : Nicolae Ceausescu | Nicolae Ceaușescu | Ceausescu | Ceaușescu
actor POLGOV 1990-12-22..1995-12-22 : Lech Walesa | Lech Wałęsa | Walesa | Wałęsa
actor HRVGOV 1990-05-30..1999-12-10 : Franjo Tudjman | Franjo Tuđman | Tudjman | Tuđman
actor BIHGOV 1990-12-20..2000-10-14 : Alija Izetbegovic | Alija Izetbegović | Izetbegovic | Izetbegović
actor SRBOPP ..1998-03-24 : Vojislav Seselj | Vojislav Šešelj | Seselj | Šešelj   # Serbian Radical Party leader
actor SRBGOV 1998-03-24..2000-10-24 : Vojislav Seselj | Vojislav Šešelj | Seselj | Šešelj   # deputy prime minister of Serbia
actor SRBOPP 2000-10-24.. : Vojislav Seselj | Vojislav Šešelj | Seselj | Šešelj
actor KSVGOV 2008-01-09..2020-11-05 : Hashim Thaci | Hashim Thaçi | Thaci | Thaçi   # prime minister, foreign minister, president
actor HTIGOV 1988-09-17..1990-03-10 : Prosper Avril
actor HTIGOV 1991-02-07..1991-09-30 : Jean-Bertrand Aristide | Aristide
actor HTIGOV 1994-10-15..1996-02-07 : Jean-Bertrand Aristide | Aristide
actor HTIGOV 2001-02-07..2004-02-29 : Jean-Bertrand Aristide | Aristide
actor HTIMIL 1991-09-30..1994-10-10 : Raoul Cedras | Raoul Cédras | Cedras | Cédras
actor PANMIL 1983-08-12..1989-12-20 : Manuel Noriega | Manuel Antonio Noriega | Noriega
actor CHLGOV 1973-09-11..1990-03-11 : Augusto Pinochet | Pinochet
actor CHLMIL 1990-03-11..1998-03-10 : Augusto Pinochet | Pinochet
actor GRCGOV 1981-10-21..1989-07-02 : Andreas Papandreou
actor GRCGOV 1993-10-13..1996-01-22 : Andreas Papandreou
actor GBRGOV 1989-10-26..1995-07-05 : Douglas Hurd
actor NLDGOV 1982-11-04..1993-01-03 : Hans van den Broek | Van den Broek
actor IGOEEC 1993-01-06..1999-09-15 : Hans van den Broek | Van den Broek   # European commissioner
actor IGOUNO 1972-01-01..1982-01-01 : Kurt Waldheim
actor AUTGOV 1986-07-08..1992-07-08 : Kurt Waldheim | Waldheim
actor IGOUNO 1982-01-01..1992-01-01 : Javier Perez de Cuellar | Javier Pérez de Cuéllar | Perez de Cuellar | Pérez de Cuéllar
actor COGGOV 1992-08-31..1997-10-25 : Pascal Lissouba | Lissouba
actor DZAGOV 1962-09-27..1965-06-19 : Ahmed Ben Bella | Ben Bella   # prime minister, then president
actor USAGOV 1913-03-04..1921-03-04 : Woodrow Wilson
actor DEUGOV 1933-01-30..1945-04-30 : Adolf Hitler | Hitler

# ===================================================================== Metonyms and national institutions
# United States
actor USAGOV : White House | the White House | Oval Office | West Wing
actor USAGOV : State Department | U.S. State Department | US State Department | Department of State | U.S. Department of State | US Department of State | Foggy Bottom
actor USAGOV : Trump administration | Biden administration | Obama administration | Bush administration | Clinton administration
actor USAGOV : U.S. administration | US administration | U.S. government | US government | United States government | federal government of the United States
actor USAGOV : Treasury Department | U.S. Treasury | US Treasury | Department of the Treasury | Office of Foreign Assets Control | OFAC
actor USAGOV : Department of Homeland Security | Homeland Security Department | DHS | FEMA | Federal Emergency Management Agency
actor USAGOV : U.S. National Security Council | US National Security Council | White House National Security Council
actor USAGOV : Justice Department | Department of Justice | U.S. Justice Department | US Justice Department
actor USAGOV : Commerce Department | Department of Commerce | U.S. Trade Representative | USTR
actor USAGOV : USAID | U.S. Agency for International Development | US Agency for International Development
actor USAMIL : Pentagon | the Pentagon | Department of Defense | U.S. Department of Defense | US Department of Defense | Defense Department | U.S. Defense Department | US Defense Department
actor USAMIL 2025-09-05.. : Department of War | War Department | Secretary of War
actor USAMIL : U.S. military | US military | U.S. Army | US Army | U.S. Navy | US Navy | U.S. Air Force | US Air Force | U.S. Marines | US Marines | U.S. Marine Corps | US Marine Corps | U.S. forces | US forces | U.S. troops | US troops
actor USAMIL : Central Command | CENTCOM | U.S. Central Command | US Central Command | Africa Command | AFRICOM | U.S. Africa Command | US Africa Command | Indo-Pacific Command | INDOPACOM | U.S. European Command | US European Command | EUCOM | Southern Command | SOUTHCOM | Joint Chiefs of Staff | Joint Chiefs | Seventh Fleet | Sixth Fleet | Fifth Fleet
actor USASPY : CIA | C.I.A. | Central Intelligence Agency | National Security Agency | Director of National Intelligence | Office of the Director of National Intelligence | Defense Intelligence Agency
actor USACOP : FBI | F.B.I. | Federal Bureau of Investigation | Drug Enforcement Administration | DEA | Immigration and Customs Enforcement | U.S. Immigration and Customs Enforcement | US Immigration and Customs Enforcement | Customs and Border Protection | U.S. Customs and Border Protection | US Customs and Border Protection | U.S. Border Patrol | US Border Patrol | U.S. Coast Guard | US Coast Guard | CBP
actor USALEG : Congress | U.S. Congress | US Congress | United States Congress | Capitol Hill | U.S. Senate | US Senate | United States Senate | U.S. House of Representatives | US House of Representatives | U.S. House | US House | Senate Foreign Relations Committee | House Foreign Affairs Committee | Senate Armed Services Committee | House Armed Services Committee | Senate Intelligence Committee | House Intelligence Committee
actor USAJUD : U.S. Supreme Court | US Supreme Court | United States Supreme Court
actor USAPTY : GOP | Republican Party | Democratic National Committee | Republican National Committee
# Russia
actor RUSGOV : Kremlin | the Kremlin | Russian government | Russia's government
actor RUSGOV : Russian Foreign Ministry | Russia's Foreign Ministry | Smolenskaya Square
actor RUSGOV : Russian Security Council | Russia's Security Council | Security Council of Russia | Security Council of the Russian Federation
actor RUSMIL : Russian Defence Ministry | Russian Defense Ministry | Russia's Defence Ministry | Russia's Defense Ministry | Russian MoD | Russian General Staff
actor RUSMIL : Russian army | Russian military | Russian armed forces | Russian troops | Russian forces | Russian navy | Black Sea Fleet | Northern Fleet | Baltic Fleet | Pacific Fleet | Russian Aerospace Forces | Aerospace Forces | VKS
actor RUSMIL : Wagner Group | Wagner | PMC Wagner | Wagner mercenaries | Wagner fighters | Wagner private military company | Africa Corps | Akhmat | Akhmat battalion | Akhmat special forces
actor RUSSPY : FSB | Federal Security Service | SVR | Foreign Intelligence Service of Russia | Russian Foreign Intelligence Service | GRU | Russian military intelligence | Main Intelligence Directorate
actor RUSCOP : Rosgvardia | Rosgvardiya | Russian National Guard | National Guard of Russia | Russian Investigative Committee | Investigative Committee of Russia
actor RUSLEG : Duma | State Duma | Russian Duma | Russian parliament | Federation Council | Russian Federation Council
actor RUSPTY : United Russia
# Ukraine
actor UKRGOV : Bankova | Office of the President of Ukraine | Presidential Office of Ukraine | Ukrainian Presidential Office | Ukrainian government | Kyiv government | Kiev government | Cabinet of Ministers of Ukraine
actor UKRGOV : National Security and Defense Council | National Security and Defence Council | NSDC
actor UKRGOV : Ukrainian Foreign Ministry | Ukraine's Foreign Ministry
actor UKRMIL : Ukrainian Defence Ministry | Ukrainian Defense Ministry | Ukraine's Defence Ministry | Ukraine's Defense Ministry | Ministry of Defence of Ukraine | Ministry of Defense of Ukraine | General Staff of the Armed Forces of Ukraine | Ukrainian General Staff | Ukraine's General Staff
actor UKRMIL : Armed Forces of Ukraine | Ukrainian Armed Forces | Ukrainian army | Ukrainian military | Ukrainian forces | Ukrainian troops | ZSU | Ukrainian Air Force | Ukrainian Navy | National Guard of Ukraine | Ukrainian National Guard | Ukrainian Territorial Defence Forces | Ukrainian Territorial Defense Forces | Azov | Azov Regiment | Azov Battalion | Azov Brigade | Third Assault Brigade | 3rd Assault Brigade | Unmanned Systems Forces
actor UKRSPY : SBU | Security Service of Ukraine | HUR | GUR | Main Intelligence Directorate of Ukraine | Ukrainian military intelligence | Defence Intelligence of Ukraine | Defense Intelligence of Ukraine | SZRU | Foreign Intelligence Service of Ukraine
actor UKRCOP : National Police of Ukraine | Ukrainian police | State Emergency Service | State Emergency Service of Ukraine | SBGS | State Border Guard Service | State Border Guard Service of Ukraine | Ukrainian border guards
actor UKRJUD : NABU | National Anti-Corruption Bureau | National Anti-Corruption Bureau of Ukraine | SAPO | Specialized Anti-Corruption Prosecutor's Office
actor UKRLEG : Verkhovna Rada | Rada | Ukrainian parliament | Ukraine's parliament
actor UKRPTY : Servant of the People | European Solidarity | Batkivshchyna
# Russian-installed and separatist authorities in occupied Ukraine (coded as Ukrainian rebels)
actor UKRREB 2014-04-07.. : Donetsk People's Republic | DPR | DNR | Luhansk People's Republic | Lugansk People's Republic | LPR | LNR | Luhansk People's Militia | Donbass People's Militia | Donetsk People's Militia | Donetsk separatists | Luhansk separatists | pro-Russian separatists | pro-Russia separatists | Russian-backed separatists | Russia-backed separatists | Kremlin-backed separatists
actor UKRREB : Alexander Zakharchenko | Zakharchenko | Igor Plotnitsky | Plotnitsky | Igor Girkin | Igor Strelkov | Girkin | Strelkov
actor UKRREB ..2022-09-30 : Denis Pushilin | Pushilin | Leonid Pasechnik | Pasechnik
# Russian-appointed heads of annexed Ukrainian regions are coded as Russian government
actor RUSGOV 2022-09-30.. : Denis Pushilin | Pushilin | Leonid Pasechnik | Pasechnik
actor RUSGOV 2022-04-26.. : Vladimir Saldo | Saldo | Yevgeny Balitsky | Yevgeny Balitskiy | Balitsky   # approx date
actor RUSGOV 2014-03-18.. : Sergei Aksyonov | Sergey Aksyonov | Aksyonov | Mikhail Razvozhayev | Razvozhayev
# China
actor CHNGOV : Zhongnanhai | Chinese government | China's government | Beijing government | State Council | Chinese Foreign Ministry | China's Foreign Ministry | Taiwan Affairs Office | Chinese Communist Party | Communist Party of China | CCP | CPC | Politburo Standing Committee
actor CHNMIL : Central Military Commission | PLA | People's Liberation Army | PLA Navy | People's Liberation Army Navy | PLA Air Force | PLA Rocket Force | Eastern Theater Command | Eastern Theatre Command | Southern Theater Command | Chinese military | Chinese army | Chinese navy | Chinese Defence Ministry | Chinese Defense Ministry | China's Defence Ministry | China's Defense Ministry
actor CHNCOP : China Coast Guard | Chinese coast guard | People's Armed Police
actor CHNSPY : Ministry of State Security
actor CHNLEG : National People's Congress | NPC | Chinese People's Political Consultative Conference | CPPCC
actor CHNMED : Xinhua | Xinhua news agency | People's Daily | Global Times | CCTV | China Central Television | CGTN
# United Kingdom
actor GBRGOV : Downing Street | Number 10 | No 10 | No. 10 | Whitehall | British Foreign Office | UK Foreign Office | U.K. Foreign Office | Foreign and Commonwealth Office | Foreign, Commonwealth and Development Office | FCDO | British government | UK government | U.K. government | Home Office
actor GBRMIL : British Ministry of Defence | UK Ministry of Defence | British army | British military | British forces | British troops | Royal Navy | Royal Air Force | RAF | Royal Marines
actor GBRSPY : MI6 | Secret Intelligence Service | MI5 | GCHQ
actor GBRCOP : National Crime Agency | Scotland Yard | Metropolitan Police
actor GBRLEG : British parliament | UK parliament | House of Lords
actor GBRMED : BBC | British Broadcasting Corporation | British Broadcasting Corp.
# France
actor FRAGOV : Elysee | Élysée | Elysee Palace | Élysée Palace | Elysée | Quai d'Orsay | Matignon | French government | French foreign ministry
actor FRAMIL : French army | French military | French forces | French troops | French Defence Ministry | French Defense Ministry | French navy | Foreign Legion | French Foreign Legion | Operation Barkhane | Barkhane
actor FRASPY : DGSE | DGSI
actor FRALEG : National Assembly of France | French National Assembly | French parliament | French Senate
actor FRAPTY : National Rally | Rassemblement National | National Front | Front National
# Germany
actor DEUGOV : German government | Berlin government | German chancellery | Chancellery in Berlin | German Foreign Office | German foreign ministry | Auswartiges Amt | Auswärtiges Amt
actor DEUMIL : Bundeswehr | German army | German military | German armed forces | German Defence Ministry | German Defense Ministry
actor DEUSPY : BND | Federal Intelligence Service | BfV | Office for the Protection of the Constitution
actor DEULEG : Bundestag | German parliament | Bundesrat of Germany
actor DEUPTY : CDU | Christian Democratic Union | CSU | Christian Social Union | SPD | Social Democratic Party of Germany | AfD | Alternative for Germany | Alternative fur Deutschland | Alternative für Deutschland | Greens party of Germany | FDP | Free Democratic Party
# Italy, Spain, Poland
actor ITAGOV : Palazzo Chigi | Farnesina | Italian government | Quirinale | Quirinal
actor ITAPTY : Brothers of Italy | Fratelli d'Italia | Forza Italia | Five Star Movement | M5S | Lega | Northern League
actor ESPGOV : Moncloa | Moncloa Palace | Spanish government
actor ESPLEG : Spanish parliament | Congress of Deputies
actor POLGOV : Polish government | Warsaw government
actor POLLEG : Sejm | Polish parliament
actor POLPTY : Law and Justice | Law and Justice party | PiS | Civic Platform | Civic Coalition
# Israel
actor ISRGOV : Israeli government | Israel's government | Israeli cabinet | Israeli security cabinet | Israeli Prime Minister's Office | Prime Minister's Office of Israel | Israeli Foreign Ministry | Israel's Foreign Ministry | COGAT | Coordinator of Government Activities in the Territories
actor ISRMIL : IDF | I.D.F. | Israel Defense Forces | Israel Defence Forces | Israeli Defense Forces | Israeli Defence Forces | Israeli army | Israeli military | Israeli forces | Israeli troops | Israeli Air Force | Israeli navy | Israeli Defence Ministry | Israeli Defense Ministry | Israel's Defence Ministry | Israel's Defense Ministry | Golani Brigade | Unit 8200 | Tsahal
actor ISRSPY : Mossad | Shin Bet | Shabak | Israel Security Agency | Israeli Security Agency | Israeli military intelligence
actor ISRCOP : Israeli police | Israel Police | Israeli Border Police
actor ISRLEG : Knesset | Israeli parliament | Israel's parliament
actor ISRPTY : Likud | Likud party | Yesh Atid | Otzma Yehudit | Jewish Power | Religious Zionism | Shas | United Torah Judaism | National Unity party
actor ISRJUD : Israeli Supreme Court | Israel's Supreme Court | High Court of Justice
actor ISRCVL : Israeli settlers | Jewish settlers | settlers in the West Bank | Jewish settler | Israeli settler
# epithets news uses for a state as a whole
actor ISR : Jewish state
actor IRN : Islamic Republic
actor PRK : Hermit Kingdom
# Palestinians
actor PSEGOV : Palestinian Authority | Palestinian National Authority | PLO | Palestine Liberation Organization | Palestine Liberation Organisation | Palestinian government | Palestinian leadership | Palestinian presidency | Palestinian Foreign Ministry | WAFA | Wafa news agency
actor PSEGOV 2012-11-29.. : State of Palestine
actor PSEPTY : Fatah | Fateh
actor PSEREB : Hamas | Islamic Resistance Movement | Izz ad-Din al-Qassam Brigades | Izz al-Din al-Qassam Brigades | Ezzedine al-Qassam Brigades | Ezzedine al-Qassam | al-Qassam Brigades | Qassam Brigades | al-Qassam | Qassam
actor PSEREB : Islamic Jihad | Palestinian Islamic Jihad | PIJ | Al-Quds Brigades | Saraya al-Quds | Al-Aqsa Martyrs Brigades | Al-Aqsa Martyrs' Brigades | al-Aqsa Martyrs Brigade | Al Aqsa Martyrs Brigades | Al Aqsa Martyrs' Brigades | Al Aqsa Martyrs Brigade | Popular Resistance Committees | Popular Front for the Liberation of Palestine | PFLP | Democratic Front for the Liberation of Palestine | DFLP | Lions' Den | Jenin Brigade | Jenin Brigades
actor PSEGOV 2007-06-14.. : Hamas-run government | Hamas-run health ministry | Gaza health ministry | Gaza's health ministry | Health Ministry in Gaza | Gaza government media office | Gaza Civil Defence | Palestinian Civil Defence
# Iran
actor IRNGOV : Iranian government | Iran's government | Tehran government | Iranian Foreign Ministry | Iran's Foreign Ministry | Supreme National Security Council | Assembly of Experts | Expediency Council | Guardian Council | Atomic Energy Organization of Iran | AEOI | office of the supreme leader
actor IRNMIL : IRGC | Islamic Revolutionary Guard Corps | Islamic Revolutionary Guards Corps | Revolutionary Guards | Revolutionary Guard | Revolutionary Guards Corps | Iran's Revolutionary Guards | Sepah | Quds Force | Qods Force | IRGC Navy | IRGC Aerospace Force | Basij | Basij militia | Iranian army | Iranian military | Iranian armed forces | Artesh | Khatam al-Anbiya
actor IRNSPY : MOIS | Iranian intelligence ministry | Iran's intelligence ministry | IRGC Intelligence Organization
actor IRNLEG : Iranian parliament | Iran's parliament | Islamic Consultative Assembly
actor IRNJUD : Iranian judiciary | Iran's judiciary | Revolutionary Court
actor IRNMED : IRNA | Islamic Republic News Agency | Tasnim | Tasnim news agency | Fars news agency | Press TV | PressTV | Mehr news agency | ISNA | IRIB
# Iraq
actor IRQGOV : Iraqi government | Iraq's government | Baghdad government | Kurdistan Regional Government | KRG | Kurdish Regional Government
actor IRQMIL : Iraqi army | Iraqi military | Iraqi security forces | Iraqi forces | Iraqi troops | Counter-Terrorism Service | Golden Division | Popular Mobilization Forces | Popular Mobilisation Forces | Popular Mobilization Units | PMF | PMU | Hashd al-Shaabi | Hashed al-Shaabi | al-Hashd al-Shaabi | Peshmerga | Kurdish Peshmerga
actor IRQREB : Kataib Hezbollah | Kata'ib Hezbollah | Kataib Hizbollah | Asaib Ahl al-Haq | Asa'ib Ahl al-Haq | Harakat al-Nujaba | Nujaba | Kataib Sayyid al-Shuhada | Islamic Resistance in Iraq | Mahdi Army | Jaish al-Mahdi | Saraya al-Salam | Peace Brigades
actor IRQLEG : Iraqi parliament | Council of Representatives of Iraq
actor IRQPTY : Patriotic Union of Kurdistan | PUK | Kurdistan Democratic Party | KDP
actor IRQMED : Iraqi News Agency
# Syria
actor SYRGOV ..2024-12-08 : Syrian regime | Assad regime | Syrian government | Damascus government | SANA
actor SYRGOV 2024-12-08.. : Syrian government | Damascus government | Syrian transitional government | Syrian interim government | new Syrian authorities | SANA
actor SYRMIL ..2024-12-08 : Syrian army | Syrian military | Syrian troops | Syrian forces | Syrian Arab Army | Fourth Division | 4th Division | Tiger Forces | Republican Guard of Syria | Shabiha | SAA
actor SYRMIL 2024-12-08.. : Syrian army | Syrian military | Syrian troops | Syrian forces | Syrian Defence Ministry | Syrian Defense Ministry | General Security Service
actor SYRREB ..2024-12-08 : Hayat Tahrir al-Sham | Hay'at Tahrir al-Sham | HTS | Jabhat Fateh al-Sham | Jabhat Fatah al-Sham | Jabhat Fath al-Sham | Jabhat al-Nusra | al-Nusra Front | Nusra Front | al-Nusra | Nusra
actor SYRGOV 2024-12-08.. : Hayat Tahrir al-Sham | Hay'at Tahrir al-Sham | HTS
actor SYRREB : Free Syrian Army | FSA | Syrian National Army | Turkish-backed Syrian National Army | Jaysh al-Islam | Jaish al-Islam | Ahrar al-Sham | Harakat Ahrar al-Sham | Faylaq al-Rahman | Failaq al-Rahman | Jund al-Aqsa | Syrian rebels | Syrian opposition fighters | Syrian rebel groups
actor SYRREB : Syrian Democratic Forces | SDF | YPG | People's Protection Units | YPJ | Women's Protection Units | PYD | Democratic Union Party | Kurdish-led Syrian Democratic Forces | Kurdish-led SDF | Syrian Kurdish fighters | Syrian Kurdish forces
actor SYROPP : Syrian National Coalition | Syrian opposition | Syrian National Council | Syrian Negotiation Commission
# pro-government militias and parties (the Palestine Liberation Army's Syrian branch serves under the Syrian army)
actor SYRMIL : National Defense Forces | National Defence Forces | NDF | Desert Hawks Brigade | Desert Hawks | Liwa al-Quds | Liwaa al-Quds | Ba'ath Battalions | Ba’ath Battalions | Kataeb al-Baath | Palestine Liberation Army | Syrian Arab Air Force
actor SYRPTY : Syrian Social Nationalist Party | SSNP
# rebel groups and alliances of 2013-2018
actor SYRREB : Jaysh al-Fateh | Jaysh al-Fatah | Jaish al-Fatah | Jaish al-Fateh | Army of Conquest | Faylaq al-Sham | Failaq al-Sham | Sham Legion | Ajnad al-Sham | Harakat Nour al-Din al-Zenki | Nour al-Din al-Zenki | Nour al-Din al-Zinki | Harakat Nouriddeen al-Zinki | Nouriddeen al-Zinki | Jabhat al-Shamiya | Jabhat al-Shamiyah | Levant Front | Levantine Front | Jaysh al-Thuwar | Jaysh al-Thuwwar | Jaish al-Thuwar | Army of Revolutionaries
  | Fatah Halab | Fateh Halab | Fatah Halab operations room | Jaysh al-Mujahideen
  | Jaysh al-Mujahiddeen | Jaish al-Mujahideen | Army of Mujahideen
actor PSEREB ..2013-09-29 : Army of Islam   # the Gaza group (Jaysh al-Islam of Gaza)
actor SYRREB 2013-09-29.. : Army of Islam   # Jaysh al-Islam of Eastern Ghouta
actor SYRMED : ARA News
actor IMGREB : Amaq | Amaq News | Amaq News Agency | Amaq Agency | Aamaq | Aamaq Agency | Aamaq News Agency   # Islamic State's news agency, its voice (as al-Manar is Hezbollah's)
# Lebanon, Jordan, Egypt, Gulf
actor LBNGOV : Lebanese government | Lebanon's government | Baabda | Baabda Palace | Grand Serail
actor LBNMIL : Lebanese army | Lebanese Armed Forces | Lebanese military | Lebanese troops
actor LBNLEG : Lebanese parliament | Lebanon's parliament
actor LBNREB : Hezbollah | Hizbollah | Hizballah | Hizbullah | Hezbullah | Islamic Resistance in Lebanon | Radwan Force | Radwan forces | al-Manar
actor LBNPTY : Amal Movement | Lebanese Forces party | Free Patriotic Movement | Future Movement
actor LBNREB ..2000-05-25 : South Lebanon Army | South Lebanese Army   # Israeli-backed militia until Israel's withdrawal
actor JORGOV : Jordanian government | Royal Court of Jordan | Royal Hashemite Court
actor JORMIL : Jordanian army | Jordanian military | Jordan Armed Forces | Jordanian Armed Forces | Royal Jordanian Air Force
actor EGYGOV : Egyptian government | Egypt's government | Egyptian presidency | Egyptian Foreign Ministry | Egypt's Foreign Ministry
actor EGYMIL : Egyptian army | Egyptian military | Egyptian armed forces | Supreme Council of the Armed Forces | SCAF
actor EGYSPY : Egyptian General Intelligence | General Intelligence Directorate of Egypt | Egyptian intelligence
actor EGYOPP ..2012-06-30 : Muslim Brotherhood
actor EGYPTY 2012-06-30..2013-07-03 : Muslim Brotherhood | Freedom and Justice Party
actor EGYOPP 2013-07-03.. : Muslim Brotherhood
actor SAUGOV : Saudi government | Saudi Royal Court | Saudi Foreign Ministry | Riyadh government | Saudi Press Agency
actor SAUMIL : Saudi-led coalition | Saudi-led military coalition | Saudi army | Saudi military | Royal Saudi Air Force | Saudi air force
actor QATGOV : Qatari government | Qatar's government | Amiri Diwan | Qatari Foreign Ministry | Qatar's Foreign Ministry
actor QATMED : Al Jazeera | Al-Jazeera | Aljazeera
actor AREGOV : Emirati government | UAE government | Abu Dhabi government
actor AREMIL : Emirati army | Emirati military | UAE armed forces | UAE military
actor TURGOV : Turkish government | Turkey's government | Ankara government | Turkish presidency | Turkish Foreign Ministry | Turkey's Foreign Ministry
actor TURMIL : Turkish army | Turkish military | Turkish armed forces | Turkish troops | Turkish forces | Turkish Defence Ministry | Turkish Defense Ministry | Turkey's Defence Ministry | Turkey's Defense Ministry
actor TURSPY : National Intelligence Organization | National Intelligence Organisation | Turkish intelligence | MIT intelligence agency
actor TURLEG : Grand National Assembly | Turkish parliament | Turkey's parliament
actor TURPTY : AKP | AK Party | Justice and Development Party | MHP | Nationalist Movement Party
actor TUROPP : CHP | Republican People's Party | HDP | Peoples' Democratic Party | DEM Party
actor TURREB : PKK | Kurdistan Workers' Party | Kurdistan Workers Party | Kurdistan Workers’ Party | PKK rebels | PKK militants | Kurdistan Freedom Falcons
actor TURREB : Gulen movement | Gülen movement | FETO | FETÖ | Fethullah Gulen | Fethullah Gülen | Gulen | Gülen
# Yemen, Afghanistan, Pakistan, India
actor YEMREB : Houthis | Houthi | Houthi rebels | Houthi movement | Houthi militia | Houthi forces | Ansar Allah | Ansarallah | Ansarullah | Ansar Allah movement | al-Masirah
actor YEMREB : Southern Transitional Council | STC | Southern Movement | al-Hirak
actor YEMGOV : Presidential Leadership Council | Yemeni government | Yemen's government | internationally recognised government of Yemen | internationally recognized government of Yemen
actor PAKGOV : Pakistani government | Pakistan's government | Islamabad government | Pakistani Foreign Office | Pakistan Foreign Office
actor PAKMIL : Pakistan Army | Pakistani army | Pakistani military | Pakistan's army | Pakistan's military | Inter-Services Public Relations | ISPR | Pakistan Air Force | Pakistani Air Force | Frontier Corps
actor PAKSPY : ISI | Inter-Services Intelligence | Inter Services Intelligence
actor PAKPTY : Pakistan Tehreek-e-Insaf | Pakistan Tehreek-i-Insaf | Pakistan Tehrik-e-Insaf | PML-N | Pakistan Muslim League-Nawaz | Pakistan Peoples Party | Pakistan People's Party
actor PAKREB : Tehrik-i-Taliban Pakistan | Tehreek-e-Taliban Pakistan | Tehrik-e-Taliban Pakistan | Pakistani Taliban | TTP | Balochistan Liberation Army | Baloch Liberation Army | Baloch Liberation Front | Lashkar-e-Taiba | Lashkar-e-Tayyiba | Lashkar-e-Toiba | Lashkar-e-Tayyaba | Jaish-e-Mohammed | Jaish-e-Muhammad | Jaish-e-Mohammad | Lashkar-e-Jhangvi | Jamaat-ul-Ahrar
actor INDGOV : Indian government | India's government | New Delhi government | Ministry of External Affairs | Indian foreign ministry | India's foreign ministry | South Block
actor INDMIL : Indian army | Indian military | Indian armed forces | Indian Air Force | Indian Navy | Indian troops | Indian forces | Border Security Force | BSF | Central Reserve Police Force | CRPF | Assam Rifles
actor INDSPY : Research and Analysis Wing | Intelligence Bureau of India
actor INDPTY : BJP | Bharatiya Janata Party | Indian National Congress | Congress party
actor INDREB : Hizbul Mujahideen | Hizb-ul-Mujahideen | The Resistance Front | TRF | Naxalites | Naxals | Maoist rebels in India
actor AFGGOV 2001-12-22..2021-08-15 : Afghan government | Afghanistan's government | Kabul government
actor AFGMIL 2001-12-22..2021-08-15 : Afghan National Army | Afghan National Security Forces | ANSF | Afghan security forces | Afghan army | Afghan forces | Afghan troops
actor AFGSPY 2001-12-22..2021-08-15 : National Directorate of Security | NDS
# East Asia
actor PRKGOV : Workers' Party of Korea | Workers Party of Korea | Korean Workers' Party | North Korean government | Pyongyang government | North Korean Foreign Ministry | North Korea's Foreign Ministry
actor PRKMIL : Korean People's Army | KPA | North Korean army | North Korean military | North Korean troops | North Korean soldiers
actor PRKMED : KCNA | Korean Central News Agency | Rodong Sinmun | Korean Central Television
actor KORGOV 1948-08-15..2022-05-10 : Blue House | Cheong Wa Dae
actor KORGOV : South Korean government | Seoul government | Yongsan presidential office | South Korean Foreign Ministry | South Korea's Foreign Ministry | Unification Ministry | Ministry of Unification
actor KORMIL : Joint Chiefs of Staff of South Korea | South Korean military | South Korean army | South Korean troops | South Korea's Joint Chiefs of Staff | South Korean Joint Chiefs of Staff | ROK army | ROK military
actor KORSPY : National Intelligence Service | NIS
actor KORLEG : National Assembly of South Korea | South Korean parliament | South Korea's National Assembly
actor KORMED : Yonhap | Yonhap news agency
actor JPNGOV : Kantei | Japanese government | Tokyo government | Japanese Foreign Ministry | Japan's Foreign Ministry | Chief Cabinet Secretary
actor JPNMIL : Japan Self-Defense Forces | Japanese Self-Defense Forces | Japanese Self-Defence Forces | Japan Self-Defence Forces | SDF of Japan | Maritime Self-Defense Force | Air Self-Defense Force | Ground Self-Defense Force | Japanese Defense Ministry | Japanese Defence Ministry | Japan's Defense Ministry | Japan's Defence Ministry
actor JPNPTY : Liberal Democratic Party | LDP | Komeito | Constitutional Democratic Party
actor TWNGOV : Taiwanese government | Taipei government | Presidential Office in Taipei | Mainland Affairs Council | Taiwan's Foreign Ministry | Taiwanese Foreign Ministry | Ministry of Foreign Affairs of Taiwan
actor TWNMIL : Taiwanese military | Taiwan's military | Taiwanese army | Taiwan's armed forces | Taiwan's Defence Ministry | Taiwan's Defense Ministry | Taiwanese Defence Ministry | Taiwanese Defense Ministry | Taiwan Coast Guard
actor TWNPTY : Kuomintang | KMT | Democratic Progressive Party | Taiwan People's Party
actor TWNLEG : Legislative Yuan
# Other
actor BLRGOV : Belarusian government | Minsk government
actor BLRSPY : Belarusian KGB | KGB of Belarus
actor HUNPTY : Fidesz | Tisza party
actor GRCMIL : Hellenic Navy | Hellenic Army | Hellenic Air Force | Hellenic Armed Forces
actor BGDCOP : Rapid Action Battalion   # Bangladesh's elite police unit
actor LKAPTY : United People's Freedom Alliance | UPFA | Sri Lanka Freedom Party | SLFP
actor GEOPTY : Georgian Dream
actor BRAGOV : Planalto | Planalto Palace | Itamaraty | Brazilian government
actor ARGGOV : Casa Rosada | Argentine government
actor MEXGOV : Los Pinos | National Palace of Mexico | Mexican government
actor MEXMIL : Sedena | Mexican army | Mexican military | Mexican navy | Semar | National Guard of Mexico
actor MEXPTY : Morena | PRI | Institutional Revolutionary Party | National Action Party
actor VENGOV : Miraflores | Miraflores Palace | Venezuelan government | Maduro government | Maduro regime | Chavez government
actor VENMIL : Venezuelan army | Venezuelan military | Venezuelan armed forces | FANB | Bolivarian National Armed Forces | Bolivarian National Guard
actor VENPTY : PSUV | United Socialist Party of Venezuela
actor CANGOV : Canadian government | Ottawa government | Global Affairs Canada | Parliament Hill
actor CANMIL : Canadian Armed Forces | Canadian military | Canadian Forces | Department of National Defence
actor CANSPY : Canadian Security Intelligence Service | CSIS
actor CANCOP : RCMP | Royal Canadian Mounted Police
actor AUSGOV : Australian government | Canberra government | Department of Foreign Affairs and Trade | DFAT
actor AUSMIL : Australian Defence Force | Australian military | Australian army
actor ZAFPTY : ANC | African National Congress | Democratic Alliance | uMkhonto weSizwe party | MK party
actor ZAFOPP : Economic Freedom Fighters | EFF
actor ZAFMED : Greg Marinovich   # photographer
actor LBRLEG : Alex Tyler   # House speaker, representative of Bomi County
actor NGAMIL : Nigerian army | Nigerian military | Nigerian Air Force | Nigerian troops | Defence Headquarters
actor NGAMED : Daily Trust | Premium Times
actor SDNMIL : Sudanese Armed Forces | Sudanese army | Sudanese military | Sudan's army | Sudan's military | SAF
actor SDNMIL ..2023-04-15 : Rapid Support Forces | RSF | Rapid Support Force | Janjaweed
actor SDNREB 2023-04-15.. : Rapid Support Forces | RSF | Rapid Support Force | Janjaweed | Tasis | Government of Peace and Unity
actor SDNREB : Sudan Liberation Army | SLA | SLM | Justice and Equality Movement | SPLM-N | Sudan People's Liberation Movement-North
actor SDNREB ..2005-01-09 : Sudan People's Liberation Army | SPLA | Sudan People's Liberation Movement | SPLM
actor SSDGOV 2011-07-09.. : SPLA | Sudan People's Liberation Army | SPLM | Sudan People's Liberation Movement | SSPDF | South Sudan People's Defence Forces
actor SSDREB : SPLA-IO | SPLM-IO | SPLM/A-IO | National Salvation Front
actor ETHGOV : Ethiopian government | Addis Ababa government | Ethiopian federal government
actor ETHMIL : Ethiopian National Defense Force | Ethiopian National Defence Force | ENDF | Ethiopian army | Ethiopian military | Ethiopian troops | Ethiopian federal forces
actor ETHPTY ..2020-11-04 : TPLF | Tigray People's Liberation Front | Tigrayan People's Liberation Front
actor ETHREB 2020-11-04..2022-11-03 : TPLF | Tigray People's Liberation Front | Tigrayan People's Liberation Front | Tigray Defense Forces | Tigray Defence Forces | TDF | Tigrayan forces | Tigrayan fighters
actor ETHPTY 2022-11-03.. : TPLF | Tigray People's Liberation Front | Tigrayan People's Liberation Front
actor ETHREB : Fano | Fano militia | Amhara Fano | Oromo Liberation Army | OLA | Shene | Oromo Liberation Front | OLF | Ogaden National Liberation Front | ONLF
actor SOMREB ..1996-08-02 : Mohamed Farah Aidid | Mohammed Farah Aidid | Mohamed Farrah Aidid | General Aidid | Aidid   # faction leader until his death
actor SOMREB : Aden Hashi Ayro | Aden Hashi Farah Ayro | Ayro   # al-Shabaab commander (killed 2008)
actor ERIMIL : Eritrean army | Eritrean troops | Eritrean forces | Eritrean Defence Forces | Eritrean Defense Forces
actor KENMIL : Kenya Defence Forces | Kenya Defense Forces | KDF | Kenyan army | Kenyan military | Kenyan troops
actor KENCOP : Kenyan police | National Police Service of Kenya
actor UGAMIL : Uganda People's Defence Force | Uganda People's Defense Force | UPDF | Ugandan army | Ugandan troops
actor RWAMIL : Rwanda Defence Force | Rwanda Defense Force | RDF | Rwandan army | Rwandan troops
actor RWAREB : FDLR | Democratic Forces for the Liberation of Rwanda
actor RWAREB : Interahamwe
actor LBRREB : NPFL | National Patriotic Front of Liberia | ULIMO | United Liberation Movement of Liberia for Democracy | LURD | Liberians United for Reconciliation and Democracy
actor SLEREB : RUF | Revolutionary United Front | RUF rebels
actor AGOREB ..2002-04-04 : UNITA | National Union for the Total Independence of Angola | UNITA rebels
actor AGOOPP 2002-04-04.. : UNITA | National Union for the Total Independence of Angola
actor AGOMED : Radio Ecclesia
actor KHMGOV 1975-04-17..1979-01-07 : Khmer Rouge
actor KHMREB 1979-01-07..1999-01-01 : Khmer Rouge | Khmer Rouge guerrillas
actor KSVREB ..2000-01-21 : Kosovo Liberation Army | KLA | UCK
actor KSVOPP ..2002-03-04 : Ibrahim Rugova | Rugova   # leader of the Kosovo Albanians' LDK
actor KSVGOV 2002-03-04..2006-01-21 : Ibrahim Rugova | Rugova   # president of Kosovo until his death
actor DZAOPP : Islamic Salvation Front   # the FIS, banned in 1992
actor NICREB ..1990-04-25 : Contras | Contra rebels
actor MOZREB ..1992-10-04 : Renamo | Mozambican National Resistance
actor MOZOPP 1992-10-04.. : Renamo | Mozambican National Resistance
actor CODMIL : FARDC | Armed Forces of the Democratic Republic of the Congo | Congolese army | Congolese military | Congolese troops | Wazalendo
actor CODREB : M23 | M23 rebels | March 23 Movement | Mouvement du 23 mars | AFC/M23 | Congo River Alliance | Alliance Fleuve Congo | CODECO | Mai-Mai | Mai Mai
actor CODREB : Rally for Congolese Democracy | Congolese Rally for Democracy | RCD-Goma | RCD-ML   # the rebels of 1998-2003
actor UGAREB : Allied Democratic Forces | Lord's Resistance Army | LRA
actor SOMGOV : Somali government | Federal Government of Somalia | Somalia's federal government | Villa Somalia
actor SOMMIL : Somali National Army | Somali army | Somali military | Danab
actor SOMREB : al-Shabaab | al-Shabab | Al Shabaab | Shabaab | Shabab | Harakat al-Shabaab al-Mujahideen
actor NGAREB : ISWAP | Islamic State West Africa Province | Islamic State in West Africa Province | Islamic State in West African Province
actor NGAREB : Boko Haram | Jama'atu Ahlis Sunna Lidda'awati wal-Jihad | bandits in northwest Nigeria
actor LBYMIL : Libyan National Army | LNA | Libyan Arab Armed Forces | LAAF
actor LBYGOV : Government of National Unity | Government of National Accord | GNA | GNU | Tripoli-based government | Presidential Council of Libya
actor LBYLEG : House of Representatives of Libya | Libyan House of Representatives | Tobruk-based parliament | High Council of State
actor MMRMIL : Tatmadaw | Myanmar military | Myanmar army | Myanmar junta | Burmese military | Burmese army | State Administration Council
actor MMRREB : Arakan Army | Kachin Independence Army | Karen National Union | KNU | Karen National Liberation Army | KNLA | Ta'ang National Liberation Army | TNLA | Myanmar National Democratic Alliance Army | MNDAA | People's Defence Force | People's Defense Force | Three Brotherhood Alliance
actor MMROPP : National Unity Government | NUG | National League for Democracy | NLD
actor PHLREB : Abu Sayyaf | Abu Sayyaf Group | Moro Islamic Liberation Front | MILF | Moro National Liberation Front | MNLF | New People's Army | NPA | Maute group | Bangsamoro Islamic Freedom Fighters
actor LKAREB : LTTE | Liberation Tigers of Tamil Eelam | Tamil Tigers | Tamil Tiger rebels | Tamil rebels
actor COLREB : FARC | Revolutionary Armed Forces of Colombia | FARC rebels | FARC dissidents | ELN | National Liberation Army of Colombia | Ejercito de Liberacion Nacional | Ejército de Liberación Nacional | Clan del Golfo | Gulf Clan | Estado Mayor Central
actor PERREB : Shining Path | Sendero Luminoso
actor ESPREB : ETA | Basque separatist group ETA
actor GBRREB ..2005-09-26 : IRA | Irish Republican Army | Provisional IRA | Provisional Irish Republican Army
actor GBRREB : Real IRA | New IRA | Continuity IRA | Ulster Volunteer Force | UVF | Ulster Defence Association | UDA
actor ESHREB : Polisario | Polisario Front | Frente Polisario
actor MEXCRM : Sinaloa Cartel | Jalisco New Generation Cartel | Jalisco Nueva Generacion | CJNG | Los Zetas | Zetas | Gulf Cartel | Juarez Cartel | Juárez Cartel | Beltran Leyva | Beltrán Leyva | La Familia Michoacana | Knights Templar cartel | Los Chapitos | Chapitos
actor VENCRM : Tren de Aragua | Cartel de los Soles | Cartel of the Suns
actor SLVCRM : MS-13 | MS13 | Mara Salvatrucha | Barrio 18 | 18th Street gang
actor HTICRM : Viv Ansanm | G9 | G9 an Fanmi e Alye | G-Pep | 400 Mawozo | Jimmy Cherizier

# ===================================================================== Intergovernmental organisations
actor IGOUNO : United Nations | UN | U.N. | United Nations Organization | UN Security Council | U.N. Security Council | United Nations Security Council | Security Council | UNSC | UN General Assembly | U.N. General Assembly | United Nations General Assembly | General Assembly | UN Secretariat | UN Secretary-General | U.N. Secretary-General | UN chief | U.N. chief | UN peacekeepers | U.N. peacekeepers | UN peacekeeping mission | UN Human Rights Council | U.N. Human Rights Council | United Nations Human Rights Council | UNHRC
actor IGOUNO : UNHCR | UN refugee agency | U.N. refugee agency | United Nations High Commissioner for Refugees | Office of the United Nations High Commissioner for Refugees | UNICEF | United Nations Children's Fund | UN Children's Fund | WFP | World Food Programme | World Food Program | UNRWA | United Nations Relief and Works Agency | UN agency for Palestinian refugees | OCHA | UNOCHA | Office for the Coordination of Humanitarian Affairs | UN humanitarian office | UNDP | United Nations Development Programme | UNESCO | United Nations Educational, Scientific and Cultural Organization | UNFPA | UN Population Fund | FAO | Food and Agriculture Organization | ILO | International Labour Organization | International Labor Organization | IOM | International Organization for Migration | UN migration agency | UNEP | UNCTAD | UN Women | OHCHR | UN human rights office | U.N. human rights office | Office of the High Commissioner for Human Rights | UN High Commissioner for Human Rights | World Health Organization | World Health Organisation | UNAIDS | UNODC | UN Office on Drugs and Crime | UNOPS | UNMAS
actor IGOUNO : UNIFIL | United Nations Interim Force in Lebanon | MONUSCO | MONUC | UNMISS | UNAMA | UNAMI | UNSMIL | UNMIK | UNFICYP | UNDOF | UNTSO | MINUSMA | MINUSCA | UNAMID | UNMIL | UNOCI | UNMIT | UNITAMS | UNMHA | UN Mission in South Sudan | UN mission in Afghanistan | UN monitors | DPKO | Department of Peacekeeping Operations | UN Department of Peacekeeping Operations
actor IGOIAE : IAEA | International Atomic Energy Agency | UN nuclear watchdog | U.N. nuclear watchdog | UN atomic watchdog | U.N. atomic watchdog | UN nuclear agency | U.N. nuclear agency | UN atomic agency
actor IGONAT : NATO | North Atlantic Treaty Organization | North Atlantic Treaty Organisation | Atlantic alliance | North Atlantic Alliance | NATO alliance | NATO allies | NATO forces | NATO troops | ISAF | International Security Assistance Force | KFOR | Kosovo Force | Supreme Headquarters Allied Powers Europe | North Atlantic Council | NATO Secretary-General | NATO chief
actor IGOEEC : European Union | EU | E.U. | European Commission | EU Commission | European Council | Council of the European Union | Council of the EU | EU Council | European Parliament | EU Parliament | European External Action Service | EEAS | European Central Bank | ECB | Eurogroup | Frontex | EU foreign policy chief | EU foreign-policy chief | EU High Representative | EU Commission President | Court of Justice of the European Union | European Court of Justice | EU member states | EUFOR | EUFOR Althea | EULEX | Operation Aspides | EUNAVFOR | Operation Atalanta | Operation Sophia | Operation Irini
actor IGOOSC : OSCE | Organization for Security and Co-operation in Europe | Organization for Security and Cooperation in Europe | Organisation for Security and Co-operation in Europe | OSCE SMM | OSCE Special Monitoring Mission | Special Monitoring Mission | OSCE monitors | OSCE mission | ODIHR | OSCE Minsk Group | Minsk Group
actor IGOAFU : African Union | AU | A.U. | African Union Commission | AU Commission | AU Peace and Security Council | AMISOM | African Union Mission in Somalia | ATMIS | AUSSOM | Organization of African Unity | Organisation of African Unity | OAU | Africa Union
actor IGOARL : Arab League | League of Arab States | Arab League Secretary-General
actor IGOASN : ASEAN | Association of Southeast Asian Nations | Association of South East Asian Nations | Association of South-East Asian Nations
actor IGOGCC : GCC | Gulf Cooperation Council | Gulf Co-operation Council | Cooperation Council for the Arab States of the Gulf | Co-operation Council for the Arab States of the Gulf | Peninsula Shield Force
actor IGOOPC : OPEC | Organization of the Petroleum Exporting Countries | Organisation of the Petroleum Exporting Countries | OPEC Plus
actor IGOWTO : WTO | World Trade Organization | World Trade Organisation
actor IGOIMF : IMF | International Monetary Fund | I.M.F.
actor IGOWBK : World Bank | World Bank Group | International Bank for Reconstruction and Development | IBRD | International Development Association | International Finance Corporation
actor IGOICC : ICC | International Criminal Court | ICC prosecutor | ICC prosecutors | Hague-based International Criminal Court
actor IGOICJ : ICJ | International Court of Justice | World Court | UN's top court | U.N.'s top court | UN top court | U.N. top court
actor IGOSCO : SCO | Shanghai Cooperation Organization | Shanghai Cooperation Organisation | Shanghai Co-operation Organisation | Shanghai Five
actor IGOCIS : CIS | Commonwealth of Independent States
actor IGOBRI : BRICS | BRICS group | BRICS nations | BRICS countries | BRIC
actor IGOG07 : G7 | G-7 | Group of Seven | G7 leaders | G7 nations | G7 countries | G7 foreign ministers
actor IGOG20 : G20 | G-20 | Group of 20 | Group of Twenty | G20 leaders | G20 nations | G20 countries

actor IGOWAF : ECOWAS | Economic Community of West African States | ECOMOG
actor IGOSAD : SADC | Southern African Development Community
actor IGOEEC : European Community | European Communities | European Economic Community | EEC | EC | Common Market | EC Commission
actor IGOOAS : OAS | Organization of American States | Organisation of American States
actor IGO : APEC | Asia-Pacific Economic Cooperation | Asia Pacific Economic Cooperation | Asia-Pacific Economic Co-operation
actor IGO : Inter-Parliamentary Union | IPU | Commonwealth of Nations | British Commonwealth | Arab Maghreb Union | Non-Aligned Movement | Organisation of the Islamic Conference | Organization of the Islamic Conference | Organization of Islamic Conference | Interpol | International Criminal Police Organization
actor IGO : Inter-American Development Bank | IADB | IDB | African Development Bank | AfDB | Asian Development Bank | ADB | European Bank for Reconstruction and Development | EBRD
actor IGO : OPCW | Organisation for the Prohibition of Chemical Weapons | Organization for the Prohibition of Chemical Weapons | Council of Europe | Commonwealth Secretariat | Organisation of Islamic Cooperation | Organization of Islamic Cooperation | OIC | IGAD | Intergovernmental Authority on Development

# ===================================================================== Transnational armed groups
actor IMGREB : al-Qaeda | al-Qaida | al Qaeda | al Qaida | al-Qa'ida | al-Qa’ida | Qaeda | Qaida | al-Qaeda in the Arabian Peninsula | AQAP | al-Qaeda in the Islamic Maghreb | AQIM | al-Qaeda in Iraq | AQI | al-Qaeda in the Indian Subcontinent | AQIS | Jama'at Nusrat al-Islam wal-Muslimin | Jamaat Nusrat al-Islam wal-Muslimin | JNIM | Ansar al-Sharia | Ansar Dine | Hurras al-Din | Hurras ad-Din
actor IMGREB : Osama bin Laden | Usama bin Laden | bin Laden | Ayman al-Zawahiri | Ayman al-Zawahri | Ayman Zawahiri | al-Zawahiri | Zawahiri | Saif al-Adel | Abu Musab al-Zarqawi | al-Zarqawi | Zarqawi | Anwar al-Awlaki | Awlaki | Nasser al-Wuhayshi
actor IMGREB : Abu Zubaydah | Abu Zubaida   # al-Qaeda operative captured in 2002
actor IMGREB : Islamic State | IS group | the IS group | Islamic State group | ISIS | ISIL | I.S.I.S. | Daesh | Daish | Da'esh | Islamic State of Iraq and the Levant | Islamic State of Iraq and Syria | Islamic State of Iraq and al-Sham | Islamic State in Iraq and Syria | Islamic State of Iraq | Islamic State militants | Islamic State fighters | ISIS fighters | ISIS militants | IS militants | IS fighters | Islamic State-Khorasan | Islamic State Khorasan | Islamic State Khorasan Province | ISIS-K | ISIS-Khorasan | ISKP | IS-K | Islamic State West Africa Province | ISWAP | Islamic State Sahel Province | Islamic State in the Greater Sahara | ISGS | Islamic State Central Africa Province | ISCAP | Islamic State Somalia | Islamic State Mozambique | Ansar al-Sunna | Sinai Province | Wilayat Sinai | Ansar Beit al-Maqdis
actor IMGREB : Abu Bakr al-Baghdadi | al-Baghdadi | Abu Ibrahim al-Hashimi al-Qurashi | Abu Hafs al-Hashimi al-Qurashi | Abu Mohammed al-Adnani | al-Adnani

# ===================================================================== Non-governmental organisations
actor NGO : Action Against Hunger | Caritas Internationalis | CARE International | World Vision | Handicap International | Humanity & Inclusion | Danish Refugee Council | Catholic Relief Services | Samaritan's Purse | Direct Relief | Human Rights First | International Commission of Jurists | Bellingcat
actor NGOHRI : Amnesty International | Amnesty | Human Rights Watch | HRW | Committee to Protect Journalists | CPJ | Reporters Without Borders | Reporters Sans Frontieres | Reporters sans frontières | International Federation for Human Rights | FIDH | Freedom House | Physicians for Human Rights | Front Line Defenders
actor NGO : International Committee of the Red Cross | ICRC | Red Cross | International Red Cross | Red Crescent | International Federation of Red Cross and Red Crescent Societies | IFRC | Doctors Without Borders | Medecins Sans Frontieres | Médecins Sans Frontières | MSF | Oxfam | Save the Children | Norwegian Refugee Council | NRC | International Rescue Committee | Mercy Corps | World Central Kitchen | Islamic Relief | Caritas | International Crisis Group | Crisis Group | Transparency International | Greenpeace | Gaza Humanitarian Foundation | GHF
actor SYRNGO : Syrian Observatory for Human Rights | Syrian Observatory | SOHR | White Helmets | Syria Civil Defence | Syrian Civil Defence | Syrian Network for Human Rights | SNHR
actor ISRNGO : B'Tselem | Peace Now | Breaking the Silence | Yesh Din
actor PSENGO : Al-Haq | Palestinian Centre for Human Rights | Palestinian Center for Human Rights | PCHR | Palestinian Red Crescent Society | Palestinian Red Crescent | PRCS
actor RUSNGO : OVD-Info | Memorial human rights group | Memorial Human Rights Centre | Committee of Soldiers' Mothers
actor UKRNGO : Center for Civil Liberties | Centre for Civil Liberties

# ===================================================================== News media (MED)
actor RUSMED : Interfax | TASS | ITAR-TASS | Itar-Tass | RIA Novosti | Sputnik news agency | Russia Today | Channel One Russia | Rossiya 24
actor UKRMED : Ukrinform | UNIAN | Ukrainska Pravda
actor TURMED : Anadolu | Anadolu Agency | Anadolu news agency | TRT | TRT World
actor JPNMED : Kyodo | Kyodo News | Kyodo news agency | NHK
actor ITAMED : ANSA | Ansa news agency
actor SRBMED : Tanjug | Tanjug news agency
actor EGYMED : Middle East News Agency | Al-Ahram | Al Ahram
actor JORMED : Petra news agency | Jordan News Agency
actor SAUMED : Al Arabiya | Al-Arabiya
actor AREMED : WAM | Emirates News Agency
actor MYSMED : Bernama | Bernama news agency
actor IDNMED : Antara | Antara news agency
actor INDMED : Press Trust of India | PTI news agency
actor PAKMED : Associated Press of Pakistan | Dawn newspaper | Geo News | Geo TV
actor DEUMED : Deutsche Welle | Der Spiegel | Deutsche Presse-Agentur
actor FRAMED : Agence France-Presse | Agence France Presse | Le Monde | France 24
actor GBRMED : Reuters | Reuters news agency | Financial Times | Sky News
actor USAMED : Associated Press | The Associated Press | AP Television News | APTN | CNN | New York Times | The New York Times | Washington Post | The Washington Post | Wall Street Journal | The Wall Street Journal | Fox News | NBC News | CBS News | ABC News | Bloomberg News | Voice of America | VOA | Radio Free Europe | RFE/RL | Politico | Axios
actor ISRMED : Haaretz | Times of Israel | Jerusalem Post | Kan public broadcaster | Army Radio
actor LBNMED : LBCI | Naharnet
actor QATMED : Al Jazeera English
actor AFGMED : Afghan Islamic Press
actor MED : Al-Masdar News   # a privately run news site
actor FRAMED : Gilles Jacquier   # France 2 journalist killed in Homs in 2012

# ===================================================================== Groups of states named by region or faith
# "Arab states condemned ...", "Western powers imposed sanctions ...": several states acting
# together, named by their region, take CAMEO's regional code (WST the West, MEA Middle East,
# PGS Persian Gulf, EUR Europe, EEU Eastern Europe, BLK Balkans, SCN Scandinavia, AFR Africa,
# WAF West Africa, EAF East Africa, ASA Asia, SEA Southeast Asia, SAS South Asia, CAS Central
# Asia, LAM Latin America, CRB Caribbean); named by their faith, CAMEO's religion code and
# GOV (MOSGOV: MOS alone is the role "Muslims", agents.lex, which takes its context's country).
# A region code names no country: such an actor gives a bare role no country, and it counts
# as no country in the figures. Only the plural nouns of states ("countries", "nations",
# "states", "powers", "governments", "allies"): "Arab", "Western" or "African" alone name
# people, a direction or a place ("Arab residents", "western Ukraine", "African farmers"), and
# "Muslim leaders" are a community's. "The West" is left out: lower-case text writes the
# direction the same way ("in the west of the country"). The Baltic states, which CAMEO's
# regions do not name, are EUR. Bodies with a name of their own (Arab League, GCC, EU, AU,
# ASEAN, G7) are IGOs above. A new region code also goes into the regions list of
# src/format/codes.c (a region is no country part of a code); the format test fails until it does.
# Leaders and officials of several states named by their region speak for their
# governments: the region's code and GOV ("European leaders", "African envoys", "Western
# officials"). Not the region's adjective alone: "African farmers", "the West African
# country", "Africans" are people or one country, not the region's states.
actor EURGOV : European leaders | European officials | European diplomats | European negotiators | European ministers | European envoys | European governments
actor AFRGOV : African leaders | African officials | African diplomats | African negotiators | African ministers | African envoys | African heads of state
actor WAFGOV : West African leaders | West African officials | West African envoys | West African mediators | West African heads of state
actor EAFGOV : East African leaders | East African officials | East African envoys | East African mediators | East African heads of state
actor ASAGOV : Asian leaders | Asian officials | Asian diplomats | Asian ministers
actor LAMGOV : Latin American leaders | Latin American officials | Latin American diplomats | Latin American ministers
actor WSTGOV : Western leaders | Western officials | Western diplomats | Western negotiators | Western ministers | Western envoys
actor MEAGOV : Arab leaders | Arab officials | Arab diplomats | Arab ministers | Arab envoys | Arab mediators
actor WST : Western countries | Western nations | Western states | Western powers | Western governments | Western allies | Western democracies
actor MEA : Arab states | Arab countries | Arab nations | Arab governments | Arab allies | Middle Eastern countries | Middle East countries
actor PGS : Gulf states | Gulf countries | Gulf nations | Gulf monarchies | Gulf Arab states | Arab Gulf states
actor EUR : European countries | European nations | European states | European powers | European governments | European allies | Baltic states | Baltic countries | Baltic nations
actor EEU : Eastern European countries | East European countries | Eastern European nations
actor BLK : Balkan countries | Balkan states | Balkan nations
actor SCN : Nordic countries | Nordic nations | Nordic states | Scandinavian countries | Scandinavian nations
actor AFR : African countries | African nations | African states | African governments
actor WAF : West African countries | West African states | West African nations
actor EAF : East African countries | East African states | East African nations
actor ASA : Asian countries | Asian nations | Asian states | Asian governments
actor SEA : Southeast Asian countries | Southeast Asian nations | South-East Asian nations
actor SAS : South Asian countries | South Asian nations
actor CAS : Central Asian countries | Central Asian states | Central Asian republics
actor LAM : Latin American countries | Latin American nations | Latin American governments
actor CRB : Caribbean countries | Caribbean nations | Caribbean states
actor MOSGOV : Muslim countries | Muslim nations | Muslim states | Islamic countries | Islamic nations | Muslim-majority countries

# ===================================================================== Former states, coded as their successor state (CAMEO practice)
actor SRB : Yugoslavia | Federal Republic of Yugoslavia | Socialist Federal Republic of Yugoslavia | Yugoslav
actor RUS : Soviet Union | USSR | U.S.S.R. | Soviet
actor COD : Zaire | Zairean | Zairian | Zaireans
actor KHM : Kampuchea | Kampuchean | Democratic Kampuchea
actor CZE : Czechoslovakia | Czechoslovak | Czechoslovakian
actor ZWE : Rhodesia | Rhodesian
actor LKA : Ceylon
actor DEU : West Germany | West German | Federal Republic of Germany
# demonyms that the generated countries.lex lacks
demonym KGZ : Kyrgyz | Kyrgyzstani | Kirgiz
demonym TJK : Tajik | Tajiks | Tajikistani
demonym UZB : Uzbek | Uzbeks
