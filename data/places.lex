# dyad-lexicon 1
#
# data/places.lex -- places that city lists lack or that dominate conflict news: Ukrainian oblasts,
# frontline towns, Russian border regions, disputed and occupied territories, seas and straits, and
# the capitals and main cities of the most newsworthy countries.  Format: docs/lexicon.md.
#
# Conventions
# * City coordinates are GeoNames points (4 decimals); admin1 and region points are approximate
#   centroids.  Occupied or annexed places are coded with the ISO/UN country (Crimea and Donbas: UKR;
#   Golan Heights: SYR; Gaza, West Bank, East Jerusalem: PSE; Nagorno-Karabakh: AZE; Transnistria: MDA;
#   Abkhazia and South Ossetia: GEO).
# * Oblast / province entries list "X region | X oblast | X province"; the bare name "X" is left to the
#   city of the same name.  Former names (Artemivsk, Dnipropetrovsk, Kirovohrad...) are aliases of the city.
# * Seas and straits outside a single country's territory use the user-assigned code XXX (no country).

# Countries whose place names reach English text romanised in more than one
# system (from Cyrillic: Ukrainian, Russian and older transliterations): their
# GeoNames names are also keyed by consonant skeleton (Pechenihy/Pechenegi),
# looked up only within a region the text names.
countries skeleton : UKR | RUS | BLR | MDA | KAZ | KGZ | TJK | UZB | BGR | SRB
  | MKD | MNE | BIH | MNG

