# dyad-lexicon 1
#
# data/remap.lex -- CAMEO's parallel structure: the code of an act when it is
# only promised (intent, 03x), refused (12x), appealed for (02x) or demanded
# (10x). Format: `remap FAMILY : FROM TO | ...`, where FROM is a CAMEO code
# or the start of one (a root "04" covers 040-046) and TO the code it maps
# to; the entry with the longest FROM that begins the act's code wins, and
# "*" matches any code, last. Written from the CAMEO codebook for dyad.

# "will release the hostages" is 0353; an announced act of conflict is a
# threat (13x): of dissent 133, of mobilising force 138 (a patrol stays one);
# a rejection vowed is the rejection ("vowed to reject the deal": 127)
remap intent : * 030 | 04 036 | 045 039 | 05 032 | 06 031 | 060 031 | 061 0311 | 062 0312
  | 063 0313 | 064 0314 | 07 033 | 070 033 | 071 0331 | 072 0332
  | 073 0333 | 074 0334 | 08 035 | 080 035 | 081 0351 | 082 0352
  | 083 034 | 0831 0341 | 0832 0342 | 0833 0343 | 0834 0344 | 084 0353
  | 085 0354 | 086 0355 | 087 0356
  | 14 133 | 15 138 | 150 150 | 16 131 | 161 1313 | 162 1311 | 163 1312 | 17 137 | 172 132
  | 18 1383 | 19 1384 | 191 1381 | 192 1382 | 20 1385
  | 12 120 | 121 121 | 122 122 | 123 123 | 124 124 | 125 125 | 126 126
  | 127 127 | 128 128 | 129 129

# "refused to lift the sanctions" is 1244; "will not accept the plan" (an
# intent to settle, 037, refused) is 127: an act of cooperation (03-08)
# refused is CAMEO's parallel rejection; "*" is the generic code, used only
# where a caller asks for it (a refused attack is no rejection)
remap refusal : * 120 | 03 120 | 031 121 | 0311 1211 | 0312 1212
  | 0313 1213 | 0314 1214 | 033 122 | 0331 1221 | 0332 1222 | 0333 1223
  | 0334 1224 | 034 123 | 0341 1231 | 0342 1232 | 0343 1233 | 0344 1234
  | 035 124 | 0351 1241 | 0352 1242 | 0353 1243 | 0354 1244 | 0355 1245
  | 0356 1246 | 036 125 | 037 127 | 038 126 | 05 120 | 057 127 | 04 125 | 045 126 | 06 121 | 061 1211 | 062 1212
  | 063 1213 | 064 1214 | 07 122 | 070 122 | 071 1221 | 072 1222
  | 073 1223 | 074 1224 | 08 124 | 080 124 | 081 1241 | 082 1242
  | 083 123 | 0831 1231 | 0832 1232 | 0833 1233 | 0834 1234 | 084 1243
  | 085 1244 | 086 1245 | 087 1246

# "urged Russia to withdraw its troops" is 0256; an appeal for any other act
# is 020
remap appeal : * 020 | 04 026 | 045 028 | 037 027 | 05 022 | 06 021 | 061 0211
  | 062 0212 | 063 0213 | 064 0214 | 07 023 | 071 0231 | 072 0232
  | 073 0233 | 074 0234 | 08 025 | 081 0251 | 082 0252 | 083 024
  | 0831 0241 | 0832 0242 | 0833 0243 | 0834 0244 | 084 0253 | 085 0254
  | 086 0255 | 087 0256

# "Russia said Sudan must return the helicopter" is 1053; a demand of any
# other act is 100
remap demand : * 100 | 03 100 | 036 106 | 037 107 | 04 106 | 046 106
  | 045 108 | 05 102 | 057 107 | 06 101 | 061 1011 | 062 1012 | 063 1013
  | 064 1014 | 07 103 | 071 1031
  | 072 1032 | 073 1033 | 074 1034 | 08 105 | 081 1051 | 082 1052
  | 083 104 | 084 1053 | 085 1054 | 086 1055 | 087 1056

