# dyad-lexicon 1
# slots.lex: the slot classes of the event patterns (data/verbs.lex). A pattern word
# "&name" is filled by any one-word member of class `name`, by form or lemma: list
# singular nouns ("prisoner" fills "prisoners"). Members of several words fill no slot
# (write the pattern out instead). See docs/lexicon.md, "Typed slots and back-off".
# Written for dyad from the CAMEO 1.1b3 codebook's definitions and general news usage.
#
# At most 64 classes are used as slot types. A class name shared with a rule's class
# (person) extends that class: `person` is also what the casualty counts read as one
# person, so it lists only singular nouns for one person. "@noun.person" adds every noun
# WordNet files only under people (noun.person: mercenary, villager, trader; not "tiger",
# a fierce person only in a later sense, nor "civilian", also an adjective); see
# docs/lexicon.md.

# --- people and forces -----------------------------------------------------------
# persons held, freed, arrested, expelled or attacked (0841 release &person, 173, 174)
class person : prisoner | hostage | detainee | captive | inmate | convict | activist
  | journalist | reporter | blogger | dissident | protester | demonstrator | opponent
  | politician | lawmaker | candidate | leader | soldier | serviceman | sailor | seaman
  | fisherman | pilot | civilian | citizen | national | foreigner | tourist | migrant
  | refugee | asylum-seeker | student | worker | employee | woman | child | man
  | suspect | militant | fighter | rebel | insurgent | captain | missionary
  | priest | monk | lawyer | diplomat | official | officer | policeman | pow
  | aid-worker | volunteer | doctor | nurse | teacher | farmer | villager | resident
  | passenger | crew | crewman | crewmember | cleric | academic | researcher | spy | mayor
  | governor | minister | member | chief | bomber | gunman | attacker | perpetrator
  | fugitive | terrorist | killer | hijacker | kidnapper | smuggler | trafficker | veteran
  | @noun.person
# persons sought by justice, whose handing over is judicial cooperation (063 hand over
# &suspect), not a release (0841)
class suspect : suspect | fugitive | bomber | gunman | attacker | perpetrator | terrorist
  | killer | murderer | hijacker | kidnapper | smuggler | trafficker | criminal | accused
  | culprit | assassin | kingpin | lord
# the staff and bodies of aid (1663 expel &aid &aidstaff, expel &aidgroup)
class aidstaff : worker | staff | agency | organisation | organization | personnel
  | team | volunteer | group | mission
# those who give care or rescue, sent where help is needed (073 send &medic)
class medic : doctor | medic | nurse | paramedic | surgeon | rescuer | physician
class aidgroup : ngo | charity | unhcr | unicef | wfp | msf | icrc | unrwa
# explosive devices, which security forces find and make safe (verb null: detonate &explosive
# found, a bomb disposal, is no bombing)
class explosive : bomb | device | mine | landmine | ied | explosive | explosives | grenade
  | shell | ordnance | munition | charge
# what people are used as in an attack (184 use &person as &shield)
class shield : shield | cover
# armed forces and their units (154 deploy &troops, 0874 withdraw &troops, 0861)
class troops : troop | force | soldier | personnel | unit | battalion | brigade
  | regiment | contingent | reinforcement | marine | paratrooper | reservist
  | conscript | army | commando | division | garrison | squadron
  | warship | fleet | destroyer | frigate | carrier | submarine
# inspectors and monitors (0862 receive, 1662 expel, 0255 / 1055 / 1245)
class inspector : inspector | monitor | observer | investigator | rapporteur
  | verifier | monitoring | inspection
# --- goods and help --------------------------------------------------------------
# aid in general (070 provide &aid, 033 pledge &aid, 162 cut &aid)
class aid : aid | assistance | relief | support | donation | supply
  | package | delivery | shipment | contribution
