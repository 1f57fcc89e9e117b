# dyad-lexicon 1
# Claim frames, modality and casualty words: the words that decide on whose
# word an event stands, whether it happened, and how many were hurt.
# See docs/lexicon.md. Written for dyad.

# --- claim frames -----------------------------------------------------------
# "X said (that) ...", ", X said": the event is reported, attributed to X.
say reported : say | tell | state | announce | add | indicate | mention
  | highlight | note | stress | explain | insist | assert | declare | write
  | tweet | post | report | suggest | claim | allege | according to
  | quote | cite | signal | emphasize | emphasise | underline | point out
  | believe | reveal | disclose | warn that | estimate | reiterate
say confirmed : confirm | acknowledge | verify | corroborate | admit
# A denial frames the act it denies (status denied) and is its speaker's
# own event 016 when no verb pattern covers its words. A two-word phrase
# may hold a noun group's opening between its words: "rejected Ukraine's
# accusations", "dismissed the reports".
say denied : deny | downplay | dismiss | refute | rebut | play down
  | brush off | call reports | dispute | contradict
  | reject report | reject claim | reject accusation | reject allegation
  | reject charge | reject suggestion | brush aside report
  | brush aside claim | brush aside accusation

# --- modality ----------------------------------------------------------------
# future or intended
modal future : set to | plan to | planned | plans to | intend to | want to | wants to | wanted to
  | intends to | aim to | aim at | aimed at | expected to | due to
  | scheduled to | prepare to | prepared to | going to | will | seek to
  | hope to | propose to | proposed | upcoming | planned
  | intention to | about to | ready to | poised to | agree to | vow to
  | pledge to | promise to | threaten to | offer to | swear to | sworn to
# hypothetical
modal hypothetical : if | possible | potential | possibly | perhaps
  | would | could | might | may | consider | mull | weigh | unless
  | hypothetical | capable of | capability to
  | capacity to
# told on someone's word, unnamed: "rebels reportedly captured the town" is
# a report of a capture, not a capture that may happen
modal reported : reportedly | allegedly | purportedly | supposedly | rumored | rumoured
# negation of the event
modal negated : not | never | cannot | no longer | fail to | failed to | refuse to
  | refused to | decline to | declined to | declines to | did not | called off
  | postponed | neither | nor | yet to

# --- casualty counts -----------------------------------------------------------
count killed : dead | killed | died | kill | killing | death | deaths
  | fatalities | fatality | lives | lost their lives | slain | bodies
  | death toll
  | toll | perished | massacred | executed | murdered | shot dead
  | beheaded | decapitated | lynched | hanged
# ACLED's notes: a coder's placeholder for an unknown toll ("Unspecified
# fatalities coded as 10": approximate), and a toll restated for this event
# ("[3 fatalities coded to this event]": it replaces one told before)
count killed placeholder : fatalities coded as | casualties coded as
  | fatality coded as
count killed restated : fatalities coded to this event
  | fatality coded to this event
count injured : injured | wounded | hurt | injuring | wounding | injuries
  | casualties | hospitalized | hospitalised | maimed
count missing : missing | unaccounted for
count arrested : arrested | detained | held | rounded up | arrests
  | detentions | taken into custody
count displaced : displaced | fled | evacuated | homeless | refugees

# --- word classes ----------------------------------------------------------------
# Classes of words that the coder's rules use by name (docs/lexicon.md,
# "Word classes"). A member matches a token whose form is that word, as
# written: list the inflections a rule should see (the person class lists
# singular nouns because "a victim" counts one and "victims" does not).
# place-noun and place-word also match the noun lemma ("towns").
#
# between a preposition and a place: "the city of X", "on the outskirts of X"
class place-noun : city | town | village | area | areas | outskirts | outskirt
  | direction | district | suburb | vicinity | region | province
  | settlement | port | capital | centre | center | border | outside
  | south | north | east | west | southern | northern | eastern | western
  | central | part | parts | northeast | northwest | southeast | southwest
  | km | island | state | oblast | governorate | county | prefecture
