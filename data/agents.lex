# dyad-lexicon 1
#
# data/agents.lex -- role and sector words, composed by the engine with a country, demonym,
# capital or named actor ("Ukrainian defence minister" -> UKR + MIL).  Format: docs/lexicon.md.
#
# Matching is by lemma, so singulars cover plurals ("soldier" matches "soldiers"); plural-only
# and irregular forms are listed explicitly.  The first agent word of a noun group wins, so
# multi-word roles whose head alone would mean something else are listed with their own code
# ("defence minister" MIL although "minister" is GOV; "former president" ELI).
#
# A few words are listed only in the plural or in compounds because the singular collides with
# frequent non-actor uses: "generals" (not "general": general election, general strike), "banks"
# (not "bank": West Bank), "union" only in trade/labour union.

# ---------------------------------------------------------------- government
agent GOV : government | govt | gov't | administration | authorities | regime | junta | cabinet | presidency
agent GOV : president | vice president | vice-president | head of state | head of government
agent GOV : prime minister | premier | deputy prime minister | deputy premier | first deputy prime minister | chancellor | vice chancellor | vice-chancellor
agent GOV : minister | ministry | deputy minister | state minister | minister of state | secretary of state | secretary | undersecretary | under secretary | deputy secretary | assistant secretary
agent GOV : foreign minister | foreign secretary | foreign ministry | foreign office | ministry of foreign affairs | deputy foreign minister | minister of foreign affairs | external affairs minister | top diplomat
agent GOV : interior minister | interior ministry | ministry of interior | ministry of the interior | home minister | home secretary | home ministry | minister of interior | minister of the interior
agent GOV : finance minister | finance ministry | justice minister | justice ministry | economy minister | energy minister | trade minister | health minister | education minister | information minister | intelligence minister | security minister | national security minister
agent GOV : official | officials | senior official | government official | spokesman | spokeswoman | spokesperson | spokespeople | press secretary | presidential spokesman | government spokesman
agent GOV : envoy | special envoy | special representative | ambassador | diplomat | embassy | consulate | consul | consul general | charge d'affaires | chargé d'affaires | delegation | negotiator | chief negotiator
agent GOV : adviser | advisor | aide | national security adviser | national security advisor | national security council | security council secretary | chief of cabinet
agent GOV : governor | provincial governor | regional governor | mayor | deputy mayor | city hall | municipality | local authorities | regional authorities
# the councils that govern a city, town, district, county or province (not a
# "council" alone: a security council, a tribal council or a union's)
agent GOV : city council | town council | municipal council | local council | county council | district council | provincial council | regional council | council of ministers | state council | city government | municipal government
agent GOV : leader | leadership | ruler | king | queen | emir | crown prince | monarch | royal family | dictator | strongman | autocrat | head of the regime
agent GOV : secretary-general | secretary general | general secretary | director general | director-general | inspector general | governor-general | governor general | central bank | central bank governor
agent GOV : state department | counterpart
agent GOV : electoral commission | election commission | electoral board | election board | electoral council | electoral authority | electoral body
# the people who run and check a state's business below its ministers ("civil
# servants", "bureaucrats", "regulators", "auditors") and the elected members
# of a local council
agent GOV : civil servant | public servant | bureaucrat | regulator | auditor | councillor | councilor