# "threatened to attack Iraq" is 1384; a threat of any other act is 130
remap threat : * 130 | 14 133 | 15 138 | 16 131 | 161 1313 | 162 1311
  | 163 1312 | 164 134 | 165 135 | 166 136 | 17 137 | 172 132 | 1721 1321
  | 1722 1322 | 1723 1323 | 1724 1324 | 18 1383 | 19 1384 | 191 1381
  | 192 1382 | 20 1385

# The topic of a demand, appeal, promise, concession, refusal or protest
# about political reform: its fourth digit is leadership change (1), policy
# change (2), rights (3) or a change in institutions or regime (4), by the
# first word of a topic class (data/grammar.lex) near it: "staged
# demonstrations to demand political reforms" is 1412.
remap topic-leadership : 024 0241 | 034 0341 | 083 0831 | 104 1041
  | 123 1231 | 141 1411 | 142 1421 | 143 1431 | 144 1441 | 145 1451
remap topic-policy : 024 0242 | 034 0342 | 083 0832 | 104 1042 | 123 1232
  | 141 1412 | 142 1422 | 143 1432 | 144 1442 | 145 1452
remap topic-rights : 024 0243 | 034 0343 | 083 0833 | 104 1043 | 123 1233
  | 141 1413 | 142 1423 | 143 1433 | 144 1443 | 145 1453
remap topic-institution : 024 0244 | 034 0344 | 083 0834 | 104 1044
  | 123 1234 | 141 1414 | 142 1424 | 143 1434 | 144 1444 | 145 1454

# "accused Russia of shelling Kharkiv" is 1123 (aggression); an alleged act
# of repression is a human rights abuse (1122), mass violence a war crime
# (1124), a cyberattack spying (1125: "accused Beijing of hacking government
# computers"); torture and sexual assault (1822, 1821) are abuses of rights too
# (1122: "accused the police of torturing detainees"); an accusation of any
# other act is 112
remap accusation : * 112 | 17 1122 | 176 1125 | 18 1123 | 1821 1122 | 1822 1122 | 19 1123 | 20 1124

# "launched an investigation into the shelling of the city" is 093
# (military action); an investigation of repression or assault is one of
# human rights abuses (092), of mass violence one of war crimes (094); of
# any other act it is 090
remap investigation : * 090 | 17 092 | 18 092 | 19 093 | 20 094

# "condemned the Russian missile strike", "criticized Russia over its
# strikes": an act a disapproval (111) is about is referenced, not told, and
# its actor is the target ("Ukraine denounced the Russian strike": UKR 111
# RUS); the code stays 111. (Praise, 051, is not such a head: "artillery
# units supported the offensive" tells the offensive.)
remap disapproval : * 111

# "dock workers struck", "nurses threatened to strike": force (19x) and
# threats of force (138x) read through a labour-act word (data/grammar.lex)
# whose subject is a striker are a strike (143) and a threat of one (133);
# the strike then takes its topic digit ("against the reform": 1432)
remap labour : 19 143 | 138 133

# The converse: "Israel halted air strikes", "the UN demanded an end to drone
# strikes": a labour pattern's strike word right after a weapon word (class
# strike-weapon, data/grammar.lex) is force called off (087) or its end
# demanded (1056), appealed for (0256) or promised (0356), not a labour
# strike's
remap weapon-strike : 082 087 | 1052 1056 | 0252 0256 | 0352 0356

# "hacked a woman and her five children to death", "beat the prisoner and his
# brother to death": an assault (18) or a hacking (176) whose object is
# followed by "to death" in its clause, past its pattern's words, is a killing
# by physical assault (1823; "hack to death" and "beat to death" say so when
# the object is short)
remap to-death : 18 1823 | 176 1823

# "ordered a halt to the offensive", "declared an end to the curfew": a halt
# or end of an act, ordered or declared (class halt-verb), takes its code
# from the act halted: force de-escalated (087), a blockade or siege eased
# (0872), a curfew or emergency rule lifted (0813, 0814), restrictions and
# sanctions eased (081, 085); halting talks or aid is a sanction (164,
# 162). Acts with no entry stay a halted act, no event.
remap halt : 18 087 | 19 087 | 20 087 | 191 0872 | 1723 0813 | 1724 0814
  | 172 081 | 163 085 | 046 164 | 04 164 | 07 162 | 071 1621 | 072 1622
  | 073 1623