# words that name a place after a name or before "of": "the town of X"
# accord: what a city's name before it names, not the city ("the Paris
# agreement", "the Minsk accords", "the Doha talks": no actor, no place)
class accord : agreement | accord | treaty | deal | protocol | convention | declaration
  | memorandum | format | process | talks | summit | conference | communique | charter
  | framework | ceasefire | truce | pact | understanding | roadmap | formula
# home-place: what a demonym before it places in its country ("in several
# Iranian cities": Iran); not base, camp or border, often a state's abroad
class home-place : city | town | village | province | region | district
  | countryside | county | governorate | municipality | settlement | hamlet
class place-word : town | village | city | district | neighbourhood
  | neighborhood | region | oblast | province | area | camp | settlement
  | suburb | county | governorate | municipality | outskirts | valley | port
  | base | countryside | street | downtown | edge | road | avenue
  | peninsula | island | heights | square | hill | highway | bridge
  | airport | crossing
# a division named like a place: "the Lozivskyi district" is no village
class division : district | raion | hromada | community | region | regions
  | oblast | oblasts | province | provinces
# compass words: "an ambush north of X"
class direction : north | south | east | west | northeast | northwest
  | southeast | southwest
# prepositions that place an event besides in/near/at
class place-prep : through | throughout | along | inside | over | within
  | across | around | outside | above | towards | toward
# a war's running toll is no event's: "killed in the conflict"
class war : conflict | war | fighting | violence | insurgency | uprising
  | crisis | revolution | hostilities | campaign | occupation | pandemic
  | epidemic
# particles of phrasal verbs: "speeded up the withdrawal"; a verb pattern with a
# particle after its verb also reads it after the object ("handed the remains over")
class particle : up | out | down | off | on | over | back | away
# words inside an amount, which counts as one word in a pattern's gap
class amount : million | billion | worth | than | more | thousand | least
# before a gerund whose subject is the main clause's: "by donating"
class means : through | while | after | before | when | upon | without
# one person: "a mother and a child were killed" counts two
class person : victim | driver | man | woman | boy | girl | child | baby
  | resident | passenger | civilian | soldier | serviceman | journalist
  | farmer | mother | father | son | daughter | wife | husband | teenager
  | pensioner | worker | employee | policeman | officer | volunteer | doctor
  | nurse | teacher | student | priest | fighter | militant | person | guard
  | commander | pilot | local | villager | shepherd | prisoner | detainee
  | inmate | captive | hostage | protester | demonstrator | activist | refugee
  | migrant
# the head of a body's name: "the Nigerian Union of Teachers" is that role
class body : union | association | federation | council | congress
  | confederation | syndicate | league | society | committee | organization
  | organisation | movement | alliance | assembly | chamber
# "US-led", "Saudi-led", "Kremlin-controlled": the country before the hyphen
# leads the actor, which is its own. Not a sponsor ("Turkish-backed rebels",
# "Iranian-backed militias", "US-trained forces" are not Turkey's, Iran's or
# the United States' own: their country comes from the rest of the name or
# the context, as for any role)
class backing : led | controlled | run
# "rebels backed by Rwanda", "militias armed by Iran": the sponsor named
# after "by" is someone else, so a role with no country of its own does not
# take the sponsor's from the document or the sentence's other actors
# (actors/context.c); verb lemmas
class sponsor : back | support | arm | fund | finance | sponsor | train
  | equip | bankroll
# what a denial can deny: "Moscow denied these reports"
class report-noun : report | claim | plan
# say verbs whose object is the one told or quoted: ", X told Reuters."
# and ", X quoted police as saying." name their speaker before the verb,
# never after it
class tell : tell | inform | brief | assure | remind | notify | quote
  | cite
# what a denial rejects when it is its speaker's act 016 (deny
# responsibility): "rejected Ukraine's accusations", "dismissed reports"
class accusation : accusation | allegation | charge | claim | report
  | suggestion | assertion | rumour | rumor | speculation
# the word right before an inexact number: "at least 5", "more than 5",
# "up to 5"
class approximator : least | than | over | nearly | about | around | some
  | almost | up to