# ---------------------------------------------------------------- military
agent MIL : army | military | troops | troop | soldier | serviceman | servicemen | servicewoman | service member | forces | armed forces | ground forces | land forces | defence forces | defense forces | defence attache | defense attache | military attache
agent MIL : navy | naval forces | air force | air forces | aerospace forces | marines | special forces | special operations forces | paratrooper | commando | infantry | artillery | artillery units | tank crew | airborne troops | national guard | republican guard | presidential guard
agent MIL : defence minister | defense minister | defence secretary | defense secretary | defence ministry | defense ministry | ministry of defence | ministry of defense | minister of defence | minister of defense | secretary of defense | secretary of defence | war minister | secretary of war | war ministry
agent MIL : army secretary | secretary of the army | navy secretary | secretary of the navy | air force secretary | secretary of the air force | defence official | defense official | military official | defence source | defense source | military source | military spokesman | defence spokesman | defense spokesman
agent MIL : generals | army general | military general | top general | senior general | lieutenant general | major general | brigadier | brigadier general | colonel | lieutenant colonel | sergeant | admiral | vice admiral | rear admiral | field marshal | commander | commander-in-chief | commander in chief | army chief | army commander | military chief | chief of staff | army chief of staff | chief of the general staff | chief of general staff | general staff | joint chiefs | chief of defence staff | chief of defense staff | military commander | officer corps | army officer | military officer | naval officer
agent MIL : battalion | brigade | regiment | garrison | platoon | sailor | airman | conscript | reservist | mercenary | peacekeeper | peacekeeping force | sniper | warplane | fighter jet | fighter plane | fighter bomber | fighter-bomber | fighter aircraft | military aircraft | warship | naval vessel | gunboat | helicopter gunship | military helicopter | military junta
agent MIL : military intelligence chief
# the forces that shoot down missiles and drones: "its air defences downed 57 drones"
agent MIL : air defences | air defenses | air defence forces | air defense forces | air defence units | air defense units
# a force that holds or entered another's land ("Russian occupiers"); class
# foreign in grammar.lex keeps a bare one from taking its context's country
agent MIL : occupiers | invaders
# a government's or a regime's troops are its military, not the government ("Syrian
# government forces stormed the village" is SYRMIL; the first agent word would give GOV)
agent MIL : government troops | government forces | government soldiers | regime forces
  | regime troops | pro-government forces | pro-government troops
# abbreviated ranks as written before a name in wire copy ("Lt. Gen. X", "Maj. Gen. Y")
agent MIL : gen. | lt. gen. | lt.-gen. | maj. gen. | maj.-gen. | brig. gen. | brig.-gen. | col. | lt. col. | lt.-col. | adm. | vice adm. | rear adm. | lieutenant-general | major-general | lieutenant-colonel | field-marshal

# ---------------------------------------------------------------- police and security
agent COP : police | policeman | policewoman | police officer | police force | riot police | traffic police | national police | military police | paramilitary police | special police | police chief | police commander | police spokesman
agent COP : security forces | security force | security personnel | security official | security officer | security agent | gendarme | gendarmerie | border guard | border police | border service | coast guard | coastguard | constable | detective | law enforcement | law-enforcement | prison guard | prison officials | customs officer | customs officials | interior troops | riot squad | counter-terrorism police | anti-terrorism police
# those who investigate crimes and keep prisoners, the police's work in CAMEO
agent COP : investigator | jailer | prison warden

# ---------------------------------------------------------------- judiciary
agent JUD : court | judge | prosecutor | public prosecutor | prosecutor general | prosecutor-general | prosecutor 's office | prosecutors office | tribunal | judiciary | judicial authorities | supreme court | constitutional court | high court | appeals court | court of appeal | appeal court | magistrate | chief justice | attorney general | attorney-general | solicitor general | investigating judge | war crimes tribunal | military court | military prosecutor

# ---------------------------------------------------------------- legislature
agent LEG : parliament | parliamentarian | lawmaker | legislator | legislature | senator | senate | congress | congressman | congresswoman | mp | mps | m.p. | member of parliament | members of parliament | national assembly | house of representatives | house of commons | lower house | upper house | state duma | parliament speaker | parliamentary speaker | speaker of parliament | house speaker | speaker of the house | parliamentary committee | legislative council

# ---------------------------------------------------------------- unidentified attackers
# the CAMEO sector of armed attackers nobody named: "an attacker detonated a bomb",
# "unidentified gunmen opened fire" (with the country of the place, as other roles)
agent UAF : attacker | assailant | unidentified attacker | unknown attacker | unidentified gunman
  | unidentified gunmen | unknown gunmen | unidentified assailant | unknown assailant

# ---------------------------------------------------------------- opposition
agent OPP : opposition | opposition leader | opposition party | opposition figure | opposition politician | opposition lawmaker | opposition activist | opposition supporter | opposition group | opposition coalition | dissident | exiled opposition | government critic | regime critic | government opponent | regime opponent
# those who oppose a government or its policy in public, and those who fled it
# ("critics", "exiles"); not "opponents" (of a bill, a candidate, a body:
# "opponents of the Senate"), nor "exile" (a state)
agent OPP : critic | critics | exiles