# money as aid (071, 0331, 1621); an amount that heads its phrase ("gave $5 million
# to", "pledged 2 billion for") is money: one followed by a noun is not ("1 million doses")
class money : loan | credit | grant | funding | fund | money | cash | bailout
  | million | billion | trillion | pound | yen | yuan | renminbi | rupee | ruble | rouble
  | franc | riyal | dirham | shilling | naira | peso | lira | krone | krona | dinar | taka
  | economic | financial
  | financing | subsidy | dollar | euro | payment | budget | tranche | disbursement | lending
# humanitarian goods (073, 0333, 1623); not "drug": in news mostly narcotics ("handed over
# the drug lord", "drug smugglers"), and a modifier fills a slot after the verb
class relief : humanitarian | emergency | food | medicine | medication | vaccine | vaccines | water | shelter
  | dose
  | tent | blanket | grain | flour | rice | wheat | ration | meal | foodstuff
  | fuel | medical | hygiene | nutrition | clothing | clothes | hospital
# weapons (072 supply &weapon, 0332, 1622, 0873 lay down &weapon)
class weapon : weapon | arm | armament | missile | rocket | ammunition | munition
  | ammo | artillery | tank | drone | jet | warplane | aircraft | helicopter
  | howitzer | rifle | gun | firearm | shell | mortar | bomb | launcher | hardware
  | interceptor | himars | javelin | stinger | patriot | f-16 | abrams | leopard
  | weaponry | materiel | defence | defense
# outcomes an actor's conduct leads to, which contributing to is no aid (verb null
# contribute to &outcome, data/verbs.lex)
class outcome : success | failure | defeat | debacle | victory | growth | decline | rise
  | fall | increase | decrease | loss | crisis | problem | tension | instability | unrest
  | outflow | collapse | downfall | death | violence | polarisation | polarization | rout
# what is harmed only in a figure: destroying or damaging it is no act of force on property
# (verb null destroy &intangible, data/verbs.lex)
class intangible : economy | unity | reputation | image | credibility | stability | prospect
  | chance | relationship | trust | confidence | morale | career | hope | harmony | fabric
  | legacy | standing | interest | cause | momentum | process
# a government's own budget for a sector: "cut defence spending" is no aid
# withheld from anyone (verb null entries in data/verbs.lex)
class budget : spending | budget | budgets | expenditure | outlay | outlays
# aerial weapons and their fire (195); "air" and "aerial" fill the slot for "air strike",
# "air raid", "aerial bombardment"
class aerial : missile | airstrike | air-strike | air | aerial | warplane
  | jet | aircraft | helicopter | gunship | bomber | cruise | ballistic
# remotely piloted munitions (1952)
class drone : drone | uav | shahed | geran | lancet | quadcopter | predator | reaper
  | bayraktar | kamikaze
# artillery and tanks and their fire (194)
class artillery : artillery | rocket | mortar | shell | howitzer | tank | grad
  | katyusha | mlrs | barrage | salvo | cannon
# small arms fire (193)
class gunfire : bullet | gunfire | shot | round | rifle | gun | firearm
  | machine-gun | kalashnikov | sniper

# --- measures --------------------------------------------------------------------
# economic measures (163 impose &sanction, 085 lift &sanction, 1244, 1312)
class sanction : sanction | embargo | boycott | tariff | duty | levy | blacklist
  | freeze | penalty
# trade as what an embargo stops (163 ban &trade, restrict &trade)
class trade : import | export | trade | shipment
# administrative restrictions (172 impose &restriction, 081 lift &restriction);
# curfews and states of emergency have codes of their own (0813, 1723)
class restriction : restriction | ban | curb | limit | limitation | control
  | requirement | quota | moratorium | prohibition | regulation | rule
# curfews (0813 ease &curfew, 1723 impose &curfew)
class curfew : curfew | lockdown | quarantine
# emergency rule: "state of emergency", "martial law", "emergency rule" (0814 lift
# &emergency, 1724 declare &emergency, 1324 threaten &emergency)
class emergency : emergency | martial
# blockades and sieges (191, 0872 lift &blockade)
class blockade : blockade | siege | encirclement | closure | cordon