# number words that are approximate: "dozens were killed"
class vague-number : dozens | hundreds | thousands | scores
# ACLED's notes divide a toll: "5 fatalities split between 2 events"
class split : split | divided
class split-prep : between | among | across
class split-unit : events | incidents | attacks | locations
# subordinators: an act told in the clause they open is embedded, not
# asserted ("unless the decree is withdrawn", "before the troops leave",
# "Hamas, which rejects the plan")
class condition : if | unless
class time-conj : when | before | after | until | while | since
  | whenever
class reason-conj : because
class relative : who | which | whom | whose
# what a demand, protest or strike for political reform is about (the
# topic-* remaps of data/remap.lex): the first such word near the act
class topic-leadership : resignation | resign | ouster | oust | removal
  | impeachment | impeach | overthrow | step down | dismissal | downfall
  | leadership | successor
class topic-policy : reform | policy | law | legislation | bill | decree
  | tax | price | wage | pay | salary | pension | subsidy | austerity
  | budget | cut | privatisation | privatization | decision | plan
  | measure | tariff
class topic-rights : right | freedom | liberty | release | arrest | detention
  | detain | imprisonment | violation | abuse | torture | discrimination
  | persecution | censorship | repression | crackdown | equality
class topic-institution : constitution | constitutional | election
  | electoral | referendum | independence | autonomy | parliament
  | institution | regime | democracy | federalism | self-rule | secession
  | monarchy | republic
# a role from elsewhere takes no country from its context: before the role
# ("foreign troops") or as it ("peacekeepers in Darfur")
class foreign : foreign | international | western | multinational
  | overseas | allied | coalition | expatriate | expatriates
  | peacekeeper | peacekeepers | peacekeeping | mercenary | mercenaries
  | tourist | tourists | refugee | refugees | migrant | migrants
  | asylum-seeker | asylum-seekers | visiting | embassy | embassies
  | consulate | consulates | ambassador | ambassadors | envoy | envoys
  | diplomat | diplomats
  | donor | donors | monitor | monitors | observer | observers | occupiers
  | invaders
# an organisation the lexicon lacks, named for a continent, takes no country
# from its context ("the Association of African Jurists"); people so named
# do ("African farmers in Johannesburg")
class continental : african | european | asian | pan-african | pan-arab
  | continental | latin
# "Afghan-born", "Chinese-owned": the word after a hyphen that makes the
# country before it the actor's (besides backing; a capitalised word that
# names no country does too: "Iraqi-Kurdish"). Not "based": a "London-based"
# group is not British
class origin : born | bred | raised | registered | owned | flagged
# "ethnic Albanians in Serbia": a demonym after this word names an ethnic
# group, whose country is where it lives (its context's), not the demonym's
class ethnic : ethnic | ethnically
# a group word before a role is the role's modifier: "Rohingya refugees"
# are refugees (REF), "Kurds" alone are Kurds (agents.lex)
class identity : kurds | kurd | pashtuns | pakhtuns | tutsis | hutus
  | uighurs | uyghurs | rohingya | rohingyas | baloch | baluch | balochs
  | hazaras | tamils | berbers | amazigh | tuareg | tuaregs | fulani
  | arabs | assyrians | bedouins | bedouin
  | igbos | yorubas | hausas | oromos | amharas | tigrayans | chechens
  | yazidis | shiites | shias | sunnis | alawites | alawis | alevis | druze
  | copts | maronites | christians | muslims | moslems | hindus | jews
  | buddhists | sikhs | catholics | bahais | dinka | dinkas | nuer | nuers
  | kikuyu | kikuyus | sufis | mormons | protestants

# passive-get: the forms of "get" that make a passive with a past
# participle right after them, as "be" does ("civilians got killed", "to
# get arrested": the civilians are the ones acted on; words/words.c)
class passive-get : get | gets | got | gotten | getting

# small-clause: a verb whose object a past participle may follow as the
# act the verb's subject has done to it ("ordered the prisoners freed",
# "ordered the border closed": the orderer's 0841 and 191; not a
# participle modifying the object; clauses/clauses.c, events/verbs.c)
class small-clause : order | command | decree

# directive, directive-verb: an order issued, given, signed or received
# ("issued an order to release the prisoners", "troops received orders to
# withdraw"): its infinitive is the act done, by the subject of the verb
# (events/verbs.c); "defied orders to withdraw" is none
class directive : order | orders | decree | directive | directives
  | instruction | instructions | command | commands