# ---------------------------------------------------------------- rebels and armed groups
agent REB : rebel | rebel group | rebel fighter | insurgent | insurgency | militant | militant group | guerrilla | guerilla | separatist | secessionist | jihadist | jihadi | jihadist group | extremist | terrorist | terrorist group | terror group | fighter | militia | militiaman | militiamen | armed group | armed faction | gunman | gunmen | armed men | mujahideen | mujahedin | suicide bomber | bomber | paramilitary | paramilitaries | rebel leader | rebel commander | insurgent group | mutineer | putschist | coup leader | coup plotter
# armed resistance behind the lines ("Ukrainian partisans"); only the plural,
# as "partisan" is an adjective of party politics
agent REB : partisans

# ---------------------------------------------------------------- civilians
agent CVL : thousands | hundreds | civilian | resident | villager | people | citizen | inhabitant | population | locals | townspeople | crowd | community leader | tribal elder | elder | protester | protestor | demonstrator | marcher | rioter | protest leader | protest organiser | protest organizer | mob | pedestrian | passenger | motorist | fisherman | fishermen | pilgrim | tourist | hostage | captive | voter | family | families | child | children | kid | woman | women | girl | boy | teenager | youth | infant | baby | elderly | pensioner | settler | bystander | shopkeeper | rescuer | rescue worker
# people who mourn, travel, retire or are held: private persons, civilians in
# CAMEO's sense, whatever brings them into the news; plurals where the
# singular is an adjective ("relative calm") or names something else before
# a noun ("commuter trains", "detainee abuse"). Not "prisoners": the gold
# sets code "free Palestinian prisoners" as a release to the country alone
agent CVL : mourner | commuters | relatives | survivor | retiree
agent CVL : detainees | inmates | political prisoners
agent CVL : tribesman | tribesmen | tribal leader | tribal chief | tribal chieftain | clan elder | clan leader

# ---------------------------------------------------------------- media
agent MED : journalist | reporter | correspondent | media | media outlet | news outlet | newspaper | news agency | press agency | wire service | broadcaster | television | tv | state media | state television | state tv | state broadcaster | state news agency | state-run media | state-run television | state-run news agency | radio | editor | photographer | photojournalist | cameraman | blogger | columnist | news website | magazine

# ---------------------------------------------------------------- business
agent BUS : company | firm | corporation | conglomerate | businessman | businesswoman | businesspeople | business leader | business group | business community | banks | banker | state bank | state-owned bank | commercial bank | investment bank | private bank | lender | investor | entrepreneur | tycoon | oligarch | ceo | chief executive | chief executive officer | manufacturer | contractor | trader | retailer | airline | shipping company | shipowner | insurer | oil company | energy company | state-owned company | state company | state-owned enterprise | defence firm | defense firm | defence contractor | defense contractor | arms maker | arms manufacturer | merchant | industrialist
# people who sell in the street and those who run or own companies (not
# "vendor" alone: an arms or software vendor is a company named elsewhere)
agent BUS : street vendor | hawker | executives | shareholder

# ---------------------------------------------------------------- education
agent EDU : student | university | college | school | schoolchildren | schoolchild | schoolgirl | schoolboy | pupil | teacher | professor | lecturer | academic | scholar | researcher | scientist | campus | seminary

# ---------------------------------------------------------------- religion
agent REL : cleric | clergy | clergyman | church | imam | bishop | archbishop | priest | pastor | rabbi | chief rabbi | monk | nun | mullah | ayatollah | grand ayatollah | patriarch | cardinal | pope | mufti | grand mufti | preacher | mosque | synagogue | temple | monastery | diocese | parish | religious leader | religious authorities | spiritual leader | clerical establishment | religious group | sect | worshipper | congregation
# the faithful and those who spread a faith ("worshiper" is the American
# spelling of worshipper)
agent REL : worshiper | parishioner | missionary | believers

# ---------------------------------------------------------------- health
agent HLH : doctor | physician | surgeon | nurse | medic | paramedic | medical staff | medical worker | health worker | healthcare worker | health care worker | hospital | clinic | field hospital | medical team | ambulance | ambulance crew