# ---------------------------------------------------------------- cities and towns
# UKR
place UKR 50.4547 30.5238 city : Kyiv | Kiev | Kyyiv
place UKR 49.9818 36.2548 city : Kharkiv | Kharkov
place UKR 46.4857 30.7438 city : Odesa | Odessa
place UKR 48.4666 35.0407 city : Dnipro | Dnipropetrovsk | Dnepr | Dnepropetrovsk
place UKR 47.8517 35.1171 city : Zaporizhzhia | Zaporizhia | Zaporozhye | Zaporizhzhya
place UKR 49.8383 24.0232 city : Lviv | Lvov | Lwow
place UKR 49.5540 25.5907 city : Ternopil | Ternopol
place UKR 50.9174 34.7991 city : Sumy
place UKR 46.6369 32.6146 city : Kherson
place UKR 46.9763 31.9930 city : Mykolaiv | Nikolaev | Nikolayev | Mykolayiv
place UKR 51.5054 31.2866 city : Chernihiv | Chernigov
place UKR 49.5892 34.5537 city : Poltava
place UKR 49.2322 28.4687 city : Vinnytsia | Vinnitsa | Vinnytsya
place UKR 50.2623 28.6791 city : Zhytomyr | Zhitomir
place UKR 50.6204 26.2370 city : Rivne | Rovno
place UKR 50.7578 25.3502 city : Lutsk
place UKR 48.9231 24.7125 city : Ivano-Frankivsk
place UKR 48.6242 22.2947 city : Uzhhorod | Uzhgorod
place UKR 48.2904 25.9324 city : Chernivtsi | Chernovtsy
place UKR 49.4183 26.9794 city : Khmelnytskyi | Khmelnytskyy | Khmelnitsky | Khmelnytsky
place UKR 48.5083 32.2662 city : Kropyvnytskyi | Kropyvnytskyy | Kirovohrad | Kirovograd
place UKR 49.4445 32.0574 city : Cherkasy | Cherkassy
place UKR 48.0230 37.8022 city : Donetsk
place UKR 48.5681 39.3055 city : Luhansk | Lugansk
place UKR 44.6080 33.5213 city : Sevastopol | Sebastopol
place UKR 44.9572 34.1108 city : Simferopol
place UKR 48.5942 37.9989 city : Bakhmut | Artemivsk | Artyomovsk
place UKR 48.1402 37.7501 city : Avdiivka | Avdiyivka | Avdeevka | Avdeyevka
place UKR 48.2801 37.1771 city : Pokrovsk | Krasnoarmeysk | Krasnoarmiisk
place UKR 48.7311 37.5678 city : Kramatorsk
place UKR 48.8497 37.5974 city : Sloviansk | Slovyansk | Slavyansk
place UKR 47.0951 37.5413 city : Mariupol
place UKR 48.5273 37.7059 city : Kostiantynivka | Kostyantynivka | Konstantinovka
place UKR 48.5877 37.8341 city : Chasiv Yar
place UKR 48.3948 37.8478 city : Toretsk | Dzerzhynsk
place UKR 47.7797 37.2500 city : Vuhledar | Ugledar
place UKR 48.9901 37.8084 city : Lyman | Krasnyi Lyman | Krasny Liman
place UKR 48.8648 38.0968 city : Siversk | Seversk
place UKR 48.3099 37.2651 city : Myrnohrad | Dymytrov
place UKR 48.1465 37.3022 city : Selydove | Selidovo
place UKR 47.9847 37.2807 city : Kurakhove | Kurakhovo
place UKR 47.9453 37.5054 city : Marinka | Maryinka
place UKR 47.8428 36.8363 city : Velyka Novosilka
place UKR 48.4211 37.0487 city : Dobropillia | Dobropolye
place UKR 48.6200 37.5254 city : Druzhkivka
place UKR 48.6921 38.0710 city : Soledar
place UKR 48.2999 38.0171 city : Horlivka | Gorlovka
place UKR 48.0478 37.9258 city : Makiivka | Makeyevka
place UKR 48.1268 37.8592 city : Yasynuvata | Yasinovataya
place UKR 47.6008 37.4936 city : Volnovakha
place UKR 48.3359 38.4026 city : Debaltseve | Debaltsevo
place UKR 48.0986 37.3681 city : Ukrainsk
place UKR 48.2445 37.6157 city : Ocheretyne
place UKR 48.3541 37.2064 city : Rodynske
place UKR 48.0573 37.3716 city : Hirnyk
place UKR 48.9258 38.2467 city : Bilohorivka
place UKR 48.4337 38.2233 city : Svitlodarsk
place UKR 48.9482 38.4917 city : Sievierodonetsk | Severodonetsk | Syevyerodonetsk
place UKR 48.9121 38.4209 city : Lysychansk | Lisichansk
place UKR 49.0481 38.2155 city : Kreminna | Kremennaya
place UKR 49.4093 38.1553 city : Svatove | Svatovo
place UKR 49.2788 38.9075 city : Starobilsk | Starobelsk
place UKR 48.4691 38.7974 city : Alchevsk
place UKR 48.5682 38.6435 city : Kadiivka | Stakhanov
place UKR 49.0085 38.3797 city : Rubizhne
place UKR 49.7100 37.6158 city : Kupiansk | Kupyansk
place UKR 49.2070 37.2768 city : Izium | Izyum
place UKR 50.2908 36.9411 city : Vovchansk | Volchansk
place UKR 49.4560 36.8443 city : Balakliia | Balakleya | Balakliya
place UKR 48.8907 36.3141 city : Lozova | Lozovaya
place UKR 49.8354 36.6865 city : Chuhuiv | Chuguev | Chuhuyiv
place UKR 50.2092 36.4209 city : Lyptsi
place UKR 50.0716 36.7851 city : Staryi Saltiv
place UKR 50.1079 36.1209 city : Derhachi
place UKR 50.3321 36.1982 city : Kozacha Lopan
place UKR 46.8473 35.3820 city : Melitopol
place UKR 47.6668 36.2558 city : Huliaipole | Hulyaipole | Gulyaipole
place UKR 47.5761 35.7833 city : Orikhiv | Orekhov
place UKR 47.4905 34.6620 city : Enerhodar | Energodar
place UKR 46.7558 36.7882 city : Berdiansk | Berdyansk
place UKR 47.2555 35.7084 city : Tokmak
place UKR 47.4422 35.2821 city : Vasylivka
place UKR 47.4787 36.2546 city : Polohy
place UKR 47.4444 35.8367 city : Robotyne | Rabotino
place UKR 47.5902 35.3640 city : Stepnohirsk
place UKR 47.5683 34.3913 city : Nikopol
place UKR 47.9057 33.3940 city : Kryvyi Rih | Krivoy Rog | Kryvyy Rih
place UKR 48.5321 35.8688 city : Pavlohrad | Pavlograd
place UKR 48.5172 34.6062 city : Kamianske | Dniprodzerzhynsk
place UKR 47.6309 34.6245 city : Marhanets
place UKR 46.7597 33.3559 city : Nova Kakhovka
place UKR 46.8160 33.4786 city : Kakhovka
place UKR 46.8385 33.4266 city : Beryslav
place UKR 46.6147 31.5450 city : Ochakiv | Ochakov
place UKR 47.4053 32.4344 city : Bashtanka
place UKR 47.0765 32.8197 city : Snihurivka
place UKR 46.6255 32.7243 city : Oleshky | Tsiurupynsk
place UKR 46.5297 32.5241 city : Hola Prystan
place UKR 46.1092 33.6921 city : Armiansk | Armyansk
place UKR 46.7260 33.0920 city : Krynky
place UKR 47.5622 31.3360 city : Voznesensk
place UKR 48.0448 30.8478 city : Pervomaisk | Pervomaysk
place UKR 47.8288 31.1751 city : Pivdennoukrainsk | Yuzhnoukrainsk
place UKR 45.3506 28.8375 city : Izmail | Izmayil
place UKR 46.1948 30.3483 city : Bilhorod-Dnistrovskyi | Bilhorod-Dnistrovskyy | Belgorod-Dnestrovsky
place UKR 46.2991 30.6553 city : Chornomorsk | Illichivsk
place UKR 46.6226 31.1013 city : Pivdennyi | Yuzhne
place UKR 45.4028 29.5869 city : Vylkove
place UKR 45.4542 28.2773 city : Reni
place UKR 50.3085 34.8947 city : Okhtyrka | Akhtyrka
place UKR 51.2325 33.2004 city : Konotop
place UKR 51.8643 33.4728 city : Shostka
place UKR 51.6798 33.9168 city : Hlukhiv | Glukhov
place UKR 50.7739 35.2563 city : Krasnopillia | Krasnopillya
place UKR 51.1475 34.3108 city : Bilopillia
place UKR 52.1889 34.0361 city : Seredyna-Buda
place UKR 50.5474 30.2088 city : Bucha
place UKR 50.5220 30.2404 city : Irpin | Irpen
place UKR 50.5684 30.2651 city : Hostomel | Gostomel
place UKR 50.6431 29.9233 city : Borodianka | Borodyanka
place UKR 50.5110 30.7911 city : Brovary
place UKR 49.7994 30.1165 city : Bila Tserkva | Belaya Tserkov
place UKR 51.2701 30.2197 city : Chornobyl | Chernobyl
place UKR 49.0625 33.4048 city : Kremenchuk | Kremenchug
place UKR 48.7501 30.2194 city : Uman
place UKR 50.2961 26.8661 city : Slavuta
place UKR 50.3286 26.6487 city : Netishyn
place UKR 51.3404 25.8555 city : Varash | Kuznetsovsk
place UKR 51.5225 30.7181 city : Slavutych
place UKR 49.7552 27.2123 city : Starokostiantyniv | Starokonstantinov | Starokostyantyniv
place UKR 49.2610 23.8484 city : Stryi | Stryy
place UKR 50.3940 24.2394 city : Chervonohrad | Sheptytskyi
place UKR 48.4425 22.7180 city : Mukachevo
place UKR 48.6289 35.2589 city : Samar | Novomoskovsk
place UKR 45.3567 36.4754 city : Kerch
place UKR 44.5022 34.1662 city : Yalta
place UKR 45.0320 35.3815 city : Feodosia | Feodosiya
place UKR 45.7131 34.3927 city : Dzhankoi | Dzhankoy
place UKR 45.1342 33.6000 city : Saky | Saki
place UKR 45.2009 33.3665 city : Yevpatoria | Yevpatoriya | Eupatoria
# RUS
place RUS 55.7520 37.6178 city : Moscow
place RUS 59.9386 30.3141 city : St Petersburg | St. Petersburg | Saint Petersburg | Petersburg
place RUS 50.6034 36.5809 city : Belgorod
place RUS 51.7269 36.1846 city : Kursk
place RUS 53.2710 34.3214 city : Bryansk
place RUS 47.2200 39.7077 city : Rostov-on-Don | Rostov
place RUS 51.6683 39.1920 city : Voronezh
place RUS 45.0453 38.9818 city : Krasnodar
place RUS 44.7319 37.7618 city : Novorossiysk | Novorossiisk
place RUS 47.2363 38.9053 city : Taganrog
place RUS 46.6926 38.2791 city : Yeysk | Yeisk
place RUS 44.1008 39.0833 city : Tuapse
place RUS 43.5970 39.7248 city : Sochi
place RUS 50.4134 36.9254 city : Shebekino
place RUS 51.1910 35.2710 city : Sudzha
place RUS 51.6893 35.2845 city : Lgov
place RUS 51.5714 34.6832 city : Rylsk
place RUS 51.4106 34.9001 city : Korenevo
place RUS 50.4789 35.6809 city : Graivoron | Grayvoron
place RUS 52.5876 39.5515 city : Lipetsk
place RUS 52.9688 36.0791 city : Oryol | Orel
place RUS 54.1961 37.6182 city : Tula
place RUS 54.6270 39.7041 city : Ryazan
place RUS 54.7783 32.0509 city : Smolensk
place RUS 57.8192 28.3318 city : Pskov
place RUS 51.4839 46.1053 city : Engels
place RUS 51.5405 45.9901 city : Saratov
place RUS 48.7138 44.4976 city : Volgograd
place RUS 55.7887 49.1221 city : Kazan
place RUS 55.7623 52.0442 city : Yelabuga | Elabuga
place RUS 54.7064 20.5110 city : Kaliningrad
place RUS 68.9678 33.0992 city : Murmansk
place RUS 69.0694 33.4081 city : Severomorsk
place RUS 43.3120 45.6889 city : Grozny | Groznyy
place RUS 42.9778 47.5003 city : Makhachkala
place RUS 43.1056 131.8735 city : Vladivostok
place RUS 56.8573 60.6153 city : Yekaterinburg | Ekaterinburg
place RUS 55.0226 82.9317 city : Novosibirsk
place RUS 58.0105 56.2502 city : Perm
place RUS 53.2077 50.1355 city : Samara
place RUS 56.3287 44.0020 city : Nizhny Novgorod | Nizhniy Novgorod
place RUS 54.7431 55.9678 city : Ufa
place RUS 57.6299 39.8737 city : Yaroslavl
place RUS 56.8584 35.9006 city : Tver
place RUS 54.5306 36.2700 city : Kaluga
place RUS 52.7363 41.4410 city : Tambov
place RUS 46.3497 48.0408 city : Astrakhan
place RUS 45.0344 41.9642 city : Stavropol
place RUS 53.3981 59.0066 city : Magnitogorsk
place RUS 64.5583 39.8297 city : Severodvinsk
# BLR
place BLR 53.9002 27.5665 city : Minsk
place BLR 53.6758 23.8289 city : Grodno | Hrodna
place BLR 52.4345 30.9754 city : Gomel | Homel | Homyel
# MDA
place MDA 47.0090 28.8594 city : Chisinau | Chișinău | Kishinev
place MDA 46.8428 29.6284 city : Tiraspol
# POL
place POL 52.2298 21.0118 city : Warsaw
place POL 50.0413 21.9990 city : Rzeszow | Rzeszów
# LTU
place LTU 54.6892 25.2798 city : Vilnius
# LVA
place LVA 56.9460 24.1059 city : Riga
# EST
place EST 59.4370 24.7535 city : Tallinn
# FIN
place FIN 60.1695 24.9354 city : Helsinki
# SWE
place SWE 59.3294 18.0687 city : Stockholm
# NOR
place NOR 59.9127 10.7461 city : Oslo
# DNK
place DNK 55.6759 12.5655 city : Copenhagen
# ROU
place ROU 44.4323 26.1063 city : Bucharest
# BGR
place BGR 42.6975 23.3241 city : Sofia
# SRB
place SRB 44.8040 20.4651 city : Belgrade
# GRC
place GRC 37.9838 23.7278 city : Athens
# CZE
place CZE 50.0880 14.4208 city : Prague
# SVK
place SVK 48.1482 17.1067 city : Bratislava
# AUT
place AUT 48.2085 16.3721 city : Vienna
# HUN
place HUN 47.4984 19.0404 city : Budapest
# CHE
place CHE 46.2022 6.1457 city : Geneva
place CHE 46.9481 7.4474 city : Bern
# NLD
place NLD 52.0767 4.2986 city : The Hague
place NLD 52.3740 4.8897 city : Amsterdam
# BEL
place BEL 50.8505 4.3488 city : Brussels
# GBR
place GBR 51.5085 -0.1257 city : London
# FRA
place FRA 48.8534 2.3488 city : Paris
# DEU
place DEU 52.5244 13.4105 city : Berlin
place DEU 49.4445 7.5553 city : Ramstein
place DEU 48.1374 11.5755 city : Munich
# ITA
place ITA 41.8919 12.5113 city : Rome
# ESP
place ESP 40.4165 -3.7026 city : Madrid
# TUR
place TUR 39.9199 32.8543 city : Ankara
place TUR 41.0138 28.9497 city : Istanbul
place TUR 37.0594 37.3825 city : Gaziantep
# ISR
place ISR 31.7690 35.2163 city : Jerusalem
# PSE
place PSE 31.7834 35.2339 city : East Jerusalem
# ISR
place ISR 32.0809 34.7806 city : Tel Aviv | Tel Aviv-Yafo
place ISR 32.8130 34.9993 city : Haifa
place ISR 31.5250 34.5969 city : Sderot
place ISR 31.6693 34.5715 city : Ashkelon
place ISR 31.7921 34.6497 city : Ashdod
place ISR 31.2518 34.7913 city : Beersheba | Beer Sheva | Be'er Sheva
place ISR 29.5581 34.9482 city : Eilat
place ISR 33.2120 35.5704 city : Kiryat Shmona | Qiryat Shmona | Qiryat Shemona
place ISR 33.2793 35.5787 city : Metula
place ISR 32.3329 34.8592 city : Netanya
# PSE
place PSE 31.5016 34.4667 city : Gaza City
place PSE 31.3402 34.3063 city : Khan Younis | Khan Yunis | Khan Younes
place PSE 31.2972 34.2436 city : Rafah
place PSE 31.5272 34.4835 city : Jabalia | Jabaliya | Jabalya
place PSE 31.4183 34.3493 city : Deir al-Balah | Deir el-Balah | Dayr al-Balah
place PSE 31.5353 34.5358 city : Beit Hanoun | Beit Hanun
place PSE 31.5464 34.4951 city : Beit Lahia | Beit Lahiya
place PSE 31.4486 34.3925 city : Nuseirat
place PSE 31.8996 35.2042 city : Ramallah
place PSE 32.4607 35.3027 city : Jenin
place PSE 32.2211 35.2544 city : Nablus
place PSE 31.5294 35.0938 city : Hebron | al-Khalil
place PSE 32.3116 35.0269 city : Tulkarem | Tulkarm
place PSE 31.7049 35.2038 city : Bethlehem
place PSE 31.8667 35.4500 city : Jericho
place PSE 32.1897 34.9706 city : Qalqilya | Qalqiliya | Qalqilyah
# IRN
place IRN 35.6944 51.4215 city : Tehran | Teheran
place IRN 32.6525 51.6746 city : Isfahan | Esfahan
place IRN 33.5112 51.9181 city : Natanz
place IRN 34.6401 50.8764 city : Qom
place IRN 29.6103 52.5311 city : Shiraz
place IRN 38.0800 46.2919 city : Tabriz
place IRN 36.2981 59.6057 city : Mashhad
place IRN 27.1865 56.2808 city : Bandar Abbas
place IRN 28.9689 50.8366 city : Bushehr
place IRN 31.3190 48.6842 city : Ahvaz | Ahwaz
place IRN 34.3142 47.0650 city : Kermanshah
# IRQ
place IRQ 33.3406 44.4009 city : Baghdad
place IRQ 36.3350 43.1189 city : Mosul
place IRQ 36.1912 44.0094 city : Erbil | Irbil | Arbil
place IRQ 30.5085 47.7804 city : Basra | Basrah
place IRQ 35.4681 44.3922 city : Kirkuk
place IRQ 33.3491 43.7860 city : Fallujah | Falluja
place IRQ 33.4206 43.3078 city : Ramadi
place IRQ 34.6158 43.6786 city : Tikrit
place IRQ 34.1959 43.8857 city : Samarra
place IRQ 32.0259 44.3462 city : Najaf
place IRQ 32.6160 44.0249 city : Karbala | Kerbala
place IRQ 35.5650 45.4329 city : Sulaymaniyah | Sulaimaniyah | Suleimaniyah
place IRQ 36.8661 42.9879 city : Duhok | Dohuk | Dihok
place IRQ 31.0580 46.2573 city : Nasiriyah | Nassiriya
place IRQ 33.7540 44.6052 city : Baqubah | Baquba
place IRQ 33.7856 42.4412 city : Ain al-Asad | Ain al-Assad | Al-Asad air base
# SYR
place SYR 33.5102 36.2913 city : Damascus
place SYR 36.2012 37.1612 city : Aleppo
place SYR 34.7240 36.7256 city : Homs
place SYR 35.1318 36.7578 city : Hama | Hamah
place SYR 35.9306 36.6339 city : Idlib | Idleb
place SYR 35.5312 35.7909 city : Latakia | Lattakia
place SYR 34.8890 35.8866 city : Tartus | Tartous
place SYR 35.9528 39.0079 city : Raqqa | Al-Raqqa | Raqqah
place SYR 35.3359 40.1408 city : Deir ez-Zor | Deir el-Zour | Deir Ezzor | Deir al-Zor
place SYR 36.5024 40.7477 city : Hasakah | Al-Hasakah | Hasaka
place SYR 37.0521 41.2314 city : Qamishli | Qamishlo
place SYR 32.6189 36.1021 city : Daraa | Deraa
place SYR 32.7090 36.5695 city : Sweida | Suwayda | As-Suwayda
place SYR 36.5281 37.9549 city : Manbij
place SYR 36.8909 38.3535 city : Kobani | Ayn al-Arab | Kobane
place SYR 36.5119 36.8695 city : Afrin
place SYR 36.8503 40.0705 city : Ras al-Ain | Ras al-Ayn | Sere Kaniye
place SYR 36.6965 38.9538 city : Tal Abyad | Tell Abyad | Tall Abyad
place SYR 34.4523 40.9185 city : Albu Kamal | Al-Bukamal | Abu Kamal
place SYR 34.5624 38.2840 city : Palmyra | Tadmur
place SYR 33.1260 35.8246 city : Quneitra
place SYR 34.5078 36.5803 city : Qusayr | al-Qusayr
# LBN
place LBN 33.8933 35.5016 city : Beirut | Beyrouth
place LBN 33.2733 35.1939 city : Tyre
place LBN 33.5575 35.3715 city : Sidon | Saida
place LBN 33.3789 35.4839 city : Nabatieh | Nabatiyeh
place LBN 34.0058 36.2181 city : Baalbek
# JOR
place JOR 31.9552 35.9450 city : Amman
# SAU
place SAU 24.6877 46.7219 city : Riyadh
place SAU 21.4901 39.1862 city : Jeddah | Jiddah
place SAU 21.4266 39.8256 city : Mecca | Makkah
# ARE
place ARE 24.4512 54.3970 city : Abu Dhabi
place ARE 25.0772 55.3093 city : Dubai
# QAT
place QAT 25.2855 51.5310 city : Doha
# KWT
place KWT 29.3670 47.9743 city : Kuwait City
# BHR
place BHR 26.2279 50.5857 city : Manama
# OMN
place OMN 23.5841 58.4078 city : Muscat
# YEM
place YEM 15.3545 44.2065 city : Sanaa | Sana'a
place YEM 12.7796 45.0385 city : Aden
place YEM 14.7978 42.9545 city : Hodeidah | Hudaydah | Hodeida | al-Hudaydah
place YEM 15.4625 45.3258 city : Marib | Maarib
place YEM 13.5795 44.0209 city : Taiz | Taizz
place YEM 14.5425 49.1242 city : Mukalla
place YEM 16.9402 43.7639 city : Saada | Sa'ada | Sa'dah
# EGY
place EGY 30.0626 31.2497 city : Cairo
place EGY 31.2018 29.9158 city : Alexandria
place EGY 27.9158 34.3299 city : Sharm el-Sheikh | Sharm El Sheikh | Sharm al-Sheikh
place EGY 31.1316 33.7984 city : El Arish | al-Arish | Arish
place EGY 29.9737 32.5263 city : Suez
place EGY 31.2653 32.3019 city : Port Said
# AFG
place AFG 34.5281 69.1723 city : Kabul
place AFG 31.6133 65.7101 city : Kandahar | Qandahar
place AFG 34.3482 62.1997 city : Herat
place AFG 36.7090 67.1109 city : Mazar-e-Sharif | Mazar-i-Sharif | Mazar-e Sharif
place AFG 36.7289 68.8570 city : Kunduz
place AFG 34.4265 70.4515 city : Jalalabad
place AFG 31.5938 64.3716 city : Lashkar Gah
place AFG 34.9669 69.2650 city : Bagram
place AFG 33.5539 68.4210 city : Ghazni
# PAK
place PAK 33.7215 73.0433 city : Islamabad
place PAK 33.5973 73.0479 city : Rawalpindi
place PAK 24.8608 67.0104 city : Karachi
place PAK 31.5580 74.3507 city : Lahore
place PAK 34.0080 71.5785 city : Peshawar
place PAK 30.1841 67.0014 city : Quetta
place PAK 32.9853 70.6040 city : Bannu
place PAK 25.1216 62.3254 city : Gwadar
place PAK 33.0006 70.0712 city : Miranshah | Miram Shah
place PAK 34.3700 73.4708 city : Muzaffarabad
# IND
place IND 28.6214 77.2148 city : New Delhi
place IND 28.6519 77.2315 city : Delhi
place IND 19.0728 72.8826 city : Mumbai | Bombay
place IND 34.0857 74.8055 city : Srinagar
place IND 32.7353 74.8617 city : Jammu
place IND 31.6223 74.8753 city : Amritsar
place IND 34.0159 75.3190 city : Pahalgam
# BGD
place BGD 23.7104 90.4074 city : Dhaka | Dacca
# LKA
place LKA 6.9355 79.8487 city : Colombo
# NPL
place NPL 27.7017 85.3206 city : Kathmandu
# KAZ
place KAZ 51.1801 71.4460 city : Astana | Nur-Sultan | Nursultan
place KAZ 43.2525 76.9115 city : Almaty | Alma-Ata
# UZB
place UZB 41.2647 69.2163 city : Tashkent
# KGZ
place KGZ 42.8700 74.5900 city : Bishkek
# TJK
place TJK 38.5358 68.7790 city : Dushanbe
# TKM
place TKM 37.9500 58.3833 city : Ashgabat
# GEO
place GEO 41.6914 44.8341 city : Tbilisi | Tiflis
place GEO 43.0070 40.9893 city : Sukhumi | Sukhum | Sokhumi
place GEO 42.2276 43.9686 city : Tskhinvali
# ARM
place ARM 40.1776 44.5126 city : Yerevan
# AZE
place AZE 40.3777 49.8920 city : Baku
place AZE 39.8177 46.7528 city : Stepanakert | Khankendi | Xankendi
place AZE 39.7601 46.7499 city : Shusha | Shushi
# CHN
place CHN 39.9075 116.3972 city : Beijing | Peking
place CHN 31.2222 121.4581 city : Shanghai
place CHN 43.8010 87.6005 city : Urumqi
place CHN 29.6500 91.1000 city : Lhasa
place CHN 24.4798 118.0819 city : Xiamen
place CHN 26.0614 119.3061 city : Fuzhou
place CHN 23.1167 113.2500 city : Guangzhou
place CHN 22.5455 114.0683 city : Shenzhen
# TWN
place TWN 25.0531 121.5264 city : Taipei
place TWN 22.6163 120.3133 city : Kaohsiung
place TWN 24.4341 118.3171 city : Kinmen | Quemoy
# JPN
place JPN 35.6895 139.6917 city : Tokyo
place JPN 34.4000 132.4500 city : Hiroshima
# KOR
place KOR 37.5660 126.9784 city : Seoul
place KOR 35.1017 129.0300 city : Busan | Pusan
# PRK
place PRK 39.0339 125.7543 city : Pyongyang
place PRK 37.9708 126.5544 city : Kaesong
place PRK 41.2783 129.0872 city : Punggye-ri | Punggye
# PHL
place PHL 14.6042 120.9822 city : Manila
place PHL 7.0731 125.6128 city : Davao
place PHL 6.9103 122.0739 city : Zamboanga
place PHL 8.0034 124.2840 city : Marawi
# MMR
place MMR 19.7450 96.1297 city : Naypyidaw | Naypyitaw | Nay Pyi Taw
place MMR 16.8053 96.1561 city : Yangon | Rangoon
place MMR 21.9747 96.0836 city : Mandalay
# THA
place THA 13.7540 100.5014 city : Bangkok
# VNM
place VNM 21.0245 105.8412 city : Hanoi
# IDN
place IDN -6.2146 106.8451 city : Jakarta
# MYS
place MYS 3.1412 101.6865 city : Kuala Lumpur
# SGP
place SGP 1.2897 103.8501 city : Singapore
# KHM
place KHM 11.5625 104.9160 city : Phnom Penh
# AUS
place AUS -35.2835 149.1281 city : Canberra
place AUS -33.8678 151.2073 city : Sydney
# SDN
place SDN 15.5518 32.5324 city : Khartoum
place SDN 15.6445 32.4777 city : Omdurman
place SDN 19.6175 37.2164 city : Port Sudan
place SDN 13.6279 25.3494 city : El Fasher | al-Fashir | El-Fasher | Al Fasher
place SDN 13.1842 30.2167 city : El Obeid | al-Obeid
place SDN 12.0489 24.8807 city : Nyala
place SDN 13.4526 22.4473 city : El Geneina | Geneina | al-Geneina | al-Junaynah
place SDN 14.4012 33.5199 city : Wad Madani | Wad Medani
place SDN 11.0111 29.7183 city : Kadugli
place SDN 11.7891 34.3592 city : Damazin | Ad-Damazin
place SDN 11.3333 27.8000 city : Babanusa
place SDN 12.0500 29.6500 city : Dilling | Dalang
# SSD
place SSD 4.8517 31.5825 city : Juba
# ETH
place ETH 9.0250 38.7469 city : Addis Ababa | Addis Abeba
place ETH 13.4967 39.4753 city : Mekele | Mekelle
place ETH 11.5936 37.3908 city : Bahir Dar
place ETH 11.1333 39.6333 city : Dessie
# ERI
place ERI 15.3381 38.9318 city : Asmara
# SOM
place SOM 2.0371 45.3438 city : Mogadishu
place SOM -0.3582 42.5454 city : Kismayo | Kismaayo
place SOM 3.1138 43.6498 city : Baidoa
place SOM 9.5600 44.0650 city : Hargeisa | Hargeysa
place SOM 11.2842 49.1816 city : Bosaso | Bossaso
# DJI
place DJI 11.5890 43.1450 city : Djibouti City
# KEN
place KEN -1.2833 36.8167 city : Nairobi
place KEN -4.0547 39.6636 city : Mombasa
# UGA
place UGA 0.3163 32.5822 city : Kampala
# RWA
place RWA -1.9500 30.0588 city : Kigali
# BDI
place BDI -3.3819 29.3614 city : Bujumbura
# COD
place COD -4.3276 15.3136 city : Kinshasa
place COD -1.6741 29.2284 city : Goma
place COD -2.4908 28.8428 city : Bukavu
place COD -3.3953 29.1378 city : Uvira
place COD 0.4911 29.4731 city : Beni
place COD 0.1416 29.2912 city : Butembo
place COD 1.5594 30.2522 city : Bunia
place COD -11.6609 27.4794 city : Lubumbashi
# NGA
place NGA 9.0579 7.4951 city : Abuja
place NGA 6.4541 3.3947 city : Lagos
place NGA 11.8469 13.1571 city : Maiduguri
place NGA 10.5264 7.4388 city : Kaduna
place NGA 12.0001 8.5167 city : Kano
# MLI
place MLI 12.6091 -7.9752 city : Bamako
# BFA
place BFA 12.3657 -1.5339 city : Ouagadougou
# NER
place NER 13.5137 2.1098 city : Niamey
# TCD
place TCD 12.1067 15.0444 city : N'Djamena | Ndjamena
# CAF
place CAF 4.3612 18.5550 city : Bangui
# LBY
place LBY 32.8874 13.1873 city : Tripoli
place LBY 32.1149 20.0686 city : Benghazi
place LBY 32.3753 15.0925 city : Misrata | Misurata | Misratah
place LBY 31.2089 16.5887 city : Sirte
place LBY 32.7670 22.6367 city : Derna | Darnah
# TUN
place TUN 36.8190 10.1658 city : Tunis
# DZA
place DZA 36.7323 3.0875 city : Algiers
# MAR
place MAR 34.0132 -6.8326 city : Rabat
# ZAF
place ZAF -25.7449 28.1878 city : Pretoria
place ZAF -26.2023 28.0436 city : Johannesburg
place ZAF -33.9258 18.4232 city : Cape Town
# ZWE
place ZWE -17.8277 31.0534 city : Harare
# MOZ
place MOZ -25.9655 32.5832 city : Maputo
place MOZ -11.3517 40.3516 city : Mocimboa da Praia | Mocímboa da Praia
# SEN
place SEN 14.6937 -17.4441 city : Dakar
# GHA
place GHA 5.5560 -0.1969 city : Accra
# CIV
place CIV 5.3544 -4.0017 city : Abidjan
# USA
place USA 38.8951 -77.0364 city : Washington | Washington D.C. | Washington DC
place USA 40.7143 -74.0060 city : New York | New York City
place USA 26.7056 -80.0364 city : Mar-a-Lago
place USA 61.2181 -149.9003 city : Anchorage
place USA 25.7743 -80.1937 city : Miami
# CAN
place CAN 45.4112 -75.6981 city : Ottawa
# MEX
place MEX 19.4285 -99.1277 city : Mexico City
place MEX 24.8021 -107.3942 city : Culiacan | Culiacán
# CUB
place CUB 23.1330 -82.3830 city : Havana | La Habana
place CUB 19.9158 -75.1439 city : Guantanamo Bay | Guantánamo Bay | Guantanamo
# VEN
place VEN 10.4880 -66.8792 city : Caracas
place VEN 10.6423 -71.6109 city : Maracaibo
# COL
place COL 4.6097 -74.0817 city : Bogota | Bogotá
# BRA
place BRA -15.7797 -47.9297 city : Brasilia | Brasília
place BRA -22.9064 -43.1822 city : Rio de Janeiro
place BRA -23.5475 -46.6361 city : Sao Paulo | São Paulo
# ARG
place ARG -34.6131 -58.3772 city : Buenos Aires
# CHL
place CHL -33.4569 -70.6483 city : Santiago de Chile
# PER
place PER -12.0432 -77.0282 city : Lima
# ECU
place ECU -0.2298 -78.5250 city : Quito
# BOL
place BOL -16.5000 -68.1500 city : La Paz
# NIC
place NIC 12.1328 -86.2504 city : Managua
# HTI
place HTI 18.5435 -72.3388 city : Port-au-Prince
# SLV
place SLV 13.6893 -89.1872 city : San Salvador
# PAN
place PAN 8.9936 -79.5197 city : Panama City