class directive-verb : issue | give | sign | send | receive | get | obey
  | follow | carry

# to-object: verbs after which "to" is a preposition before a word that is
# also a noun ("yielded to pressure", "bowed to demands", "responded to
# criticism": no infinitive "to pressure"; words/words.c)
class to-object : yield | bow | succumb | submit | cave | bend | respond
  | react | object | reply | adhere | cling

# hearsay: verbs whose passive tells an act second-hand; a past participle
# right after one is passive too ("ten soldiers were reported killed", "two
# engineers are feared kidnapped": the soldiers and engineers are acted on;
# events/verbs.c)
class hearsay : report | say | believe | fear | think | presume | confirm
  | suspect | understand | expect | know | rumour | rumor | allege

# decision-verb: a verb of the intent family (03x, data/verbs.lex) that
# also tells a body's own decision: an act of conflict agreed to is that
# act, decided ("EU leaders agreed to extend sanctions on Russia": 163),
# not a threat (1312: the intent family's code for it, data/remap.lex);
# an act of cooperation agreed to stays an intent ("agreed to withdraw":
# 0356; claims/complements.c)
class decision-verb : agree

# crowd-noun: people who, as the subject of a protest with no actor the
# lexicon knows, are its civilians, of the country where they protest
# ("More than 200 neo-Nazis demonstrated in Germany": DEUCVL 141 DEUGOV;
# events/context.c); plural forms, as written
class crowd-noun : supporters | followers | backers | sympathizers
  | sympathisers | loyalists | nationalists | royalists | monarchists
  | neo-nazis | islamists | leftists | rightists | anarchists
  | feminists | environmentalists | monks | nuns | priests | clerics
  | lawyers | doctors | nurses | veterans | mothers | relatives
  | hardliners | partisans | opponents | critics | adherents | believers
  | worshippers | devotees | hindus | muslims | christians | buddhists

# --- actors the lexicon lacks, by shape (actors/unknown.c) ----------------
# adverb-first: a word that is an adverb, not a verb or noun, between a
# subject and a word that may be its verb ("rebels still hold", "Israel
# still controls"; words/words.c)
class adverb-first : still | further | even | just | yet | well

# honorific: a word of address before a person's surname ("Mr Biden",
# "Sheikh Hasina"); any other capitalised word right before a surname that
# an entry gives to its full names is another given name ("Hunter Biden"
# is not the president; actors/actors.c)
class honorific : mr | mrs | ms | miss | mister | madam | dr | sir | dame
  | lord | lady | sheikh | sheik | mx

# anaphor-org: a head noun that, after "the", names again an organisation
# introduced earlier in the document: by that noun ("the UN Security
# Council ... the Council") or, for "bloc", "alliance", "group",
# "movement", "militia", "party" and the like, by its kind (an
# international body, an armed group, a party; actors/actors.c); a role
# word of its own ("the militia", "the party") names such an organisation
# too when one was named before
class anaphor-org : group | bloc | alliance | coalition | movement
  | organisation | organization | council | commission | committee | agency
  | union
  | militia | faction | party | front | body
# kind-igo, kind-armed, kind-party: the nouns that name again, by its kind,
# an international body (a code IGO...), an armed group (IMG..., ...REB) or
# a party (...PTY) named before under any name ("NATO ... the alliance")
class kind-igo : bloc | alliance | organisation | organization | body
class kind-armed : group | movement | militia | faction | organisation
  | organization
class kind-party : party

# pair-noun: a plural that, after "the two" or "both", names again the two
# actors named last ("Putin met Xi ... the two leaders signed", "India and
# Pakistan held talks. Both sides agreed"; actors/actors.c)
class pair-noun : sides | leaders | countries | nations | governments
  | presidents | ministers | states | neighbours | neighbors | parties
  | armies | delegations | rivals | allies | foes | capitals