# military action (087 halt &attack, 196 resume &attack, 093 investigate &attack)
class attack : attack | offensive | counteroffensive | counter-offensive | assault
  | raid | strike | airstrike | air-strike | bombing | bombardment | shelling
  | operation | incursion | hostility | hostilities | fighting | onslaught
  | barrage | advance | invasion | counterattack | counter-attack | combat
# dissent (082 call off &protest, 1052, 1242, 133)
class protest : protest | demonstration | rally | march | sit-in
  | walkout | boycott | agitation | unrest | vigil | picket | stoppage | uprising

# military exercises (062 hold joint &exercise, 150 hold &exercise)
class exercise : exercise | drill | wargame | war-game | maneuver | manoeuvre | maneuvers
  | manoeuvres

# telephone and video calls (041 hold &phone call, speak by &phone)
class phone : phone | telephone | video | videoconference | video-conference
  | teleconference | videolink

# --- agreements, talks, relations ------------------------------------------------
# formal agreements (057 sign &agreement, 127 reject &agreement)
class agreement : agreement | accord | deal | treaty | pact | memorandum | mou
  | protocol | convention | charter | compact | declaration | framework
# truces (0871 declare &ceasefire, 196 violate &ceasefire, 1246 reject &ceasefire)
class ceasefire : ceasefire | cease-fire | truce | armistice
# talks (046 hold &talks, 164 suspend &talks, 125 reject &talks, 036 offer &talks)
class talks : talk | negotiation | dialogue | parley
# meetings (040 hold &meeting, 161 cancel &meeting, 036 propose &meeting)
class meeting : meeting | summit | conference | session | visit | trip | tour
  | forum | gathering | audience
# diplomatic relations (050 restore &ties, 161 sever &ties, 1313)
class ties : tie | relation | relationship | link | contact
# proposals and plans to settle a dispute (037 accept &plan, 127 reject &plan)
class plan : plan | proposal | initiative | roadmap | road-map | formula
  | settlement | solution | framework
# a stand taken against another's wish, which yielding gives up (080 drop
# &objection: "Turkey dropped its objection to Sweden's membership")
class objection : objection | opposition | veto | reservation | resistance
  | precondition | demand | insistence
# cooperation (060, 121 reject &cooperation, 160 suspend &cooperation)
class cooperation : cooperation | co-operation | collaboration | partnership
  | coordination | engagement

# --- places, property, probes ----------------------------------------------------
# territory and places held or taken (192 seize &territory, 0874 withdraw from)
class territory : territory | town | city | village | area | region | district
  | province | base | airport | airfield | port | harbour | harbor | crossing
  | island | hill | bridge | dam | oilfield | border | outpost | stronghold
  | settlement | position | capital | suburb | neighbourhood | neighborhood
  | checkpoint | headquarters | enclave | zone | land | strip | camp | valley
  | peninsula | plant | refinery | mine | garrison | fortress | building
# ways in and out of a country or a place, whose closing restricts movement (191 close
# &passage) and whose reopening eases it (081 reopen &passage); (not "port": a port's
# reopening eases a blockade, 0872; nor "airport": closing one to traffic is no blockade)
class passage : border | crossing | corridor | airspace | checkpoint | route
  | road | highway | bridge | pass | frontier | border-crossing
# media and the means of reaching the public that a government closes, bans or blocks
# (1721 shut down &outlet, block &outlet); (not "station", "site", "platform": a train
# station, a building site and an oil platform are closed and blocked too)
class outlet : newspaper | paper | magazine | daily | website | channel | broadcaster
  | television | tv | radio | outlet | internet | twitter | facebook | youtube
  | whatsapp | telegram | tiktok | instagram | wikipedia | vpn