# Acts that a compound subject with no object does with each other: "Hungary
# and Romania agreed", "the two sides held talks", "rebels and soldiers
# clashed" give one event for each ordered pair of them; any other act of a
# compound subject ("Russia, China and Iran condemned the strike") is an act
# of each on its own. TO is the code the pairs take: the act's own, except
# military exercises, which held together or with a partner ("held exercises
# with South Korea") are military cooperation (CAMEO 062, joint exercises).
remap joint : 03 03 | 04 04 | 050 050 | 057 057 | 06 06 | 190 190 | 193 193
  | 150 062 | 0871 0871

# Acts of dissent, and their ending, that name no target are aimed at the
# protesters' own government (CAMEO's convention: "students staged
# demonstrations" is IDN 141 IDNGOV; "teachers called off their strike" is
# KENEDU 082 KENGOV), unless the actors are the state itself. TO is the
# act's own code.
remap own-government : 14 14 | 082 082

# The agent an act implies when a passive names none: "two journalists were
# arrested in Tehran" is IRNCOP 173; "was sentenced to ten years" a court's
# (JUD 116); a ban, curfew, deportation or expulsion, or its lifting, the
# government's ("were deported from Jordan": JORGOV 174). The agent is of
# the country where the act happened, else of its target's, and marked as
# inferred. TO is the act's own code.
remap agent-police : 173 173 | 091 091
remap agent-court : 116 116
remap agent-government : 172 172 | 174 174 | 166 166 | 081 081 | 0841 0841 | 161 161

# Of those, the acts done to people who are mostly of another country than
# the agent: deportation, expulsion of diplomats or others, and the release or handing over of
# persons. Their agent is not guessed from the people's own country ("ten
# Mexican migrants were deported" is no act of Mexico's government), and a
# place after "to" is where the people went, not where the act happened
# ("were handed over to Kyiv"). TO is the act's own code.
remap agent-foreign : 174 174 | 0841 0841 | 161 161

# An act of taking whose patient is a person rather than a place, by a verb
# that has an entry of code TO with a typed slot ("capture &person" 173):
# a personal pronoun, an actor, in the passive a name that is no place, a
# number of people or a word of grammar class person ("Ocalan was captured
# in Kenya", "troops captured him", "rebels captured two"): seizing
# territory (192) is a detention (173). TO replaces FROM.
remap captive : 192 173

# What an arrest or detention (173) is when its source is a non-state armed
# actor, a rebel group, criminals or unidentified gunmen (roles REB, CRM,
# UAF): CAMEO's abduction or hostage-taking (181), "Hezbollah captured three
# Israeli soldiers", "the men had been captured by the Polisario Front".
remap abduction : 173 181

# An act of taking whose patient is a place (a place's name), by a verb
# that has an entry of code TO with a typed slot ("seize &territory" 192):
# seizing property (171) is occupying territory (192), "rebels seized
# Kidal". TO replaces FROM.
remap occupation : 171 192

# What an act of dissent (14x) is when its source is an armed force (roles
# MIL, COP, REB, UAF, SPY): a violent protest or riot (145, "stormed the
# parliament", "ransacked government buildings") done by soldiers, police,
# rebels or gunmen is the use of force (190), not a riot; other dissent
# (a protest, a strike) stays as it is. TO replaces FROM.
remap armed : 145 190

# The converse: force used by protesters (a source naming a word of grammar
# class protester: "protesters clashed with police", "demonstrators attacked
# the police", "rioters fought troops") is a violent protest, CAMEO's 145
# ("Protest violently, riot"), not a fight between armed forces: fighting
# (190) and assault (180, 182); a killing, weapons (193-195: "demonstrators
# launched missiles"), a seizure or a blockade keep their own codes. TO
# replaces FROM.
remap riot : 190 145 | 180 145 | 182 145 | 1821 1821 | 1822 1822 | 1823 1823