# title-AGT: a word that is a role (agent AGT) only right before a person's
# name: "General Ahmed Musa" (not "General Motors", not "general strike")
class title-mil : general | marshal | lieutenant | corporal | commodore
class title-gov : commissioner
class title-jud : justice
class title-cop : inspector | superintendent
# org-AGT: the head word of an organisation's name: a run of capitalised
# words whose last word before "of"/"for" is one of these (members of up
# to three words, matched by form: list plurals) is an organisation with
# role AGT and the country its name holds (else its context's). A head that
# is an agent word (agents.lex: army, police, party, ministry, court ...)
# needs no line; a line here wins over it ("Brigades" of an armed group,
# "Brigade" of an army). A role word before the head names the body
# ("Police Command" is COP, "Traders Union" BUS), except before a party's
# or an armed group's head ("Workers Party" is PTY).
class org-gov : ministry | ministries | commission | council | authority
  | agency | department | bureau | directorate | secretariat | office
class org-mil : command | corps | guard | guards | regiment
class org-reb : brigades | liberation front | liberation army
  | liberation movement | liberation tigers | resistance movement
  | resistance front | resistance army | revolutionary army
  | republican army | salvation front | islamic front | jihad
  | front for the liberation | movement for the liberation
  | army for the liberation
class org-pty : front | movement | league | alliance
class org-ngo : foundation | association | society | fund | trust
  | federation | committee | network | initiative | observatory | union
class org-lab : unions | confederation | syndicate
class org-edu : institute | academy | polytechnic
class org-med : times | herald | tribune | gazette | journal | news
  | broadcasting | press
class org-bus : company | corporation | corp. | inc. | ltd | holdings
  | airlines | airways | industries
# body-AGT: a lower-case noun naming a body (agent AGT) whose official's
# title follows it: "the farmers' association president", "the chamber
# chairman" speak for that body, not for a government (a title's agent
# GOV gives way; actors/actors.c). Not "union" ("union minister" is a
# federal minister in Indian English), "committee" (a party's or a
# parliament's) nor "bank" ("a West Bank leader")
class body-ngo : association | associations | society | foundation
  | federation | trust | league | club
class body-lab : syndicate | confederation
class body-bus : company | firm | corporation | chamber
# a request, call or offer whose infinitive is the act asked for or offered:
# "rejected a request to lift the blockade" refuses the lifting (1241);
# "welcomed the offer to mediate"
# halt: a noun that stops an act; the act named after it with in, to, of or
# on ("a lull in the fighting", "a halt to air strikes") is not going on,
# so it is no event of its own
class halt : pause | lull | halt | cessation | suspension | moratorium
  | letup | respite | end | stop | break | freeze
class request : request | call | appeal | plea | demand | offer | proposal | ultimatum
  | invitation | ultimatum | bid | initiative | plan | proposition
  | suggestion | petition | order | agreement | deal | consensus | understanding
  | accord
# not-actor: the last word of a capitalised name that names a place, a
# building or an occasion, not an actor ("the Sulu Sea", "Darulaman Palace",
# "the Gulf War", "the Davis Cup"): `dyad actors --unknown` does not list such
# a name as an uncoded actor (docs/lexicon.md). Matched by form or noun lemma.
class not-actor : sea | ocean | river | lake | strait | straits | gulf | bay
  | canal | mountain | range | valley | desert | plain | plateau | forest
  | island | islands | coast | palace | center | centre | tower | stadium
  | auditorium | hall | field | farm | dam | checkpoint | airbase | axis
  | complex | plant | factory | refinery | market | bazaar | cemetery
  | prison | jail | museum | compound | hotel | corridor | pass | highway
  | war | cup | series | championship | championships | tournament | prize
  | award | games | olympics | festival | summit | conference | crisis
# nouns an event noun may modify while keeping its arguments after them: "a
# mediation effort between Israel and Hamas", "an invasion attempt on the
# island" (the noun after the event noun; its own arguments follow)
class effort : effort | bid | attempt | initiative | process | mission | push
  | drive | campaign | plan | operation
# documents whose publisher acts through them: "published a declaration
# demanding reforms" is the publisher's demand, told as done; "signed a
# decree pardoning 500 prisoners" the signer's pardon
class document : statement | declaration | communique | resolution | letter
  | petition | memorandum | open letter | report | manifesto | joint statement
  | decree | edict | ordinance | order | law | bill