# property seized, returned or destroyed (171, 0842, 1711); the bodies of the dead are
# returned like property (0842)
class property : property | asset | ship | vessel | tanker | boat | aircraft
  | plane | vehicle | car | truck | cargo | equipment | goods | house | home
  | farm | factory | company | bank | account | fund | artifact
  | artefact | antiquity | painting | sculpture | statue | manuscript | relic
  | treasure | artwork | heritage | passport | document | oil | gas | helicopter
  | body | remains | corpse
# investigations (090 open &investigation, 101 demand &investigation)
class investigation : investigation | inquiry | enquiry | probe | inquest
  | audit | review | examination | hearing | fact-finding
# crimes (091 investigate &crime, 1121 accuse of &crime)
class crime : corruption | fraud | bribery | embezzlement | laundering | crime
  | theft | smuggling | graft | trafficking | extortion | racketeering | murder
  | kickback | misconduct | wrongdoing | irregularity | evasion | money-laundering
  | terrorism
# abuses of rights (092 investigate &abuse, 1122 accuse of &abuse)
class abuse : abuse | torture | violation | mistreatment | ill-treatment
  | persecution | repression | discrimination | disappearance | rape
  | brutality | detention | maltreatment | killing
# what calling an act or a party names when it criticises it ("called the sanctions illegal",
# "called the visit a provocation": 111); also the judgement a speaker states ("said the
# visit was a provocation": 111; "said the accusations were baseless": a denial, 016;
# grammar class copula, data/grammar.lex)
class censure : illegal | unlawful | illegitimate | unacceptable | outrageous | provocative
  | provocation | irresponsible | unjustified | unjustifiable | hypocritical | shameful
  | disgraceful | barbaric | barbarous | cowardly | heinous | reckless | abhorrent
  | deplorable | despicable | atrocious | inhumane | racist | sham | farce | disgrace
  | blackmail | aggression | outrage | violation | scandalous | absurd | unfounded
  | baseless | groundless | fabricated | untrue | lie | propaganda | massacre | atrocity
  | genocide | terrorism | rigged | fraudulent | crime | false | undemocratic
  | unconstitutional | dangerous | authoritarian | nazi | neo-nazi | fascist
  | liar | murderer | dictator | thug | puppet | biased | one-sided
# words that make an attack one of words: "launched a scathing attack on the
# government" is criticism (111), not force
class invective : verbal | scathing | blistering | stinging | withering | vitriolic
  | scalding | excoriating
# a court's judgements, which a higher court quashes or overturns (080 quash
# &verdict: the conviction is lifted, not passed)
class verdict : verdict | conviction | sentence | ruling | judgment | judgement
  | acquittal
# what a government or party decides, says or does as policy: attacked, it is
# criticised, not assaulted (111 attack &policy: "attacked the government's
# handling of the crisis")
# (not "position": troops attack positions)
class policy : policy | handling | decision | remark | comment | stance
  | approach | strategy | response | rhetoric | budget | reform | law
  | bill | legislation | plan | proposal | move | performance | leadership
  | management | failure | claim | statement | speech | view | ruling | verdict
  | judgment | judgement | measure | idea | decree | ordinance | regulation | tax
# statements and documents made public ("released a report": 010, not 084)
class statement : statement | report | video | footage | figure | data | detail
  | photo | photograph | image | picture | recording | audio | communique | study
  | survey | result | list | transcript | letter | message | note | book | album
  | film | song | record | version | update | document | name | tape | memo

# what a contest, an election or a camera captures: "captured the title", "captured 40
# seats", "captured the imagination", "was captured on video" (verb null entries in
# data/verbs.lex: no occupation of territory)
class prize : title | crown | win | victory | prize | medal | award | trophy
  | championship | cup | pennant | wicket | gold | silver | bronze | seat | vote
  | imagination | attention | heart | headline | mood | spirit | essence | market
  | stage | race | match | game | tournament | series | league | pole | lap
  | record | footage | video | image | photo | picture | moment