# ---------------------------------------------------------------- admin1 units, regions and seas
# UKR
place UKR 49.2000 31.4000 admin1 : Cherkasy region | Cherkasy oblast | Cherkasy province | Cherkassy region
place UKR 51.3000 32.0000 admin1 : Chernihiv region | Chernihiv oblast | Chernihiv province | Chernigov region
place UKR 48.3000 26.1000 admin1 : Chernivtsi region | Chernivtsi oblast | Chernivtsi province
place UKR 48.4000 35.0000 admin1 : Dnipropetrovsk region | Dnipropetrovsk oblast | Dnipropetrovsk province | Dnipro region | Dnepropetrovsk region
place UKR 48.0000 37.8000 admin1 : Donetsk region | Donetsk oblast | Donetsk province
place UKR 48.7000 24.6000 admin1 : Ivano-Frankivsk region | Ivano-Frankivsk oblast | Ivano-Frankivsk province
place UKR 49.5500 36.5000 admin1 : Kharkiv region | Kharkiv oblast | Kharkiv province | Kharkov region
place UKR 46.6500 33.5000 admin1 : Kherson region | Kherson oblast | Kherson province
place UKR 49.4000 27.0000 admin1 : Khmelnytskyi region | Khmelnytskyi oblast | Khmelnytsky region | Khmelnitsky region | Khmelnytskyi province
place UKR 48.5000 32.2000 admin1 : Kirovohrad region | Kirovohrad oblast | Kirovograd region | Kropyvnytskyi region | Kirovohrad province
place UKR 50.3000 30.6000 admin1 : Kyiv region | Kyiv oblast | Kiev region | Kiev oblast | Kyiv province
place UKR 48.8500 39.1000 admin1 : Luhansk region | Luhansk oblast | Lugansk region | Luhansk province
place UKR 49.7500 23.9000 admin1 : Lviv region | Lviv oblast | Lviv province
place UKR 47.4000 31.8000 admin1 : Mykolaiv region | Mykolaiv oblast | Mykolaiv province | Nikolaev region | Nikolayev region
place UKR 46.7000 30.0000 admin1 : Odesa region | Odesa oblast | Odessa region | Odessa oblast | Odesa province
place UKR 49.6000 34.0000 admin1 : Poltava region | Poltava oblast | Poltava province
place UKR 50.9000 26.3000 admin1 : Rivne region | Rivne oblast | Rovno region | Rivne province
place UKR 50.9000 34.2000 admin1 : Sumy region | Sumy oblast | Sumy province
place UKR 49.4500 25.6000 admin1 : Ternopil region | Ternopil oblast | Ternopil province
place UKR 49.0000 28.6000 admin1 : Vinnytsia region | Vinnytsia oblast | Vinnitsa region | Vinnytsia province
place UKR 51.2000 24.9000 admin1 : Volyn | Volyn region | Volyn oblast | Volhynia | Volyn province
place UKR 48.4000 23.2000 admin1 : Zakarpattia | Zakarpattia region | Zakarpattia oblast | Transcarpathia | Transcarpathian region | Zakarpattia province
place UKR 47.3000 35.8000 admin1 : Zaporizhzhia region | Zaporizhzhia oblast | Zaporizhia region | Zaporozhye region | Zaporizhzhya region | Zaporizhzhia province
place UKR 50.5000 28.5000 admin1 : Zhytomyr region | Zhytomyr oblast | Zhitomir region | Zhytomyr province
place UKR 45.3000 34.3000 admin1 : Crimea | Crimean peninsula | Republic of Crimea | Autonomous Republic of Crimea | Krym
place UKR 48.3000 38.3000 region : Donbas | Donbass | Donets Basin
place UKR 45.2550 30.2040 region : Snake Island | Zmiinyi Island | Zmiinyi
place UKR 47.5120 34.5860 city : Zaporizhzhia nuclear power plant | Zaporizhzhia nuclear plant | Zaporizhzhia NPP | Zaporizhia nuclear power plant | Zaporizhia nuclear plant | Zaporizhzhia power plant | ZNPP
# RUS
place RUS 51.7000 36.1000 admin1 : Kursk region | Kursk oblast | Kursk province
place RUS 50.7000 37.3000 admin1 : Belgorod region | Belgorod oblast | Belgorod province
place RUS 52.9500 33.4000 admin1 : Bryansk region | Bryansk oblast | Bryansk province
place RUS 47.7000 41.0000 admin1 : Rostov region | Rostov oblast | Rostov province
place RUS 50.9000 40.1000 admin1 : Voronezh region | Voronezh oblast | Voronezh province
place RUS 45.3000 39.2000 admin1 : Krasnodar region | Krasnodar krai | Krasnodar territory | Kuban
place RUS 55.7000 37.5000 admin1 : Moscow region | Moscow oblast | Moscow province
place RUS 54.7500 21.3000 admin1 : Kaliningrad region | Kaliningrad oblast | Kaliningrad exclave
place RUS 59.7000 30.8000 admin1 : Leningrad region | Leningrad oblast
place RUS 43.3500 45.7000 admin1 : Chechnya | Chechen Republic
place RUS 42.9000 47.0000 admin1 : Dagestan | Daghestan
place RUS 55.5000 50.9000 admin1 : Tatarstan
# AZE
place AZE 39.9000 46.7000 region : Nagorno-Karabakh | Nagorno Karabakh | Karabakh | Artsakh
# MDA
place MDA 47.2000 29.4000 region : Transnistria | Transdniestria | Trans-Dniester | Transdniester | Pridnestrovie | Trans-Dniestr
# GEO
place GEO 43.1000 41.0000 admin1 : Abkhazia
place GEO 42.3000 43.9000 region : South Ossetia | Tskhinvali region
# PSE
place PSE 31.4200 34.3700 region : Gaza Strip | Gaza | Gaza enclave | the Gaza Strip
place PSE 31.9500 35.2500 region : West Bank | occupied West Bank | Judea and Samaria
# SYR
place SYR 33.0000 35.7500 region : Golan Heights | Golan | occupied Golan Heights | Israeli-occupied Golan Heights
# ISR
place ISR 30.8000 34.8000 region : Negev | Negev desert
place ISR 32.8500 35.4000 region : Galilee | Upper Galilee
# LBN
place LBN 33.2700 35.3700 region : south Lebanon | southern Lebanon
place LBN 33.8500 36.0000 region : Bekaa | Bekaa Valley | Beqaa | Beqaa Valley
# SYR
place SYR 35.7500 36.6000 admin1 : Idlib province | Idlib governorate | Idleb province
place SYR 36.2000 37.6000 admin1 : Aleppo province | Aleppo governorate
place SYR 35.0000 40.5000 admin1 : Deir ez-Zor province | Deir ez-Zor governorate | Deir el-Zour province | Deir al-Zor province
place SYR 35.9000 38.9000 admin1 : Raqqa province | Raqqa governorate
place SYR 36.5000 40.9000 admin1 : Hasakah province | Hasakah governorate | Hasaka province
place SYR 32.8000 36.2000 admin1 : Daraa province | Daraa governorate | Deraa province
place SYR 32.7000 36.7000 admin1 : Sweida province | Suwayda province | Sweida governorate | Suwayda governorate
place SYR 35.6000 36.0000 admin1 : Latakia province | Latakia governorate
place SYR 34.5000 38.0000 admin1 : Homs province | Homs governorate
place SYR 35.2000 36.9000 admin1 : Hama province | Hama governorate
place SYR 33.5000 36.8000 admin1 : Damascus countryside | Rif Dimashq | Rural Damascus | Damascus province
place SYR 33.5500 36.4200 region : Eastern Ghouta | East Ghouta | Ghouta
# IRQ
place IRQ 33.3000 41.4000 admin1 : Anbar | Anbar province | al-Anbar
place IRQ 36.2000 42.5000 admin1 : Nineveh | Ninevah | Nineveh province | Ninawa
place IRQ 34.5000 43.6000 admin1 : Salahuddin | Salah al-Din | Salaheddine | Salahuddin province
place IRQ 33.9000 45.0000 admin1 : Diyala | Diyala province
place IRQ 35.4000 44.2000 admin1 : Kirkuk province
place IRQ 36.4000 44.3000 region : Iraqi Kurdistan | Kurdistan Region | Kurdistan region of Iraq
# YEM
place YEM 15.5000 45.5000 admin1 : Marib province | Marib governorate
place YEM 14.8000 43.1000 admin1 : Hodeidah province | Hodeidah governorate | Hudaydah governorate
# EGY
place EGY 29.5000 33.8000 region : Sinai | Sinai Peninsula
place EGY 30.5000 33.7000 admin1 : North Sinai
# AFG
place AFG 31.0000 64.1000 admin1 : Helmand | Helmand province
place AFG 31.0000 65.6000 admin1 : Kandahar province
place AFG 36.7000 68.8000 admin1 : Kunduz province
place AFG 34.2000 70.6000 admin1 : Nangarhar | Nangarhar province
place AFG 35.4000 69.8000 admin1 : Panjshir | Panjsher | Panjshir valley | Panjshir province
place AFG 32.9000 66.1000 admin1 : Uruzgan | Oruzgan | Uruzgan province
place AFG 33.3000 68.1000 admin1 : Ghazni province
place AFG 32.3000 68.6000 admin1 : Paktika | Paktika province
place AFG 36.8000 71.6000 admin1 : Badakhshan | Badakhshan province
place AFG 34.9000 71.1000 admin1 : Kunar | Kunar province
place AFG 34.0000 69.1000 admin1 : Logar | Logar province
place AFG 34.3000 68.3000 admin1 : Wardak | Wardak province | Maidan Wardak
# PAK
place PAK 28.5000 65.5000 admin1 : Balochistan | Baluchistan | Balochistan province
place PAK 34.3000 71.9000 admin1 : Khyber Pakhtunkhwa | North-West Frontier Province
place PAK 32.9500 70.0500 region : North Waziristan
place PAK 32.3000 69.7000 region : South Waziristan
place PAK 32.6000 69.9000 region : Waziristan
place PAK 33.0000 70.5000 region : Federally Administered Tribal Areas | FATA
place PAK 34.2000 73.8000 admin1 : Azad Kashmir | Pakistan-administered Kashmir | Pakistani Kashmir | Azad Jammu and Kashmir
# IND
place IND 33.7000 75.0000 admin1 : Jammu and Kashmir | Jammu & Kashmir
place IND 34.1000 74.8000 region : Kashmir | Kashmir valley | Indian-administered Kashmir | Indian Kashmir
# SDN
place SDN 13.8000 24.5000 region : Darfur
place SDN 15.8000 25.0000 admin1 : North Darfur | North Darfur state
place SDN 11.5000 24.9000 admin1 : South Darfur | South Darfur state
place SDN 13.0000 22.8000 admin1 : West Darfur | West Darfur state
place SDN 13.0000 29.5000 region : Kordofan
place SDN 11.2000 29.9000 admin1 : South Kordofan | Southern Kordofan | South Kordofan state
place SDN 14.4000 29.5000 admin1 : North Kordofan | North Kordofan state
place SDN 11.3000 34.1000 admin1 : Blue Nile state
place SDN 14.4000 33.3000 admin1 : Gezira | Gezira state | al-Jazira state | Al Jazirah state
# ETH
place ETH 14.0000 38.6000 admin1 : Tigray | Tigray region
place ETH 11.6000 38.0000 admin1 : Amhara region
place ETH 7.8000 39.2000 admin1 : Oromia | Oromia region
place ETH 11.8000 41.0000 admin1 : Afar region
# SOM
place SOM 8.8000 49.0000 region : Puntland
place SOM 9.7000 45.5000 region : Somaliland
place SOM 1.9000 44.5000 admin1 : Lower Shabelle | Lower Shabelle region
# NGA
place NGA 11.8000 13.2000 admin1 : Borno | Borno state
place NGA 12.1000 6.2000 admin1 : Zamfara | Zamfara state
# COD
place COD -0.6000 28.8000 admin1 : North Kivu | North Kivu province | Nord-Kivu
place COD -3.2000 28.3000 admin1 : South Kivu | South Kivu province | Sud-Kivu
place COD 1.6000 29.5000 admin1 : Ituri | Ituri province
# MOZ
place MOZ -12.3000 39.3000 admin1 : Cabo Delgado | Cabo Delgado province
# MMR
place MMR 20.0000 93.9000 admin1 : Rakhine | Rakhine State | Arakan
place MMR 21.6000 97.8000 admin1 : Shan State
place MMR 26.0000 97.6000 admin1 : Kachin State
# CHN
place CHN 41.5000 85.5000 admin1 : Xinjiang | Xinjiang Uyghur Autonomous Region | Xinjiang Uighur Autonomous Region
place CHN 31.7000 88.0000 admin1 : Tibet | Tibet Autonomous Region | Xizang
# XXX seas
place XXX 43.4000 34.3000 sea : Black Sea
place XXX 46.1000 36.6000 sea : Sea of Azov | Azov Sea
place XXX 45.3000 36.5500 sea : Kerch Strait | Strait of Kerch
place XXX 20.0000 38.5000 sea : Red Sea
place XXX 12.5000 48.0000 sea : Gulf of Aden
place XXX 12.5800 43.3300 sea : Bab el-Mandeb | Bab al-Mandab | Bab-el-Mandeb | Bab el-Mandeb Strait | Bab al-Mandeb
place XXX 57.5000 19.5000 sea : Baltic Sea
place XXX 35.0000 18.0000 sea : Mediterranean | Mediterranean Sea | the Mediterranean
place XXX 39.0000 25.0000 sea : Aegean Sea | Aegean
place XXX 12.5000 113.5000 sea : South China Sea
place XXX 29.0000 125.0000 sea : East China Sea
place XXX 36.0000 123.0000 sea : Yellow Sea
place XXX 40.0000 135.0000 sea : Sea of Japan | East Sea
place XXX 24.3000 119.6000 sea : Taiwan Strait | Strait of Taiwan | Formosa Strait
place XXX 26.9000 51.4000 sea : Persian Gulf | Arabian Gulf
place XXX 26.5667 56.2500 sea : Strait of Hormuz | Hormuz Strait | Strait of Ormuz
place XXX 24.5000 58.5000 sea : Gulf of Oman | Sea of Oman
place XXX 15.0000 65.0000 sea : Arabian Sea
place XXX 42.0000 50.5000 sea : Caspian Sea | Caspian
place XXX 59.8000 26.0000 sea : Gulf of Finland
place XXX 56.0000 3.0000 sea : North Sea
place XXX 74.0000 36.0000 sea : Barents Sea
place XXX 50.2000 -1.0000 sea : English Channel
place XXX 15.0000 -75.0000 sea : Caribbean Sea | Caribbean
place XXX 25.0000 -90.0000 sea : Gulf of Mexico | Gulf of America
# XXX continents and world regions: places of no one country, so that a
# continent's name is no GeoNames village ("in central Asia" is not Asia, a
# town of Peru) and gives a role no country
place XXX 34.0000 100.0000 region : Asia
place XXX 43.0000 65.0000 region : Central Asia
place XXX 10.0000 110.0000 region : Southeast Asia | South-East Asia | South East Asia
place XXX 22.0000 78.0000 region : South Asia
place XXX 2.0000 20.0000 region : Africa | sub-Saharan Africa
place XXX 10.0000 0.0000 region : West Africa
place XXX 2.0000 38.0000 region : East Africa
place XXX 27.0000 15.0000 region : North Africa
place XXX 9.0000 45.0000 region : Horn of Africa
place XXX 15.0000 5.0000 region : Sahel | the Sahel
place XXX 50.0000 15.0000 region : Europe
place XXX 52.0000 25.0000 region : Eastern Europe
place XXX 29.0000 41.0000 region : Middle East | the Middle East | Mideast
place XXX -10.0000 -60.0000 region : Latin America | South America
place XXX 13.0000 -86.0000 region : Central America
place XXX 43.0000 21.0000 region : Balkans | the Balkans
place XXX 42.5000 44.0000 region : Caucasus | the Caucasus
# TUR seas
place TUR 41.1200 29.0700 sea : Bosphorus | Bosporus | Istanbul Strait
place TUR 40.2000 26.4000 sea : Dardanelles | Dardanelles Strait
# EGY seas
place EGY 30.6000 32.3300 sea : Suez Canal
# GBR constituent countries (regions GeoNames keeps as ADM1: named in news
# as places of their own)
place GBR 54.6000 -6.7000 admin1 : Northern Ireland | Ulster
place GBR 56.5000 -4.2000 admin1 : Scotland
place GBR 52.3000 -3.7000 admin1 : Wales
place GBR 52.5000 -1.5000 admin1 : England