# ---------------------------------------------------------------- refugees and displaced people
agent REF : refugee | displaced | displaced people | displaced person | displaced persons | internally displaced | internally displaced people | internally displaced persons | idp | idps | asylum seeker | asylum-seeker | migrant | evacuee | returnee | deportee | stateless people

# ---------------------------------------------------------------- agriculture
# CAMEO's AGR: those who farm and raise livestock for a living ("farmers blocked the
# highway": AGR 144; "clashes between herders and farmers")
agent AGR : farmer | farmers | peasant | peasants | agricultural worker | agricultural workers
  | farm worker | farm workers | farmworker | farmworkers | rancher | ranchers | herder | herders
  | shepherd | shepherds | pastoralist | pastoralists | cattle herder | cattle herders

# ---------------------------------------------------------------- labour
agent LAB : trade union | labour union | labor union | unions | trade unions | labour unions | labor unions | trade unionist | unionist | union leader | union member | union official | worker | workers | labourer | laborer | employee | miner | dockworker | docker | factory worker | striking workers | striker | workforce
# people who drive for a living: their strikes and blockades are labour's
# (not "truck driver": it costs a validation figure, and "trucker" says it)
agent LAB : trucker | lorry driver | taxi driver | rickshaw driver | auto-rickshaw driver

# ---------------------------------------------------------------- elites (former office holders)
agent ELI : former president | ex-president | former prime minister | ex-prime minister | former premier | ex-premier | former chancellor | former leader | ex-leader | former minister | ex-minister | former foreign minister | former defence minister | former defense minister | former interior minister | former finance minister | former army chief | former military chief | former intelligence chief | former spy chief | former ambassador | former diplomat | former official | former senior official | former general | former commander | former governor | former mayor | former king | former monarch | former dictator | former ruler | ousted president | ousted leader | deposed president | deposed leader | elder statesman | prince | princess

# ---------------------------------------------------------------- intelligence
agent SPY : intelligence | intelligence agency | intelligence service | intelligence services | intelligence official | intelligence officer | intelligence chief | intelligence community | spy agency | spy service | spy chief | spymaster | spy | secret service | secret police | security service | counterintelligence | counter-intelligence | military intelligence | foreign intelligence | intelligence directorate | intelligence agent | secret agent | security services

# ---------------------------------------------------------------- crime
agent CRM : criminal | criminal gang | criminal group | criminal network | organised crime | organized crime | organised crime group | organized crime group | crime syndicate | mafia | mobster | gangster | gang | gang member | gang leader | smuggler | people smuggler | human smuggler | trafficker | drug trafficker | human trafficker | arms trafficker | drug cartel | cartel | drug lord | kingpin | narco | narcotrafficker | pirate | kidnapper | bandit | robber | thief | poacher | hijacker | extortionist | fraudster | hacker | hacker group | cybercriminal
# people who loot, burn or abduct
agent CRM : looter | arsonist | abductor

# ---------------------------------------------------------------- non-governmental organisations
agent NGO : activist | rights activist | human rights activist | campaigner | rights group | human rights group | rights organisation | rights organization | human rights organisation | human rights organization | rights defender | human rights defender | ngo | non-governmental organisation | non-governmental organization | nongovernmental organization | charity | aid group | aid agency | aid organisation | aid organization | aid worker | humanitarian worker | humanitarian group | humanitarian organisation | humanitarian organization | humanitarian agency | relief agency | relief group | relief worker | advocacy group | pressure group | monitoring group | war monitor | civil society | civil society group | think tank
# people who watch a ceasefire or a vote for no side ("ceasefire monitors",
# "election observers"; "UN monitors" and "OSCE monitors" are named in
# actors.lex). Not "monitors" alone, a verb too ("Russia monitors the
# border"), nor "observers" alone: "political observers" are commentators.
# Class foreign (grammar.lex) keeps them from taking their context's country
agent NGO : ceasefire monitor | truce monitor | election monitor | election observer | international monitors | international observers | independent monitors | independent observers

# ---------------------------------------------------------------- parties
agent PTY : party | political party | ruling party | governing party | party leader | party official | party chief | party member | communist party | ruling coalition | governing coalition | coalition partner | party congress | politburo | central committee