# the role of the one met or called before it: "the defence minister met his
# Chinese counterpart" is CHNMIL (agents.lex gives it GOV when none is before)
class counterpart : counterpart | counterparts | opposite number
# verbs whose compound subject acts each with the other, object or not:
# "Russia and Ukraine exchanged prisoners" is RUS 0841 UKR and UKR 0841 RUS
# (as are "each other" and "one another" after any verb)
class mutual : exchange | swap
# verbs of force whose compound subject fights each with the other (remap
# joint): "rebels and soldiers clashed" is one event for each ordered pair;
# any other act of force of a compound subject ("Syrian and Russian forces
# stepped up operations", "attacked") is each one's own, against another
class reciprocal : clash | fight | battle | skirmish | engage
# "dock workers struck", "teachers threatened to strike": a pattern word of
# class labour-act whose subject names a striker (a word of class striker)
# is a labour strike, not force (remap labour in data/remap.lex)
# aim: verbs of aiming: after a noun event they name its target ("sanctions
# targeting Myanmar's generals", "measures aimed at Iran"); after a noun of class
# measure they are no act of force ("rules targeting Chinese investment")
class aim : target | aim | direct
# collective: nouns whose "of" names who they are ("captured by three groups of
# Palestinian militants", "by a unit of the army"): the mention after them is
# the actor
class collective : group | band | gang | unit | squad | cell | faction | contingent
  | member | detachment | battalion | column
# measure: what a state adopts against others, whose "targeting" is an aim
class measure : measure | sanction | rule | law | legislation | bill | tariff | restriction
  | ban | policy | decree | regulation | step | package | probe | investigation
  | crackdown | campaign | reform | tax | levy | duty | curb | embargo | proposal | plan
  | resolution | order | action | program | programme | initiative
class labour-act : strike
# "halted air strikes", "demanded an end to drone strikes": a labour-act word
# right after one of these is a military strike, not a labour one (remap
# weapon-strike in data/remap.lex)
class strike-weapon : air | aerial | missile | drone | rocket | artillery | military
  | retaliatory | preemptive | pre-emptive | nuclear | naval | precision | coalition
  | allied | enemy
# "floods killed 20 people", "were killed in a landslide", "the storm hit the
# town": an act of force (18-20) whose subject, or cause after "in"/"by",
# is a natural or accidental hazard is no event (not an attack by
# unidentified forces); not "fire", which is as often a weapon's ("killed by
# sniper fire")
# a country named after one of these and "with" is the other side of a
# border: "massed troops along the border with Ukraine" gives the troops no
# country (actors/context.c); word forms
class border : border | borders | frontier
# nouns of measured quantities: an act of force whose subject is one tells
# its rise or fall, no attack ("oil prices shot past $28 a barrel",
# "inflation hit a record", "shares plunged"); singular forms (a plural is
# read through its noun lemma)
class quantity : price | rate | share | stock | index | inflation
  | unemployment | cost | value | production | output | export | import
  | sale | temperature | currency | deficit | debt | turnout | rating
  | growth | revenue | earning | profit | tariff | yield
class hazard : flood | floods | flooding | earthquake | quake | tremor
  | tsunami | storm | typhoon | hurricane | cyclone | tornado | landslide
  | landslip | mudslide | avalanche | wildfire | bushfire | forest-fire
  | drought | heatwave | lightning | epidemic | outbreak | accident | crash
  | collision | stampede | derailment | eruption | volcano
  | collide | capsize | derail | collapse | overturn
# things an event noun may name by what they are for: "a detention
# center", "a protest camp", "attack helicopters", "a protest leader" name
# a place, a machine or a person, not an act (an event noun right before
# one of these is no event)
class facility : center | centre | facility | camp | site | compound
  | complex | ward | cell | helicopter | aircraft | plane | jet | boat
  | ship | vessel | submarine | dog | song | slogan | banner | placard
  | leader | organiser | organizer | route | corridor | zone | range
