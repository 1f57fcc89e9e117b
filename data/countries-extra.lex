# dyad-lexicon 1
# The project's own additions to the generated countries.lex: names that
# news uses and world-countries lacks, abbreviations, CAMEO deviations and
# capital metonyms. Written for dyad.

country USA 38 -97 : U.S. | US | U.S.A. | America | United States | the States
demonym USA : U.S. | US | American | Americans
capital USA : Washington
country GBR 54 -2 : Britain | UK | U.K. | England | Scotland | Wales | Northern Ireland
demonym GBR : British | Briton | Britons | English | Scottish | Welsh | UK | Northern Irish
country TUR 39 35 : Turkey | Republic of Turkey
demonym TUR : Turkish | Turk | Turks
# CAMEO codes Kosovo as KSV, not the user-assigned XKX/UNK
country KSV 42.6667 21.1667 : Kosovo
demonym KSV : Kosovar | Kosovars | Kosovo Albanian | Kosovo Albanians
capital KSV : Pristina
country PSE 31.9 35.2 : Palestinian territories | occupied territories
  | Palestinian Authority | Palestine
country RUS 60 100 : Russia | Russian Federation
demonym RUS : Russian | Russians | Russian-backed
country CHN 35 105 : China | People's Republic of China | PRC | mainland China
demonym CHN : Chinese
country PRK 40 127 : North Korea | DPRK | Democratic People's Republic of Korea
demonym PRK : North Korean | North Koreans
country KOR 37 127.5 : South Korea | ROK | Republic of Korea
demonym KOR : South Korean | South Koreans
country IRN 32 53 : Iran | Islamic Republic of Iran | Persia
demonym IRN : Iranian | Iranians
country SYR 35 38 : Syria | Syrian Arab Republic
country COD -2.5 23.5 : Democratic Republic of Congo | DR Congo | DRC | Congo-Kinshasa
country COG -1 15 : Republic of Congo | Congo-Brazzaville
country MMR 22 98 : Myanmar | Burma
demonym MMR : Burmese | Myanmar
country CIV 8 -5 : Ivory Coast | Cote d'Ivoire
demonym CIV : Ivorian | Ivorians
country CZE 49.75 15.5 : Czech Republic | Czechia
country MKD 41.8333 22 : Macedonia | North Macedonia
country SWZ -26.5 31.5 : Swaziland | Eswatini
country VAT 41.9 12.45 : Vatican | Holy See
country NLD 52.5 5.75 : Holland | the Netherlands
demonym NLD : Dutch
country ARE 24 54 : UAE | U.A.E. | Emirates
demonym ARE : Emirati | Emiratis
country SAU 25 45 : Saudi | Saudi Arabia
demonym SAU : Saudi | Saudis
country AFG 33 65 : Afghanistan
demonym AFG : Afghan | Afghans
demonym ISR : Israeli | Israelis
demonym PAK : Pakistani | Pakistanis
demonym IND : Indian | Indians
demonym YEM : Yemeni | Yemenis
demonym IRQ : Iraqi | Iraqis
demonym LBN : Lebanese
demonym SOM : Somali | Somalis
demonym BLR : Belarusian | Belarusians | Belarussian
demonym GEO : Georgian | Georgians
demonym DEU : German | Germans
demonym FRA : French | Frenchman
demonym ITA : Italian | Italians
demonym ESP : Spanish | Spaniard | Spaniards
demonym POL : Polish | Pole | Poles
demonym JPN : Japanese
demonym EGY : Egyptian | Egyptians
demonym SDN : Sudanese
demonym SSD : South Sudanese
demonym ETH : Ethiopian | Ethiopians
demonym NGA : Nigerian | Nigerians
demonym KEN : Kenyan | Kenyans
demonym VEN : Venezuelan | Venezuelans
demonym COL : Colombian | Colombians
demonym MEX : Mexican | Mexicans
demonym BRA : Brazilian | Brazilians
demonym ARG : Argentine | Argentinian | Argentines
demonym CAN : Canadian | Canadians
demonym AUS : Australian | Australians
demonym SRB : Serbian | Serb | Serbs
demonym HRV : Croatian | Croat | Croats
# the short name news uses for Bosnia and Herzegovina
country BIH 44.0000 18.0000 : Bosnia
demonym BIH : Bosnian | Bosnians
demonym ARM : Armenian | Armenians
demonym AZE : Azerbaijani | Azeri | Azerbaijanis
demonym KAZ : Kazakh | Kazakhstani
demonym MDA : Moldovan | Moldovans
demonym LBY : Libyan | Libyans
demonym TUN : Tunisian | Tunisians
demonym DZA : Algerian | Algerians
demonym MAR : Moroccan | Moroccans
demonym JOR : Jordanian | Jordanians
demonym QAT : Qatari | Qataris
demonym KWT : Kuwaiti | Kuwaitis
demonym OMN : Omani | Omanis
demonym BHR : Bahraini | Bahrainis
demonym VNM : Vietnamese
demonym PHL : Filipino | Filipinos | Philippine
demonym IDN : Indonesian | Indonesians
demonym THA : Thai
demonym BGD : Bangladeshi | Bangladeshis
demonym LKA : Sri Lankan | Sri Lankans
demonym NPL : Nepali | Nepalese
demonym TWN : Taiwanese
# capital metonyms that are not the capital's name in world-countries
capital ISR : Jerusalem | Tel Aviv
capital GBR : London
capital DEU : Berlin | Bonn
capital FRA : Paris
capital CHN : Beijing | Peking
capital IND : New Delhi | Delhi
capital VAT : Vatican City
# short names news writes for countries of two parts, and "St." forms
country TTO 11.0000 -61.0000 : Trinidad
country ATG 17.0500 -61.8000 : Antigua
country STP 1.0000 7.0000 : Sao Tome | São Tomé
country LCA 13.8833 -60.9667 : St. Lucia | St Lucia
country KNA 17.3333 -62.7500 : St. Kitts and Nevis | St Kitts and Nevis | St. Kitts
country VCT 13.2500 -61.2000 : St. Vincent and the Grenadines | St Vincent and the Grenadines