# ---------------------------------------------------------------- ethnic and religious groups
# Groups named by a plural noun are roles: composed with a country ("Iraqi Kurds" IRQKUR,
# "Syrian Alawites" SYRALE), or given their context's country like any bare role ("Kurds in
# Syria" SYRKUR, marked country_inferred). Religious groups use CAMEO's religion codes (SHI
# Shia, SUN Sunni, ALE Alawi/Alevi, DRZ Druze, CPT Copt, MRN Maronite, CHR Christian, CTH
# Catholic, MOS Muslim, JEW Jewish, HIN Hindu, BUD Buddhist, SIK Sikh, BAH Baha'i). Ethnic
# groups have no upper-case CAMEO code (CAMEO's ethnic scheme writes them in lower case): dyad
# gives each three letters of its name, upper case, never an ISO3 country code (the lexicon
# test checks it). Adjectives ("Kurdish", "Shiite") are not listed: "Shiite militias" are
# militias; a group word before a role gives way to it ("Rohingya refugees" are REF: class
# identity, grammar.lex). Yazidis have no CAMEO religion code: YZD is dyad's. A new ethnic
# code also goes into the ethnics list of src/format/codes.c (GDELT's EthnicCode column); the
# format test fails until it does.
agent KUR : kurds | kurd
agent PAS : pashtuns | pakhtuns
agent TUT : tutsis
agent HUT : hutus
agent UIG : uighurs | uyghurs
agent ROH : rohingya | rohingyas
agent BAL : baloch | baluch | balochs
agent HAZ : hazaras
agent TAM : tamils
agent BER : berbers | amazigh
agent TUA : tuareg | tuaregs
agent FUL : fulani
agent IGB : igbos
agent YOR : yorubas
agent HAU : hausas
agent ORO : oromos
agent AMH : amharas
agent TIG : tigrayans
agent CHC : chechens
# more peoples news names as actors of conflicts: Arabs (of Israel, Iraq, Syria, Sudan), the
# Assyrians of Iraq and Syria, the Bedouin, South Sudan's Dinka and Nuer, Kenya's Kikuyu. The
# lexicon image holds at most 128 distinct agent codes (LX_AGENTS_MAX); a 129th is a compile
# error
agent DIN : dinka | dinkas
agent NUE : nuer | nuers
agent KIK : kikuyu | kikuyus
agent ARB : arabs
agent ASY : assyrians
agent BED : bedouins | bedouin
agent YZD : yazidis
agent SHI : shiites | shias | shiite muslims | shia muslims
agent SUN : sunnis | sunni muslims | sunni arabs
agent ALE : alawites | alawis | alevis
agent DRZ : druze
agent CPT : copts
agent MRN : maronites
agent CHR : christians
agent CTH : catholics
agent MOS : muslims | moslems
agent JEW : jews
agent HIN : hindus
agent BUD : buddhists
agent SIK : sikhs
agent BAH : bahais
# CAMEO's codes for Protestants, Orthodox Christians, Sufis and Latter-day Saints
agent PRO : protestants
agent DOX : orthodox christians
agent SFI : sufis
agent LDS : mormons

# ---------------------------------------------------------------- development
# CAMEO's DEV: those who fund development and relief abroad ("donors pledged
# 2 billion dollars"); class foreign (grammar.lex) keeps them from taking
# their context's country, which is the one they give to
agent DEV : donor | donors | international donors | donor country | donor countries | donor nations

# ---------------------------------------------------------------- environment
# CAMEO's ENV: groups and people campaigning for the environment (as whole
# phrases, the longest match, "environmental activist" is ENV, not NGO)
agent ENV : environmentalist | conservationist | environmental activist | climate activist | environmental group | green group | environmental campaigner

# ---------------------------------------------------------------- radicals and moderates
# CAMEO's RAD (radical, extremist, fundamentalist) and MOD (moderate)
# factions; plurals only, as the singulars are adjectives before a role
# ("Islamist militants" are militants, "a reformist president" a president).
# Not "moderates", a verb too ("Russia moderates its tone")
agent RAD : islamists | salafists | salafis | hardliners
agent MOD : reformists