# verbs whose one-word pattern is an act only with an object or an
# infinitive after them: "declined the offer", "declined to comment" are
# rejections; "support has declined" is no act
class needs-object : decline | back | disperse
# verbs whose one-word pattern is an act only with no direct object and
# no "that" clause after them: "students demonstrated outside parliament"
# is a protest; "the vote demonstrated the strength of democracy" and
# "scientists demonstrated that ..." are not; "the minister quit" resigned,
# "quit smoking" did not
class no-object : demonstrate | quit
# verbs that keep the act they take as object, or the act after their
# object's "from", from happening: "police foiled a bomb attack",
# "troops tried to prevent looting", "the army prevented protesters from
# marching" tell of no attack, looting or march (its status is negated;
# not "stop", whose act was going on: "stopped the shelling")
class prevent : prevent | foil | thwart | avert | forestall | preempt
  | pre-empt | avoid | deter | frustrate | bar | ban | block | prohibit | forbid
# verbs whose past participle is their base form: after a form of "be" the
# word is a passive participle ("was put under house arrest", "were cut off",
# "the town was overrun": the subject is the act's target), as the "-ed" of
# other verbs is; not before an infinitive ("is set to free": about to)
class bare-participle : put | set | cut | hit | shut | let | cast | spread | quit
  | hurt | upset | burst | split | shed | bid | thrust | broadcast | forecast
  | beat | run | come | become | overrun | overcome | undercut | offset | reset
  | outbid | rid | bet | wed | read | outrun | recast | rebroadcast | misread
# capitalised after a place's name, these name a street or square, not
# the place: "Haifa Street" is in Baghdad, "Damascus Gate" in Jerusalem
class street : street | road | avenue | square | boulevard | lane | gate
# lower-case words inside a place name between capitalised ones: "Dar es
# Salaam", "Port au Prince", "San Juan de los Lagos", "Newcastle upon Tyne";
# a run with them is a place only when the gazetteer has the whole name
class name-joiner : de | del | della | di | da | do | dos | das | du | des
  | el | al | es | la | le | les | los | las | au | aux | ad | ar | az
  | bin | ibn | van | von | der | den | upon | sur | y
# verbs of beginning and going on: a participle right after one is the
# subject's act, done ("began pulling back", "kept shelling the town"),
# not a participle of manner or purpose
class aspect : begin | start | continue | resume | keep
# verbs that take an object whenever they are active: with a preposition
# right after them ("forces accused of abuses", "a man arrested in Paris",
# "soldiers charged with murder") they are passive participles, telling
# what was done to the noun before them, not what it did
class object-verb : accuse | charge | suspect | convict | sentence | blame
  | arrest | detain | jail | imprison | indict | prosecute | try | fine
  | kill | wound | injure | capture | abduct | kidnap | deport | expel
  | execute | extradite | torture | sanction | ban | condemn | hold | threaten
# verbs whose subject suffers the act their object names: "Ukraine repelled
# a Russian attack", "the convoy came under fire", "Kharkiv endured heavy
# shelling", "the president faced accusations" (the subject is the target, the
# attacker unnamed)
class undergo : suffer | survive | endure | withstand | repel | repulse
  | sustain | undergo | weather | face
# verbs whose subject tells, sees or judges an act its object names, done
# by someone else: "the president called the attack a terrorist act",
# "residents reported shelling overnight", "families mourned the killing"
class observe : witness | report | describe | call | label | brand | term
  | dub | characterise | characterize | document | film | record | recall
  | remember | mourn | commemorate | fear | flee | escape | predict
  | anticipate | hear
# and verbs of praise, which react to what their object names: "India welcomed the
# release of the fishermen" is no release by India
  | welcome | hail | praise | applaud | laud | commend | congratulate | salute | acclaim
# and of defending or backing it in words: "the president defended the airstrikes"
# tells no strike of his
  | defend | justify | endorse | condone
# and verbs of brokering: "Egypt brokered a ceasefire between Israel and Hamas" is the
# parties' ceasefire, Egypt's mediation
  | broker | mediate
# verbs whose subject has the act its object names carried out: "the defence
# minister ordered a blockade" is the minister's blockade, an event even
# with no target named; so is what a subject launches, mounts, conducts or
# stages ("the African Union launched a mediation effort", "the army staged
# a flag march")
class causative : order | authorize | authorise | command | decree | launch | mount
  | conduct | stage | undertake | initiate
# verbs of coming together, a protest (141 in data/verbs.lex) only when
# their subject names protesters: "protesters gathered outside the
# embassy" is one, "leaders gathered in Paris" and "clouds gathered" are
# not (one-word patterns of these verbs need a word of class protester in
# their source)
class assembly : gather | assemble | converge | congregate
class protester : protester | protestor | demonstrator | marcher | picketer
  | rioter
# verbs (any form) that make the negated act after them a refusal of it:
# "refused to lift the sanctions" is 1244, not a negated lifting
# with-object: verbs whose act a typed slot after "with" names ("threatened
# Russia with sanctions" is 1312, "hit Iran with new sanctions" 163): the
# slot may be sought past "with" (other prepositions bar it)
class with-object : threaten | hit | slap | punish | target | menace
# container: a noun of this class before "of" holds what a verb's typed slot
# asks ("adopted a new package of sanctions" is 163): the matcher passes over
# it and its "of" when a word after them fills the slot. Not "round" ("fired
# rounds of ammunition" is a pattern of its own) nor a sequence of acts
# ("series", "wave": "a series of airstrikes" is told by its own noun)
class container : package | packages | batch | batches | raft | slew
  | tranche | tranches | bundle | consignment | consignments
class refuse : refuse | decline | reject | refusal | rejection
# acceptance: a verb of this class negated, even with no modal ("Hamas did
# not accept the deal", "has not recognised the new government"), withholds
# what was asked: a rejection (remap refusal in data/remap.lex), not an act
# that did not happen
class acceptance : accept | approve | endorse | recognise | recognize
# verbs whose subject, ordering or declaring a halt or an end of an act
# (class halt), does that halting itself: "the president ordered a halt to
# the offensive" is his 087 (remap halt in data/remap.lex)
class halt-verb : order | declare | announce | decree | command
# prohibition: a noun that forbids an act; the act named after it with on
# or against ("a ban on opposition rallies", "curbs on protests") is not
# going on, so it is no event of its own
class prohibition : ban | restriction | curb | prohibition | limit | limitation
# owner-pronoun: a determiner that names who holds what follows ("his
# protests": a person's, not the people's of a place)
class owner-pronoun : his | her | their | its | our | my | your
# deliberation: what is discussed is no act that happened. An event noun
# that a verb of this class takes as object ("discussed the withdrawal of
# Russian troops"), or that follows one of its nouns with on, about, over,
# regarding or concerning ("talks on a troop pullback", "a debate about
# sanctions"), is the topic, no event of its own
class deliberation : discuss | negotiate | debate | consider | weigh | mull
  | deliberate | talks | negotiations | discussion | discussions | debate
  | debates | dialogue | consultations | deliberations
# hesitate: a negated verb of this class says the act after it is meant, not
# that it is not done ("Israel would not hesitate to strike Iran" is a threat,
# "will not hesitate to respond" an intent, in the mood of the modal)
class hesitate : hesitate | hesitated | hesitates | flinch | shy
# a country's missions abroad: the country's name before one ("outside the
# US embassy in London") says whose mission, not where the people outside
# it stand
class mission : embassy | consulate | mission | legation
# nouns of time: "said last month it had agreed" names when, and the
# pronoun after one starts the reported clause, not a relative clause
# without "that" ("released the protesters they had arrested")
class time-unit : day | week | month | year | weekend | night | morning
  | evening | afternoon | decade | hour | time | season | spring | summer
  | autumn | winter | fall | century
# verbs that link a subject to what a speaker judges it to be: "X said
# the sanctions were illegal", "... amounted to a war crime" (the judgement
# words are class censure, data/slots.lex)
class copula : be | amount | constitute
# what a speaker who names the culprit says the subject was: "Iran said the
# United States was behind the attack" accuses it (112)
# (and "blame" after "be to": "said Hamas was to blame")
class culprit : responsible | behind | culpable | guilty | blame
# (not "staff": "the General Staff said its forces struck"; not "pilot")
class striker : worker | workers | employee | employees | workforce
  | labourer | laborer | unionist | miner | docker | dockworker | driver
  | trucker | teacher | lecturer | professor | doctor | nurse | physician
  | surgeon | farmer | lawyer | student
