# dyad-lexicon 1
# verbs.lex: event patterns (verb and noun kinds) for every code of data/cameo.tsv.
#
# verb CODE : pattern | ...  first word = verb lemma; later words follow in order (gaps of up to
#   3 tokens are allowed, so determiners/adjectives are left out); "+" marks where the target is
#   sought, otherwise the target is the first actor after the last matched word. "&class" is a
#   typed slot filled by a word of that class (data/slots.lex): one entry "release &person"
#   covers prisoners, hostages and journalists alike. The longest matching pattern of a verb
#   wins; between equally long ones the first written wins, so within a root the specific codes
#   come first and the root's generic code ("not specified below") last.
# noun CODE : phrase        last word = head noun (singular lemma); earlier words directly precede it.
#
# Written from the CAMEO 1.1b3 codebook's definitions and general news usage: a head verb and
# what it acts on, not phrases of particular sentences. An appeal, demand or refusal takes the
# code of the act in its complement (docs/lexicon.md, "Complements"), so the acts are written
# once, in their own codes. Plain reporting verbs (010: say, state, announce ...) are claim
# frames (data/grammar.lex). `dyad lexicon stats --corpus FILE` shows what each entry fires on.

# ======================================================================
# 01 MAKE PUBLIC STATEMENT
# ======================================================================

# 010 Make statement, not specified below: plain reporting verbs (say, state, announce) are
# claim frames (data/grammar.lex); here only the making public of a statement or document
verb 010 : release &statement | hold press conference | hold news conference | issue &statement
  | make &statement | address nation | address parliament | brief reporter
  | brief journalist | brief lawmaker

# 011 Decline comment
verb 011 : decline comment | refuse comment | decline elaborate | refuse elaborate | decline confirm
  | refuse confirm | remain silent | keep silent | stay silent

# 012 Make pessimistic comment
verb 012 : downplay | play down | cast doubt on | express concern | voice concern | raise concern
  | express pessimism | voice pessimism | express doubt | voice doubt | express skepticism
  | voice skepticism | express scepticism | express fear | voice fear | express worry
  | voice worry | express alarm | raise alarm | sound alarm | warn of danger
  | be pessimistic | remain pessimistic | be skeptical | be sceptical | remain skeptical
  | remain sceptical | be doubtful | remain doubtful | be concerned | be worried

# 013 Make optimistic comment
verb 013 : express optimism | voice optimism | express hope | voice hope | express confidence
  | voice confidence | express satisfaction | express appreciation | see progress
  | note progress | hail progress | be optimistic | remain optimistic | be hopeful
  | remain hopeful | be confident | remain confident

# 014 Consider policy option
verb 014 : consider | weigh | mull | mull over | contemplate | ponder | deliberate on | explore option
  | weigh option | consider option | explore possibility | study possibility
  | examine possibility | weigh possibility | consider possibility | look at option
  | study option | study proposal | study plan | consider &plan | review policy

# 015 Acknowledge or claim responsibility
verb 015 : claim responsibility | claim credit | admit responsibility | accept responsibility
  | take responsibility | acknowledge responsibility | admit involvement | admit role
  | admit guilt | confess | plead guilty | own up | admit mistake | acknowledge mistake
  | admit error | acknowledge error | admit failure | acknowledge failure
# admitting to have carried out an act is acknowledging responsibility for it
verb 015 : admit carry out

# 016 Deny responsibility
verb 016 : deny responsibility | deny involvement | deny role | deny charge | deny accusation
  | deny allegation | deny wrongdoing | reject accusation | reject allegation | reject charge
  | dismiss accusation | dismiss allegation | dismiss charge | refute | rebut | disown
  | plead not guilty | disclaim
# denying having used arms is a denial, not a refusal of arms (1222 deny &weapon)
verb 016 : deny use &weapon
noun 016 : denial

# 017 Engage in symbolic act
verb 017 : lay wreath | observe silence | hold vigil | light candle | lower flag | fly flag at half-mast
  | commemorate | mark anniversary | hold ceremony | hold memorial | hold commemoration
  | pay respects | raise flag | unveil monument | unveil memorial
noun 017 : commemoration | memorial service | minute of silence | wreath-laying

# 018 Make empathetic comment
verb 018 : express condolence | offer condolence | send condolence | convey condolence
  | extend condolence | express sympathy | offer sympathy | express sorrow | express grief
  | express solidarity | voice solidarity | show solidarity | stand in solidarity with +
  | sympathize with + | sympathise with + | console | commiserate | mourn
noun 018 : condolence | message of condolence

# 019 Express accord
verb 019 : agree with + | concur with + | see eye to eye | share view | express agreement
  | reach consensus | share concern | share position | hold identical view | find common ground

# ======================================================================
# 02 APPEAL
# ======================================================================

# Appeals whose complement is an act take the act's code (docs/lexicon.md, "Complements"):
# "urged Russia to withdraw its troops" is 0256 from "urge" and "withdraw &troops" (0874), so
# the acts are written once, in their own codes. Below: the appeal heads (020) and appeals
# whose object is a noun ("called for a ceasefire", "sought extradition").

# 021 Appeal for material cooperation, not specified below
verb 021 : call for &cooperation | urge &cooperation | appeal for &cooperation
  | request &cooperation | ask for &cooperation

# 0211 Appeal for economic cooperation
verb 0211 : call for investment | urge investment | seek investment | seek trade | seek market access
  | call for economic &cooperation | seek economic &cooperation | urge economic &cooperation
  | call for free trade | seek trade deal

# 0212 Appeal for military cooperation
verb 0212 : call for military &cooperation | seek military &cooperation | urge military &cooperation
  | seek military alliance | seek defence &cooperation | seek defense &cooperation
  | seek security &cooperation

# 0213 Appeal for judicial cooperation
verb 0213 : seek extradition | request extradition | call for extradition | urge extradition
  | ask for extradition | seek handover | request handover | request judicial &cooperation

# 0214 Appeal for intelligence
verb 0214 : request intelligence | seek intelligence | request information | seek information
  | ask for information | call for information

# 022 Appeal for diplomatic cooperation, such as policy support
verb 022 : seek support | ask for support | call for support | appeal for support | urge support
  | request support | seek backing | lobby | call for recognition | seek recognition
  | call for unity | urge unity | seek endorsement | call for solidarity | seek solidarity

# 0231 Appeal for economic aid
verb 0231 : appeal for &money | ask for &money | request &money | seek &money | call for &money
  | seek debt relief | call for debt relief | request debt relief

# 0232 Appeal for military aid
verb 0232 : ask for &weapon | request &weapon | seek &weapon | appeal for &weapon | call for &weapon
  | ask for military &aid | request military &aid | seek military &aid | appeal for military &aid
  | call for military &aid
  | seek air defence | seek air defense | request air defence | request air defense

# 0233 Appeal for humanitarian aid
verb 0233 : appeal for &relief | seek &relief | request &relief | call for &relief
  | ask for &relief | plead for &relief
noun 0233 : humanitarian appeal | flash appeal | emergency appeal

# 0234 Appeal for military protection or peacekeeping
verb 0234 : call for peacekeeper | request peacekeeper | ask for peacekeeper | seek peacekeeper
  | call for peacekeeping | request peacekeeping | request protection | seek protection
  | appeal for protection | call for protection | call for international force
  | call for no-fly zone | urge no-fly zone | request &troops | ask for &troops

# 023 Appeal for aid, not specified below
verb 023 : appeal for &aid | ask for &aid | request &aid | seek &aid | call for &aid | plead for &aid
  | appeal for help | seek asylum | apply for asylum | request asylum | ask for asylum
verb 023 : ask for help | seek help | request help | call for help
noun 023 : aid appeal

# 0241 Appeal for change in leadership
verb 0241 : call for resignation | urge resignation | call for ouster | call for removal
  | call for impeachment | call for election | call for early election | call for snap election
  | urge election | call for new leadership | call for change of government

# 0242 Appeal for policy change
verb 0242 : call for policy change | urge rethink | urge reconsider | call for review
  | call for repeal | call for reversal | call for abolition | call for change in policy

# 0243 Appeal for rights
verb 0243 : call for right | call for freedom | call for press freedom | call for equal right
  | appeal for right | urge respect for right | call for respect for right | call for protection of right

# 0244 Appeal for change in institutions, regime
verb 0244 : call for constitutional reform | call for constitutional change | call for new constitution
  | call for referendum | urge referendum | call for regime change | call for independence
  | call for autonomy | call for democracy

# 024 Appeal for political reform, not specified below
verb 024 : call for reform | urge reform | appeal for reform | press for reform | push for reform
  | call for democratic reform | call for political reform | urge political reform
  | seek reform

# 0251 Appeal for easing of administrative sanctions
verb 0251 : call for lifting of &restriction | call for easing of &restriction | call for end to &restriction
  | call for lifting of &curfew | call for end to &curfew | call for end to &emergency

# 0252 Appeal for easing of popular dissent
verb 0252 : appeal for calm | call for calm | urge calm | urge restraint on protester
  | call for end to &protest | appeal for end to &protest

# 0253 Appeal for release of persons or property
verb 0253 : call for release | urge release | appeal for release | seek release | plead for release
  | ask for release | press for release | request release | call for return
  | appeal for return | seek return

# 0254 Appeal for easing of economic sanctions, boycott, or embargo
verb 0254 : call for easing of &sanction | seek &sanction relief | call for &sanction relief | urge &sanction relief

# 0255 Appeal for target to allow international involvement (non-mediation)
verb 0255 : call for humanitarian access | call for access | call for unimpeded access
  | call for international &inspector | call for observer | call for monitor
  | seek access | request access

# 0256 Appeal for de-escalation of military engagement
verb 0256 : call for &ceasefire | urge &ceasefire | appeal for &ceasefire | seek &ceasefire
  | call for withdrawal | urge withdrawal | call for pullout | call for pull-out
  | call for restraint | urge restraint | appeal for restraint | call for de-escalation
  | urge de-escalation | call for end to &attack | urge end to &attack | call for halt to &attack
  | appeal for end to &attack | call for cessation | call for humanitarian pause
  | call for end to violence | call for end to bloodshed | call for lifting of &blockade
  | call for end to &blockade | call for peace

# 026 Appeal to others to meet or negotiate
verb 026 : call for &talks | urge &talks | appeal for &talks | seek &talks | request &talks
  | call for &meeting | seek &meeting | request &meeting | ask for &meeting
  | call for resumption of &talks | urge resumption of &talks | call for return to &talks

# 027 Appeal to others to settle dispute
verb 027 : call for settlement | call for peaceful solution | call for political solution
  | call for diplomatic solution | call for negotiated solution | call for peaceful resolution
  | urge peaceful resolution | urge peaceful solution | call for compromise | urge compromise

# 028 Appeal to others to engage in or accept mediation
verb 028 : call for mediation | urge mediation | seek mediation | request mediation
  | ask for mediation | invite + to mediate | ask + to mediate

# 025 Appeal to yield
verb 025 : call for concession | urge concession | seek concession

# 020 Appeal, not specified below
verb 020 : urge | appeal | appeal to + | appeal for | call on + | call upon + | call for | implore
  | plead with + | plead for | beseech | exhort | entreat | press for | press + to | push for
  | ask for | ask + to | want + ^ to | request | issue appeal | issue call | make appeal | renew call
  | make request | send request | submit request | file request | issue request
  | renew appeal | launch appeal | petition | submit petition | present petition
  | deliver petition | send petition

# ======================================================================
# 03 EXPRESS INTENT TO COOPERATE
# ======================================================================

# An act told after a promise ("will release", "agreed to withdraw", "vowed to negotiate") is
# future and takes its intent code by the intent remap (data/remap.lex). The entries below
# join an intent verb to its object where the verb alone would code 030 besides: "pledged
# aid" (033), "agreed to release" (0353).

# 031 Express intent to engage in material cooperation, not specified below
verb 031 : offer &cooperation | agree set up | agree establish | agree build | agree develop

# 0311 Express intent to cooperate economically
verb 0311 : pledge investment | promise investment | offer investment | agree invest | agree trade
  | pledge economic &cooperation | offer economic &cooperation | agree free-trade
  | agree boost trade | agree expand trade | pledge trade

# 0312 Express intent to cooperate militarily
verb 0312 : pledge military &cooperation | offer military &cooperation | agree joint exercise
  | agree joint patrol | pledge defence &cooperation | pledge defense &cooperation
  | agree military alliance | offer training

# 0313 Express intent to cooperate on judicial matters
verb 0313 : offer hand over | agree hand over | agree extradite | offer extradite | agree extradition
  | pledge judicial &cooperation | promise hand over

# 0314 Express intent to cooperate on intelligence
verb 0314 : agree share intelligence | agree share information | agree exchange intelligence
  | agree exchange information | offer intelligence | offer share intelligence
  | pledge share intelligence

# 032 Express intent to provide diplomatic cooperation such as policy support
verb 032 : pledge support | promise support | vow support | offer support | pledge backing
  | promise backing | offer backing | pledge solidarity

# 0331 Express intent to provide economic aid
verb 0331 : pledge &money | promise &money | offer &money | offer debt relief
  | pledge debt relief

# 0332 Express intent to provide military aid
verb 0332 : pledge &weapon | promise &weapon | offer &weapon | agree supply &weapon
  | agree sell &weapon | agree send &weapon | offer &troops | pledge &troops | promise &troops

# 0333 Express intent to provide humanitarian aid
verb 0333 : pledge &relief | promise &relief | offer &relief | offer shelter

# 0334 Express intent to provide military protection or peacekeeping
verb 0334 : offer peacekeeper | pledge peacekeeper | promise peacekeeper | offer peacekeeping | offer protection
  | pledge protection | promise protection | offer security guarantee
  | pledge security guarantee | pledge defend | vow defend | promise defend
  | offer police | pledge police | promise police

# 033 Express intent to provide material aid, not specified below
verb 033 : pledge &aid | promise &aid | offer &aid | vow &aid | offer help | pledge help
  | promise help | vow help
noun 033 : aid pledge | pledge of aid | offer of aid | offer of help

# 0341 Express intent to change leadership
verb 0341 : promise election | pledge election | promise step down | pledge step down | offer resign
  | offer resignation | agree step down | agree resign | agree election | promise early election

# 0342 Express intent to change policy
verb 0342 : promise change | pledge change | pledge review | agree review | promise reconsider
  | agree reconsider | pledge reverse | promise scrap | promise abolish | promise repeal
  | pledge repeal | agree repeal

# 0343 Express intent to provide rights
verb 0343 : pledge respect right | promise protect right | pledge protect right | promise right
  | promise freedom | pledge freedom

# 0344 Express intent to change institutions, regime
verb 0344 : pledge constitutional reform | promise constitutional reform | promise referendum
  | pledge referendum | promise new constitution | offer referendum | offer autonomy
  | promise autonomy | pledge autonomy

# 034 Express intent to institute political reform, not specified below
verb 034 : pledge reform | promise reform | vow reform | announce reform | pledge democratic reform

# 0351 Express intent to ease administrative sanctions
verb 0351 : promise lift &restriction | agree lift &restriction | pledge lift &restriction
  | promise ease &restriction | agree ease &restriction | agree lift &curfew | promise lift &curfew

# 0352 Express intent to ease popular dissent
verb 0352 : agree end &protest | agree suspend &protest | promise end &protest

# 0353 Express intent to release persons or property
verb 0353 : agree release | promise release | pledge release | offer release | vow release
  | agree free | promise free | agree return | promise return | pledge return | agree swap
  | agree exchange &person | agree hand back | offer hand back | offer swap
noun 0353 : prisoner exchange deal | prisoner swap deal

# 0354 Express intent to ease economic sanctions, boycott, or embargo
verb 0354 : agree lift &sanction | promise lift &sanction | pledge lift &sanction | offer lift &sanction
  | agree ease &sanction | promise ease &sanction | offer &sanction relief | agree &sanction relief
  | agree end &sanction | promise end &sanction

# 0355 Express intent allow international involvement (not mediation)
verb 0355 : agree allow &inspector | agree &inspector | agree admit &inspector | promise allow &inspector
  | agree allow access | promise access | agree international &inspector

# 0356 Express intent to de-escalate military engagement
verb 0356 : agree withdraw | promise withdraw | pledge withdraw | offer withdraw | agree pull out
  | agree pull back | promise pull out | agree de-escalate | promise de-escalate | agree disarm
  | promise disarm | agree demobilize | agree disband | agree lay down &weapon
  | pledge &ceasefire | promise &ceasefire | offer &ceasefire | propose ceasefire | propose truce
  | agree withdrawal | agree reduce &troops
noun 0356 : ceasefire proposal | ceasefire offer | truce offer | truce proposal

# 035 Express intent to yield, not specified below
verb 035 : offer concession | promise concession | offer compromise | agree compromise
  | signal compromise | pledge compromise | signal flexibility | show flexibility

# 036 Express intent to meet or negotiate
verb 036 : offer &talks | offer negotiate | offer meet | agree meet | agree &talks | agree negotiate
  | agree to &talks | agree to &meeting | agree hold &talks | agree resume &talks | agree return to &talks | promise return to &talks
  | propose talk | propose negotiation | propose dialogue | propose meeting | propose summit | offer &meeting | agree &meeting | invite
  | extend invitation | accept invitation | express readiness for &talks
  | express willingness for &talks | express readiness to negotiate
  | express willingness to negotiate | offer host | be willing negotiate | be willing talk
  | be willing meet | be open to &talks
noun 036 : invitation | offer of talk

# 037 Express intent to settle dispute
verb 037 : agree settle | offer settle | agree resolve dispute | pledge resolve dispute
  | promise resolve dispute | accept &plan | agree &plan | offer settlement | propose peace plan
  | agree peaceful solution | agree political solution
noun 037 : peace plan | peace initiative | peace proposal | peace offer | peace formula

# 038 Express intent to accept mediation
verb 038 : accept mediation | agree mediation | welcome mediation | accept mediator
  | agree to mediation

# 039 Express intent to mediate
verb 039 : offer mediate | offer mediation | propose mediation | offer broker | volunteer mediate
  | offer good office | agree mediate | offer facilitate &talks | offer act as mediator
noun 039 : mediation offer | offer of mediation | offer to mediate

# 030 Express intent to cooperate, not specified below
verb 030 : pledge | promise | vow | commit to | offer | agree | express willingness | express readiness
  | make offer | make pledge | make promise | make commitment
  | signal willingness | signal readiness | assure | give assurance | provide assurance
  | agree cooperate | pledge cooperate | promise cooperate | offer cooperate | vow cooperate
  | pledge &cooperation | promise &cooperation | accept proposal | reach consensus to
  | reach understanding to
noun 030 : pledge | assurance

# ======================================================================
# 04 CONSULT
# ======================================================================

# 041 Discuss by telephone
verb 041 : phone | telephone | hold &phone | hold &phone with + | have phone call | have telephone call
  | have phone conversation | have telephone conversation | make &phone | receive &phone from +
  | speak by &phone | speak on &phone | speak over &phone | speak via &phone | talk by phone
  | talk by telephone | talk on phone | discuss by &phone | confer by &phone
  | speak with + by &phone | speak to + by &phone | hold virtual meeting | call + to discuss | receive call from +
noun 041 : phone call | telephone call | phone conversation | telephone conversation | phone talk
  | telephone talk | video call | video conference | videoconference

# 042 Make a visit
verb 042 : visit | make visit to + | pay visit to + | pay visit | arrive in + | arrive for visit
  | travel to + | fly to + | head to + | land in + | tour | attend | depart for + | leave for +
  | set off for + | embark on visit | begin visit | start visit | end visit | wrap up visit
  | conclude visit | make trip to + | pay state visit | pay official visit | go on visit
  | make stopover in + | stop over in + | lead delegation to +
noun 042 : visit | state visit | official visit | trip | stopover | working visit

# 043 Host a visit
verb 043 : host | receive | give welcome | give warm welcome | roll out red carpet for + | host visit
  | host &talks | host &meeting | greet | host delegation | welcome + to

# 044 Meet at a 'third' location
verb 044 : attend summit | attend conference | attend &meeting | attend forum | attend &talks
  | hold summit | gather for summit | attend peace conference
noun 044 : summit | peace conference | summit meeting

# 045 Mediate
verb 045 : mediate | broker | facilitate talk | facilitate negotiation | facilitate dialogue | act as mediator | serve as mediator
  | act as intermediary | serve as intermediary | arbitrate | shuttle between | intercede
  | host &talks between
noun 045 : mediation | arbitration | shuttle diplomacy

# 046 Engage in negotiation
verb 046 : negotiate | negotiate with + | hold &talks | hold &talks with + | have talk
  | have talk with + | have negotiation | conduct &talks | engage in &talks | resume &talks | renew &talks
  | open &talks | begin &talks | start &talks | launch &talks | enter &talks | continue &talks
  | work on plan | work on deal | work on agreement | develop &plan | draft &plan
  | draw up plan | draw up agreement
  | thrash out deal | thrash out agreement | bargain | participate in &talks | take part in &talks | join &talks
  | return to negotiating table | return to &talks | come to negotiating table
  | sit at negotiating table
noun 046 : talk | negotiation | peace talk | dialogue | parley | peace negotiation

# 040 Consult, not specified below
verb 040 : meet | meet with + | hold &meeting | hold &meeting with + | have meeting | hold consultation
  | hold consultation with + | consult | consult with + | confer | confer with + | discuss
  | discuss with + | hold discussion | hold discussion with + | sit down with + | huddle with +
  | convene meeting | convene summit | engage with + | shake hands with + | shake hand with + | exchange views
  | exchange view with + | talk with + | speak with +
noun 040 : meeting | consultation | bilateral meeting | consultative meeting

# ======================================================================
# 05 ENGAGE IN DIPLOMATIC COOPERATION
# ======================================================================

# 051 Praise or endorse
verb 051 : reaffirm support | reiterate support | renew support | affirm support
  | declare support | announce support | show support
  | praise | commend | applaud | hail | laud | welcome | congratulate | thank | compliment
  | extol | acclaim | salute | approve of + | endorse | support | back | side with +
  | voice support for + | voice support | express support for + | express support
  | voice backing | express backing | give blessing
  | voice approval | express approval | express gratitude | express thanks | lend support
  | welcome &policy to
  | throw support behind | throw weight behind | give backing | give green light | champion
  | stand behind | rally behind | rally around | pay tribute | pay homage | honor | honour
  | express admiration | speak highly of +
noun 051 : praise | endorsement | congratulation | tribute | commendation

# 052 Defend verbally
verb 052 : defend | stand up for + | speak in defense of + | speak in defence of + | come to defense of +
  | come to defence of + | rush to defense of + | rush to defence of + | justify | vouch for +
  | stick up for + | stand by +

# 053 Rally support on behalf of
verb 053 : rally support for + | rally support | drum up support | mobilize support | mobilise support
  | muster support | garner support | gather support | build support | whip up support
  | canvass support | lobby for + | campaign for + | enlist support | seek international support

# 054 Grant diplomatic recognition
verb 054 : recognize | recognise | grant recognition | extend recognition | accord recognition
  | establish diplomatic &ties | establish &ties | recognize independence | recognise independence
  | recognize sovereignty | recognise sovereignty | open embassy | open consulate
noun 054 : recognition | diplomatic recognition

# 055 Apologize
verb 055 : apologize | apologise | issue apology | offer apology | make apology | express apology
  | say sorry | express remorse | express regret | voice regret | beg forgiveness
  | ask forgiveness | seek forgiveness | ask for forgiveness
noun 055 : apology

# 056 Forgive
verb 056 : forgive | absolve | reconcile | reconcile with + | bury hatchet | pardon + for
noun 056 : reconciliation

# 057 Sign formal agreement
verb 057 : sign | sign &agreement | ratify | conclude &agreement | reach &agreement | strike &agreement
  | seal &agreement | clinch deal | clinch agreement | finalize deal | finalize agreement
  | finalise deal | finalise agreement | ink &agreement | initial &agreement | forge agreement
  | forge deal | hammer out &agreement | agree &agreement | agree on &agreement
  | enter into &agreement | renew &agreement | extend &agreement | sign peace | sign up to +
  | accept &agreement
noun 057 : agreement | deal | accord | treaty | pact | peace deal | peace agreement | peace accord
  | peace treaty | memorandum | trade agreement | trade deal | framework agreement
  | memorandum of understanding | signing

# 050 Engage in diplomatic cooperation, not specified below
verb 050 : upgrade tie | upgrade relation | restore &ties | restore diplomatic &ties | normalize tie
  | normalize relation | normalise tie | normalise relation | strengthen &ties | deepen &ties
  | improve tie | improve relation | boost &ties | bolster &ties | mend tie | mend relation
  | forge tie | forge relation | build &ties | expand &ties | warm tie | warm relation
  | resume &ties | mend fence
  | reopen embassy | return ambassador | reinstate ambassador | send ambassador | cooperate
  | cooperate with + | collaborate with + | ally with + | form alliance | forge alliance
  | join alliance | resume diplomatic &ties
noun 050 : rapprochement | normalization | normalisation | diplomatic cooperation

# ======================================================================
# 06 ENGAGE IN MATERIAL COOPERATION
# ======================================================================

# 061 Cooperate economically
verb 061 : trade with + | invest in + | sign contract | boost trade | increase trade | expand trade
  | export to + | import from + | supply gas | supply oil | deliver gas | supply energy
  | expand economic &cooperation | deepen economic &cooperation | boost economic &ties
  | strengthen economic &ties | set up joint venture | form joint venture
  | establish joint venture | open market | grant market access | lift trade barrier
  | cooperate economically | invest
noun 061 : joint venture | economic cooperation | trade cooperation | investment | foreign direct investment

# 062 Cooperate militarily
verb 062 : hold joint &exercise | conduct joint &exercise | launch joint &exercise | begin joint &exercise | start joint &exercise
  | take part in &exercise | participate in &exercise | join &exercise | join war game
  | take part in war game | participate in war game | hold joint war game
  | conduct joint war game | stage joint war game | begin joint war game | start joint war game
  | launch joint war game | train | join coalition
  | join military coalition | join force | form military alliance | conduct joint patrol
  | hold joint patrol | launch joint operation | conduct joint operation
  | expand military &cooperation | boost military &cooperation | strengthen military &cooperation
  | deepen military &ties | strengthen military &ties | boost defence &cooperation
  | boost defense &cooperation | strengthen defence &ties | strengthen defense &ties
  | grant basing right | provide training | conduct training for + | train &troops | train pilot
noun 062 : joint exercise | joint military exercise | joint drill | joint patrol | joint operation
  | military cooperation | defense cooperation | defence cooperation | military alliance
  | joint war game | joint naval exercise | joint air exercise | multinational exercise

# 063 Engage in judicial cooperation
verb 063 : extradite | hand over &suspect | transfer &suspect | turn over &suspect
  | cooperate with &investigation | cooperate with court | cooperate with tribunal
  | provide evidence | provide legal assistance | sign extradition treaty
noun 063 : extradition | judicial cooperation

# 064 Share intelligence or information
verb 064 : share intelligence | share information | exchange intelligence | exchange information
  | provide intelligence | pass intelligence | pass information | give intelligence
  | supply intelligence | share data | share evidence | release information
  | disclose information | provide information | give information
noun 064 : intelligence sharing | information sharing | intelligence cooperation

# 060 Engage in material cooperation, not specified below
verb 060 : establish &cooperation | expand &cooperation | step up &cooperation | boost &cooperation
  | enhance cooperation | deepen &cooperation | strengthen &cooperation | increase &cooperation
  | intensify &cooperation | resume &cooperation | develop &cooperation | draft cooperation
  | launch joint project | share expertise
  | share know-how | exchange expertise | exchange know-how | cooperate on
noun 060 : joint project

# ======================================================================
# 07 PROVIDE AID
# ======================================================================

# Heads of giving: provide, give, send, deliver, supply, ship, donate, grant, extend, dispatch,
# airlift, allocate, channel, hand over, transfer; the slot says what is given. Within a root
# the specific codes come first: between equally long patterns the earlier wins.

# 071 Provide economic aid
# Receiving aid is the giver's act, the receiver its target: a converse entry (the '+'
# actor acts on the subject; docs/lexicon.md)
verb 071 converse : receive &money from + | accept &money from + | obtain &money from +
verb 072 converse : receive &weapon from + | accept &weapon from + | obtain &weapon from +
verb 073 converse : receive &relief from + | accept &relief from +
verb 070 converse : receive &aid from + | accept &aid from + | obtain &aid from +
verb 071 : provide &money | give &money | send &money | grant &money | extend &money | donate &money
  | disburse | release &money | allocate fund | approve &money | transfer &money
  | channel fund | channel money | channel million | channel billion | bankroll
  | lend | bail out | finance | fund | forgive debt | write off debt
  | cancel debt | reschedule debt | provide budget support
# (heads of everyday sense take the amount written out, not &money, so they get no back-off)
  | allocate million | allocate billion | earmark million | earmark billion | contribute million
  | contribute billion | deposit million | deposit billion
noun 071 : economic aid | financial aid | financial assistance | economic assistance | loan | bailout
  | credit line | debt relief | budget support | development aid | grant aid

# 072 Provide military aid
verb 072 : provide &weapon | give &weapon | send &weapon | deliver &weapon | supply &weapon | ship &weapon
  | sell &weapon | transfer &weapon | donate &weapon
  | approve &weapon | provide + with &weapon | supply + with &weapon | arm rebel | arm militia
  | arm insurgent | arm opposition | approve arm sale | approve weapon sale | train and equip
  | provide military &aid | give military &aid | send military &aid | deliver military &aid
  | supply military &aid | approve military &aid | provide military equipment
  | supply military equipment | send military equipment | deliver military equipment
noun 072 : military aid | military assistance | arm supply | arm shipment | arm delivery
  | weapon delivery | weapon shipment | arm sale | weapon supply | military support
  | security assistance | arm transfer | weapon transfer

# 073 Provide humanitarian aid
verb 073 : provide &relief | give &relief | send &relief | deliver &relief | supply &relief
  | ship &relief | donate &relief | distribute &relief | distribute &aid | fly &relief
  | gift vaccine | gift dose
  | hand over &relief | hand out &relief | dispatch &relief | airdrop | airlift | provide shelter
  | rescue
  | evacuate &person | evacuate wounded | evacuate injured | evacuate people | evacuate sick
  | evacuate patient | carry out evacuation | conduct evacuation
  | send &medic | dispatch &medic | deploy &medic | fly in &medic
  | send rescue &aidstaff | deploy rescue &aidstaff | dispatch rescue &aidstaff
  | vaccinate | immunize | immunise
  | send search-and-rescue &aidstaff | deploy search-and-rescue &aidstaff
  | send &relief &aidstaff | dispatch &relief &aidstaff | deploy &relief &aidstaff
  | announce &relief
noun 073 : humanitarian aid | humanitarian assistance | food aid | emergency aid | medical aid
  | disaster relief | humanitarian relief | relief supply | relief aid | aid convoy
  | humanitarian convoy | relief convoy | emergency assistance | food assistance | airdrop
  | airlift | evacuation

# 074 Provide military protection or peacekeeping
verb 074 : contribute &troops | deploy peacekeeper | deploy peacekeeper in + | deploy peacekeeper to + | send peacekeeper
  | send peacekeeper to + | dispatch peacekeeper | provide peacekeeper
  | contribute peacekeeper | deploy peacekeeping | send peacekeeping | provide protection
  | protect civilian | escort | provide security guarantee | extend security guarantee
  | guarantee security | join peacekeeping | serve as peacekeeper | take part in peacekeeping
  | participate in peacekeeping | serve in peacekeeping | deploy &troops to peacekeeping
  | send &troops to peacekeeping | deploy on peacekeeping | send on peacekeeping
noun 074 : peacekeeping mission | peacekeeping force | peacekeeping operation | protection force
  | peace-keeping force | peacekeeping troop

# 075 Grant asylum
verb 075 : grant asylum | give asylum | offer asylum | provide asylum | grant refuge | give refuge
  | offer refuge | grant political asylum | shelter | take in refugee | accept refugee
  | admit refugee | resettle refugee | grant refugee status | take in migrant | admit migrant
  | host refugee | receive refugee | welcome refugee | relocate refugee | accept asylum seeker
  | admit asylum seeker | take in asylum seeker | resettle asylum seeker
noun 075 : political asylum

# 070 Provide aid, not specified below
verb 070 : aid | assist | help | provide &aid | give &aid | send &aid | deliver &aid | extend &aid
  | provide help | give help | send help | offer help to + | provide + with | supply + with
  | donate | channel aid | ship aid | dispatch &aid | rush &aid | grant &aid | render assistance
  | supply | allocate aid | approve &aid | earmark aid | hand over &aid | announce &aid
  | contribute &aid | increase &aid | boost &aid
noun 070 : aid | assistance | donation | aid package | aid shipment | aid delivery | foreign aid
# contributing to an outcome ("contributed to the party's defeat", "to the growth of") is no
# aid; contributing to a mission, a fund or an effort still backs off to 070
verb null : contribute to &outcome
# helping in an act ("should help in maintaining peace", "helped in the killings") names a part
# taken in it, not aid given; "help" with its object ("helped the injured in") still is 070
verb null : help_in

# ======================================================================
# 08 YIELD
# ======================================================================

# 0811 Ease restrictions on political freedoms
verb 0811 : lift censorship | ease censorship | restore internet | lift media restriction
  | lift press restriction | restore freedom | allow protest | lift internet restriction
  | restore press freedom | reopen newspaper | unblock website | unblock social media

# 0812 Ease ban on political parties or politicians
verb 0812 : unban | legalize party | legalise party | legalize opposition | legalise opposition
  | reinstate party | allow opposition party | lift ban on party | lift ban on opposition
  | lift ban on politician | register party

# 0813 Ease curfew
verb 0813 : lift &curfew | ease &curfew | relax &curfew | end &curfew | shorten &curfew
  | reduce &curfew | scrap &curfew | loosen &curfew

# 0814 Ease state of emergency or martial law
verb 0814 : lift &emergency | end &emergency | revoke &emergency | rescind &emergency | ease &emergency
  | relax &emergency

# 081 Ease administrative sanctions, not specified below
verb 081 : ease &restriction | lift &restriction | relax &restriction | loosen &restriction
  | remove restriction | remove curb | remove ban | scrap &restriction | end &restriction
  | end curb | end restriction | reopen &passage | reopen school | reopen business
  | reopen shop | reopen economy | reopen airport
  | open border | open crossing | drop charge | withdraw charge | commute sentence
  | overturn &restriction | quash &restriction | strike down &restriction | annul &restriction
  | revoke &restriction | rescind &restriction | repeal &restriction | suspend &restriction
  | drop &restriction
noun 081 : easing of restriction | lifting of restriction

# 082 Ease political dissent
verb 082 : call off &protest | end &protest | suspend &protest | halt &protest | stop &protest
  | call off strike | end strike | suspend strike | halt strike | cancel strike
  | cancel &protest | abandon &protest | break off &protest | return to work | disperse peacefully

# 0831 Accede to demands for change in leadership
verb 0831 : resign | step down | stand down | quit | quit post | quit office | quit position
  | quit as | step aside
  | announce resignation | tender resignation | submit resignation | hand in resignation
  | hand over power | hand power | cede power | relinquish power | transfer power | abdicate
  | leave office
  | give up power | hold election | hold early election | hold snap election | call election
  | call early election | call snap election
noun 0831 : resignation

# 0832 Accede to demands for change in policy
verb 0832 : change policy | reverse decision | reverse policy | abandon policy | scrap plan
  | abandon plan | drop plan | shelve plan | drop proposal | drop bill | shelve bill | withdraw bill | withdraw law | repeal | rescind | revoke decision | reverse course
  | backtrack | amend law | scrap | abolish | overturn decision | shelve
  | revoke &policy | rescind &policy | annul &policy | suspend &policy

# 0833 Accede to demands for rights
verb 0833 : grant right | restore right | recognize right | recognise right | grant citizenship
  | extend right | enfranchise | emancipate | grant freedom | grant voting right
  | restore citizenship

# 0834 Accede to demands for change in institutions, regime
verb 0834 : grant autonomy | amend constitution | change constitution | adopt new constitution
  | hold referendum | grant independence | approve referendum | introduce multiparty system
  | introduce constitutional reform

# 083 Accede to requests or demands for political reform not specified below
verb 083 : accede to demand | meet demand | meet request | bow to demand | agree demand | grant demand
  | give in demand | agree to demand | concede demand | yield to demand | accept demand | satisfy demand
  | introduce reform | implement reform | enact reform | carry out reform | launch reform
  | adopt reform | undertake reform

# 0841 Return, release person(s)
verb 0841 : free | set free | release &person | release + from | free + from | let go of prisoner
  | swap &person | exchange &person | trade &person | hand back &person | return &person
  | hand over &person
  | repatriate | parole | pardon | grant pardon | grant amnesty | release on bail | grant bail
  | free on bail | grant clemency
  | free from custody | release detained | release kidnapped | release abducted
  | release jailed | release imprisoned | release arrested
noun 0841 : prisoner release | hostage release | prisoner swap | prisoner exchange | pardon
  | release of prisoner | release of hostage | release of detainee | amnesty

# 0842 Return, release property
verb 0842 : return &property | release &property | hand back &property | give back &property
  | hand over &property
  | repatriate &property | return territory | return land | hand back territory | return stolen
  | return looted | return seized | return confiscated | unfreeze | unfreeze &property

# 084 Return, release, not specified below
verb 084 : give back | hand back

# 085 Ease economic sanctions, boycott, embargo
verb 085 : lift &sanction | ease &sanction | remove sanction | remove tariff | relax &sanction | suspend &sanction
  | waive &sanction | end &sanction | scrap &sanction | roll back &sanction | scale back &sanction
  | drop &sanction | cut &sanction | reduce &sanction | lower &sanction | slash &sanction
  | remove from blacklist | grant &sanction relief | provide &sanction relief
  | bring end to &sanction | exempt from &sanction
noun 085 : sanction relief | sanction waiver | lifting of sanction

# 0861 Receive deployment of peacekeepers
verb 0861 : accept peacekeeper | allow peacekeeper | welcome peacekeeper | receive peacekeeper
  | accept peacekeeping | allow peacekeeping | allow troop | allow force | allow soldier
  | accept &troops | allow deployment
  | accept deployment | host &troops | welcome &troops

# 0862 Receive inspectors
verb 0862 : allow inspector | allow monitor | allow observer | allow investigator | allow inspection
  | accept &inspector | admit &inspector | receive &inspector
  | welcome &inspector | host &inspector | let in inspector | permit inspector
  | grant access to &inspector | resume cooperation with &inspector | allow return of inspector
  | allow inspector back

# 0863 Allow delivery of humanitarian aid
verb 0863 : allow &aid | allow &relief | permit &aid | permit &relief | let &relief | let &aid
  | allow convoy | allow delivery
  | open humanitarian corridor | open corridor | establish humanitarian corridor
  | create humanitarian corridor | grant humanitarian access
noun 0863 : humanitarian corridor

# 086 Allow international involvement not specified below
verb 086 : allow access | grant access | permit access | allow international involvement
  | allow use of base | allow use of airspace | allow use of airport | allow use of port
  | grant use of &territory | grant overflight
  | allow overflight | open airspace to + | grant permission

# 0871 Declare truce, ceasefire
verb 0871 : declare &ceasefire | agree &ceasefire | agree to &ceasefire | sign &ceasefire
  | announce &ceasefire | call &ceasefire | observe &ceasefire | respect ceasefire | respect truce
  | honor &ceasefire | honour &ceasefire | extend &ceasefire | reach &ceasefire
  | implement ceasefire | implement truce | accept &ceasefire | renew &ceasefire | restore &ceasefire
  | hold fire | cease fire | agree humanitarian pause
  | declare cessation of hostilities | announce cessation of hostilities
  | agree cessation of hostilities | declare cessation of hostility
noun 0871 : ceasefire | cease-fire | truce | armistice | ceasefire agreement | ceasefire deal
  | truce agreement | cease-fire agreement | cessation of hostilities | cessation of hostility

# 0872 Ease military blockade
verb 0872 : lift &blockade | ease &blockade | end &blockade | relax &blockade
  | reopen port

# 0873 Demobilize armed forces
verb 0873 : demobilize | demobilise | disarm | disband | decommission &weapon | reduce &troops
  | cut &troops | hand over weapon | hand over arm | surrender &weapon | lay down &weapon
  | give up &weapon | disband militia | dismantle militia | destroy stockpile
noun 0873 : demobilization | demobilisation | disarmament | decommissioning

# 0874 Retreat or surrender militarily
verb 0874 : surrender | retreat | withdraw &troops | pull out | pull back | pull out &troops
  | pull back &troops | fall back | abandon position | cede &territory | give up &territory | return &territory | hand back &territory
  | raise white flag | end occupation | evacuate &troops | withdraw from &territory
  | recall &troops
  | capitulate militarily | begin withdrawal | start withdrawal | complete withdrawal
  | speed up withdrawal | accelerate withdrawal | carry out withdrawal | finish withdrawal
verb 0874 : pull &troops out | pull &troops back | pull &troops from +
noun 0874 : withdrawal | troop withdrawal | pullout | pull-out | retreat | surrender | capitulation | pullback | pull-back | drawdown
  | military withdrawal

# 087 De-escalate military engagement
verb 087 : de-escalate | exercise restraint | show restraint | ease tension | defuse tension | reduce tension | halt &attack | suspend &attack
  | stop &attack | end &attack | cease &attack | pause &attack | scale back &attack
  | scale down &attack | call off &attack | halt advance | bring end to &attack
  | end hostilities | cease hostilities | end war | stop war | bring end to war
noun 087 : de-escalation | humanitarian pause

# 080 Yield, not specified below
verb 080 : yield | concede | give in | cave in | back down | relent | bow to pressure | capitulate
  | comply | comply with + | heed | heed call | withdraw | pay compensation | pay reparation
  | back off | soften stance | make concession | drop &objection | abandon &objection
  | accept defeat | admit defeat | acknowledge defeat
  | end &objection
  | lift &objection | withdraw &objection | waive &objection | relax &objection
  | cede control | quash &verdict | overturn &verdict | annul &verdict | set aside &verdict
noun 080 : concession

# ======================================================================
# 09 INVESTIGATE
# ======================================================================

# Heads of investigating: investigate, probe, look into, inquire into; and opening one:
# open, launch, order, conduct, begin, set up &investigation. The object says what kind.

# 091 Investigate crime, corruption
verb 091 : investigate &crime | probe &crime | look into &crime | audit
  | open &crime &investigation | launch &crime &investigation | open criminal &investigation
  | launch criminal &investigation | open criminal case | open criminal proceeding
  | put under &investigation | place under &investigation
  | investigate killing | investigate murder
verb 091 : investigate + for &crime
noun 091 : audit | corruption probe | corruption investigation | criminal investigation
  | fraud investigation | criminal case | corruption inquiry | fraud probe

# 092 Investigate human rights abuses
verb 092 : investigate &abuse | probe &abuse | look into &abuse | document abuse
  | document violation | document torture
  | investigate human right | probe human right | investigate extrajudicial killing
noun 092 : human right investigation | right probe

# 093 Investigate military action
verb 093 : investigate &attack | probe &attack | look into &attack | investigate downing
  | investigate explosion | investigate clash | investigate shooting | investigate incident
noun 093 : military investigation

# 094 Investigate war crimes
verb 094 : investigate war crime | probe war crime | investigate genocide | investigate crime against humanity
  | investigate atrocity | investigate massacre | probe massacre | probe atrocity
  | document war crime | open war crime &investigation | launch war crime &investigation
noun 094 : war crime investigation | war crime probe | war crime inquiry | genocide investigation

# 090 Investigate, not specified below
verb 090 : investigate | probe | look into | inquire into | open &investigation | launch &investigation
  | order &investigation | conduct &investigation | carry out &investigation
  | begin &investigation | start &investigation | initiate &investigation
  | set up &investigation | set up commission | inspect | carry out inspection
  | conduct inspection | scrutinize | scrutinise | interrogate | examine | re-examine
  | reexamine | re-inspect | reinspect | send fact-finding mission | set up fact-finding mission
  | complete &investigation
# an investigation opened into an act takes its sub-code from the act (remap investigation)
verb 090 : open &investigation into
noun 090 : investigation | probe | inquiry | inquest | inspection | fact-finding mission

# ======================================================================
# 10 DEMAND
# ======================================================================

# Demands whose complement is an act take the act's code (docs/lexicon.md, "Complements"):
# "demanded that Israel release the prisoners" is 1053 from "demand" and "release &person".
# Below: the demand heads (100) and demands whose object is a noun ("demanded an inquiry").

# 101 Demand material cooperation, not specified below (demands for information, an
# inquiry or answers are here too: the CAMEO manual gives them no code of their own)
verb 101 : demand &investigation | demand explanation | demand information | demand answer
  | demand clarification | demand accountability | demand access to information
  | seek explanation | request explanation | demand detail
noun 101 : demand for investigation | demand for inquiry

# 1011 Demand economic cooperation
verb 1011 : demand repayment | demand payment | demand market access | demand economic &cooperation

# 1012 Demand military cooperation
verb 1012 : demand military &cooperation | demand military support

# 1013 Demand judicial cooperation
verb 1013 : demand extradition | demand handover | demand hand over | demand surrender of suspect
  | demand extradite

# 1014 Demand intelligence cooperation
verb 1014 : demand intelligence

# 102 Demand diplomatic cooperation, such as policy support
verb 102 : demand support | demand recognition | demand backing | demand diplomatic support

# 1031 Demand economic aid
verb 1031 : demand &money | demand compensation | demand reparation | demand debt relief

# 1032 Demand military aid
verb 1032 : demand &weapon | demand military &aid | demand air defence | demand air defense

# 1033 Demand humanitarian aid
verb 1033 : demand &relief

# 1034 Demand military protection or peacekeeping
verb 1034 : demand military presence | demand international presence | demand peacekeeper
  | demand protection | demand security guarantee | demand peacekeeping | demand no-fly zone

# 103 Demand aid, protection, or peacekeeping
verb 103 : demand &aid

# 1041 Demand change in leadership
verb 1041 : demand resignation | demand ouster | demand removal | demand election | demand early election
  | demand snap election | demand impeachment | demand dismissal | demand departure

# 1042 Demand policy change
verb 1042 : demand repeal | demand reversal | demand cancellation
  | demand abolition | demand withdrawal of bill | demand withdrawal of law

# 1043 Demand rights
verb 1043 : demand right | demand equal right | demand freedom | demand justice | demand wage
  | demand higher wage | demand pay rise | demand better condition | demand respect for right

# 1044 Demand change in institutions, regime
verb 1044 : demand independence | demand autonomy | demand referendum | demand self-determination
  | demand constitutional change | demand new constitution | demand regime change
  | demand constitutional reform

# 104 Demand political reform, not specified below
verb 104 : demand reform | demand democracy | demand democratic reform | demand change
  | demand political reform | demand political change

# 1051 Demand easing of administrative sanctions
verb 1051 : demand lifting of &restriction | demand end to &restriction | demand lifting of &curfew
  | demand end to &curfew | demand end to &emergency

# 1052 Demand easing of political dissent
verb 1052 : demand end to &protest | demand end to strike | demand dispersal

# 1053 Demand release of persons or property
verb 1053 : demand release | demand return | demand freedom for

# 1054 Demand easing of economic sanctions, boycott, or embargo
verb 1054 : demand lifting of &sanction | demand end to &sanction | demand &sanction relief

# 1055 Demand that target allows international involvement (non-mediation)
verb 1055 : demand access | demand humanitarian access | demand inspection | demand unimpeded access
  | demand access for &inspector | demand access for &aid

# 1056 Demand de-escalation of military engagement: an end to attacks, a ceasefire, a
# withdrawal (the demands of 0871-0874)
verb 1056 : demand end to &attack | demand halt to &attack | demand de-escalation | demand restraint
  | demand lifting of &blockade | demand end to &blockade | demand end to violence
  | demand &ceasefire | demand cessation | demand cessation of hostilities
  | demand withdrawal | demand pullout | demand pull-out | demand end to occupation
  | demand evacuation | demand troop withdrawal

# 105 Demand that target yields, not specified below
verb 105 : demand concession | demand surrender | demand capitulation

# 106 Demand meeting, negotiation
verb 106 : demand &talks | demand &meeting | demand resumption of &talks | insist on talk

# 107 Demand settling of dispute
verb 107 : demand settlement | demand peaceful settlement | demand political solution
  | demand peaceful solution | demand negotiated solution

# 108 Demand mediation
verb 108 : demand mediation | demand international mediation

# 100 Demand, not specified below
verb 100 : demand | insist on | press demand | issue demand | make demand | renew demand
  | reiterate demand | pressure + to
noun 100 : demand | ultimatum demand

# ======================================================================
# 11 DISAPPROVE
# ======================================================================

# 111 Criticize or denounce
verb 111 : criticize | criticise | condemn | denounce | slam | blast | lambaste | rebuke | censure | chide
  | castigate | berate | chastise | excoriate | deplore | decry | assail | scold | reprimand
  | rap | fault | lash out at + | hit out at + | round on + | take aim at + | deride
  | ridicule | mock | vilify | disparage | belittle | insult | smear | admonish | reproach
  | upbraid | rail against + | speak out against + | voice criticism | express criticism
  | level criticism at + | issue condemnation | express condemnation | voice condemnation
  | express outrage | voice outrage | express indignation | brand | pillory | tear into +
  | attack verbally | denounce as | call + &censure | label + &censure | brand + &censure | attack &policy | assail &policy
  | attack + as &censure | assail + as &censure
  | describe + as &censure | characterize + as &censure | characterise + as &censure
  | label + as &censure | portray + as &censure | term + &censure
  | launch &invective attack | mount &invective attack | unleash &invective attack
verb 111 : hit back at + | take + to task
# criticism drawn or met: the one who criticises is the "from" actor (converse)
verb 111 converse : draw criticism from + | draw condemnation from +
  | come under criticism from + | face criticism from +
# describing, labelling or portraying is no criticism by itself ("described his rival as
# president"): these heads back off to nothing
verb null : describe | characterize | characterise | label | portray | term
# shipping, selling or distributing is trade or commerce unless what moves is aid or
# weapons (073 ship &relief, 072 sell &weapon): these heads back off to nothing
verb null : ship | sell | distribute
# allowing or letting is yielding only for what the patterns name (0863 allow &relief,
# 0862 allow inspector ...): "the distance had allowed the development of
# self-government" is none
verb null : allow | let | permit
# signing a domestic act into force is no formal agreement (057): what the decree or law
# does, told after it, is the signer's act ("signed a decree pardoning 500 prisoners":
# 0841, data/grammar.lex class document)
verb null : sign decree | sign law | sign bill | sign order | sign edict
  | sign ordinance
noun 111 : criticism | condemnation | denunciation | rebuke | censure | verbal attack
  | scathing attack | blistering attack | stinging attack | withering attack | vitriolic attack

# 1121 Accuse of crime, corruption
verb 1121 : accuse of &crime | charge with &crime | accuse of rigging
  | accuse of abuse of power | accuse of terrorism | blame for &crime
  | indict for &crime | prosecute for &crime | charge with terrorism

# 1122 Accuse of human rights abuses
verb 1122 : accuse of &abuse | accuse of human right | accuse of violate right
  | accuse of violate human right | accuse of abduct | accuse of illegal detention
  | blame for &abuse | charge with &abuse | indict for &abuse

# 1123 Accuse of aggression
verb 1123 : accuse of &attack | accuse of shell | accuse of bomb | accuse of invade | accuse of aggression
  | accuse of provocation | accuse of escalate | accuse of escalation | accuse of violate &ceasefire
  | accuse of breach &ceasefire | accuse of incursion | accuse of violate airspace
  | blame for &attack | blame for explosion | blame for &ceasefire violation

# 1124 Accuse of war crimes
verb 1124 : accuse of war crime | accuse of genocide | accuse of crime against humanity
  | accuse of ethnic cleansing | accuse of atrocity | accuse of massacre
  | indict for war crime | indict for genocide | charge with war crime | charge with genocide

# 1125 Accuse of espionage, treason
verb 1125 : accuse of spy | accuse of espionage | accuse of treason | accuse of sabotage
  | accuse of collaborate | charge with espionage | charge with treason

# 112 Accuse, not specified below
verb 112 : accuse | blame | allege | charge that | charge | indict | prosecute | bring charge | file charge | press charge | point finger at + | hold responsible | hold accountable | implicate
  | incriminate | level accusation | make accusation | lodge accusation | trade accusation
  | trade blame | exchange accusation | lay blame on + | pin blame on +
  | present evidence against + | produce evidence against +
noun 112 : accusation | allegation | indictment

# 113 Rally opposition against
verb 113 : rally opposition | mobilize opposition | mobilise opposition | campaign against +
  | lobby against + | build coalition against + | form coalition against + | urge boycott
  | call for boycott | call for isolation | call for &sanction | urge &sanction | press for &sanction
  | push for &sanction | seek &sanction | urge isolate | rally international opposition
  | call for expulsion | unite against + | mobilize against + | mobilise against +

# 114 Complain officially
verb 114 : lodge complaint | file complaint | lodge protest | file protest | send protest note
  | deliver protest note | hand protest note | issue protest | register protest
  | lodge formal protest | lodge objection | send letter of protest | complain to + | summon
  | summon ambassador | summon envoy | summon diplomat | make representation | lodge diplomatic protest | send note of protest
verb 114 : lodge representation
noun 114 : complaint | protest note | diplomatic protest | formal protest | demarche | démarche
  | note of protest

# 115 Bring lawsuit against
verb 115 : sue | file lawsuit | file suit | file case | bring lawsuit | bring case | bring suit
  | take to court | take legal action | launch legal action | initiate legal proceeding
  | launch lawsuit | file petition | petition court | challenge in court | drag to court
  | institute proceeding | appeal ruling | appeal verdict | appeal decision | appeal sentence
  | appeal to court | appeal to tribunal | file appeal | lodge appeal | take case to court
noun 115 : lawsuit | legal action | legal challenge | court case | legal complaint

# 116 Find guilty or liable (legally)
verb 116 : convict | find guilty | sentence | find liable | rule against | hand down sentence
  | pass sentence | pronounce guilty | declare guilty | condemn to death | sentence to death
  | impose fine | impose sentence | fine | find responsible | order to pay
  | sentence in absentia
verb 116 : hand + sentence | give + sentence
noun 116 : conviction | guilty verdict | death sentence | prison sentence | jail sentence
  | jail term | prison term

# 110 Disapprove, not specified below
verb 110 : disapprove | oppose | object to | express disapproval | express displeasure
  | express dissatisfaction | voice opposition | express opposition | voice disapproval
  | voice displeasure | voice objection | raise objection | express reservation
  | voice reservation | frown on | take issue with + | express dismay | voice dismay
  | express disappointment | voice disappointment | express anger | voice anger | dispute
  | lament | regret | bemoan | complain | question legitimacy | express frustration
  | voice frustration
noun 110 : disapproval | opposition

# ======================================================================
# 12 REJECT
# ======================================================================

# A refusal whose complement is an act takes the act's code (docs/lexicon.md, "Complements"):
# "refused to lift the sanctions" is 1244 from "refuse" and "lift &sanction". Below: the
# rejection heads (120) and rejections of a noun ("rejected the ceasefire").

# 1211 Reject economic cooperation
verb 1211 : reject economic &cooperation | reject trade | reject investment | block investment
  | refuse trade | reject trade deal | reject free trade | block trade deal | rule out trade deal

# 1212 Reject military cooperation
verb 1212 : reject military &cooperation | refuse military &cooperation | reject military alliance
  | reject defense pact | reject defence pact | reject military base | refuse military base
  | rule out military &cooperation | refuse join coalition

# 121 Reject material cooperation
verb 121 : reject &cooperation | refuse &cooperation | rule out &cooperation | refuse cooperate

# 1221 Reject request for economic aid
verb 1221 : refuse &money | reject &money | deny &money | rule out &money | reject funding request

# 1222 Reject request for military aid
verb 1222 : refuse &weapon | reject &weapon | deny &weapon | rule out &weapon

# 1223 Reject request for humanitarian aid
verb 1223 : refuse &relief | reject &relief | deny &relief | rule out &relief

# 1224 Reject request for military protection or peacekeeping
verb 1224 : refuse protection | rule out no-fly zone | reject no-fly zone | rule out &troops
  | reject peacekeeper | reject request for peacekeeper | reject call for peacekeeper
  | reject deployment | rule out deployment | rule out ground &troops

# 122 Reject request or demand for material aid, not specified below
verb 122 : refuse &aid | deny &aid | reject &aid | rule out &aid | reject request for &aid

# 1231 Reject request for change in leadership
verb 1231 : reject call resignation | reject resignation call | rule out resignation | cling to power
  | rule out election | rule out early election | refuse to step down | refuse to resign

# 1232 Reject request for policy change
verb 1232 : rule out policy change | reject call change policy | refuse to change policy
  | rule out change of policy

# 1233 Reject request for rights
verb 1233 : deny right | refuse grant right | reject demand for right | deny citizenship
  | reject equal right

# 1234 Reject request for change in institutions, regime
verb 1234 : reject referendum | refuse referendum | rule out referendum | reject autonomy
  | rule out autonomy | reject independence | rule out independence | reject constitutional change
  | reject constitutional reform | refuse autonomy | rule out constitutional change

# 123 Reject request or demand for political reform, not specified below
verb 123 : reject reform | refuse reform | rule out reform | resist reform | block reform | oppose reform

# 1213 Reject judicial cooperation (1211, 1212 and 1214 come from complements: "refused
# to share intelligence" is 064 refused, 1214)
verb 1213 : refuse extradition | reject extradition | rule out extradition | refuse extradite

# 1214 Reject intelligence cooperation
verb 1214 : refuse intelligence &cooperation | reject intelligence &cooperation
  | refuse intelligence sharing | reject intelligence sharing

# 1241 Refuse to ease administrative sanctions
verb 1241 : maintain restriction | maintain ban | keep &restriction | uphold ban | keep &curfew

# 1242 Refuse to ease popular dissent
verb 1242 : vow continue &protest | vow keep &protest | continue &protest | press on with &protest
  | refuse call off | refuse disperse | defy ban on protest

# 1243 Refuse to release persons or property
verb 1243 : refuse release | reject release | rule out release | reject release demand

# 1244 Refuse to ease economic sanctions, boycott, or embargo
verb 1244 : maintain sanction | maintain embargo | keep &sanction | keep in place &sanction
  | rule out &sanction relief | refuse &sanction relief | reject &sanction relief | uphold sanction

# 1245 Refuse to allow international involvement (non mediation)
verb 1245 : refuse access | deny access | block &aid | block &relief | refuse entry | bar &inspector
  | refuse &inspector | reject &inspector | block &inspector | deny entry to &inspector
  | reject international involvement | reject interference | reject foreign interference
  | deny humanitarian access | refuse humanitarian access | block humanitarian access
  | block access | ban relief flight | reject peacekeeping

# 1246 Refuse to de-escalate military engagement
verb 1246 : reject &ceasefire | refuse &ceasefire | rule out &ceasefire | rule out withdrawal
  | reject withdrawal | vow continue fighting | vow fight on | vow continue &attack
  | rule out retreat | reject disarmament | vow press on | fight on
verb 1246 : vow keep fight

# 124 Refuse to yield, not specified below
verb 124 : refuse yield | rule out concession | rule out compromise | refuse concession
  | reject concession | refuse compromise | reject compromise | stand firm | hold firm
  | refuse budge | reject demand | refuse demand | reject ultimatum | defy ultimatum
  | ignore ultimatum | defy demand | dig in heel | reject pressure | resist pressure
  | defy pressure | vow not back down
noun 124 : intransigence

# 125 Reject proposal to meet, discuss, or negotiate
verb 125 : reject &talks | refuse &talks | rule out &talks | boycott &talks | snub &talks | reject &meeting
  | rule out &meeting | boycott &meeting | refuse &meeting | reject invitation
  | decline invitation | rebuff invitation | refuse negotiate | refuse meet | rule out meet
  | rule out negotiate | refuse sit down with + | refuse attend | reject offer of &talks
  | reject call for &talks

# 126 Reject mediation
verb 126 : reject mediation | refuse mediation | rule out mediation | reject mediator | rebuff mediation
  | reject offer mediate | reject arbitration | refuse arbitration | spurn mediation
  | refuse mediator | rule out third-party mediation

# 127 Reject plan, agreement to settle dispute
verb 127 : reject &plan | reject peace plan | reject &agreement | refuse sign | refuse ratify | renounce &agreement
  | tear up &agreement | scrap &agreement | withdraw from &agreement | pull out of &agreement
  | suspend &agreement | abandon &agreement | exit &agreement | quit &agreement | quit treaty
  | walk away from &agreement | reject peace | denounce &agreement | annul &agreement
  | cancel &agreement | rebuff &plan | spurn &plan | revoke &agreement | terminate &agreement
  | back out of &agreement | back away from &agreement | back out of &plan | back away from &plan
  | end &agreement | back out of &agreement | back out of &plan | block &plan

# 128 Defy norms, law
verb 128 : defy | flout | violate | breach | disobey | contravene | ignore resolution
  | violate international law | break international law | evade &sanction | circumvent &sanction
  | violate &sanction | ignore ruling | break law | break rule | break promise | renege on
  | disregard | violate resolution | defy resolution | defy court | breach international law | violate constitution | defy ban | defy order
noun 128 : defiance | violation of international law

# 129 Veto
verb 129 : veto | block resolution | use veto | exercise veto | cast veto | wield veto | block bill
  | block legislation | veto resolution | veto bill
noun 129 : veto

# 120 Reject, not specified below
verb 120 : reject | rule out | turn down | spurn | rebuff | repudiate | refuse | decline | brush aside
  | brush off | shrug off | snub | ignore | dismiss criticism | dismiss call | dismiss demand
  | dismiss &plan | dismiss offer | dismiss request | dismiss idea | vote against | vote down
  | shoot down &plan | shoot down idea
  | balk at | baulk at | block bid | block membership | block accession | block nomination
  | deny request | deny application | deny petition | deny appeal | deny bid
noun 120 : rejection | refusal

# ======================================================================
# 13 THREATEN
# ======================================================================

# A threat names its act in the complement ("threatened to impose sanctions"); the act told
# after "threaten to" is future and embedded, so each family's object class is joined to the
# threat heads here: "threaten &sanction" reads "threatened to impose sanctions" (1312) and
# "threatened sanctions" alike.

# 1311 Threaten to reduce or stop aid
verb 1311 : threaten &aid | threaten &money | warn of &aid cut | threaten cut in &aid

# 1312 Threaten to boycott, embargo, or sanction
verb 1312 : threaten &sanction | warn of &sanction | threaten trade war | warn of trade war
  | threaten economic consequence | warn of economic consequence

# 1313 Threaten to reduce or break relations
verb 1313 : threaten &ties | threaten expel ambassador | threaten expel diplomat | threaten secede | threaten secession | threaten rupture
  | warn of rupture

# 131 Threaten non-force, not specified below
verb 131 : threaten countermeasure | threaten retaliatory measure | threaten response
  | warn of countermeasure | threaten legal action | threaten lawsuit | threaten sue
  | threaten withdraw | threaten quit | threaten resign | threaten leave | threaten cut off
  | threaten halt supply | threaten cut supply
verb 131 : threaten to veto | threaten veto

# 1321 Threaten to impose restrictions on political freedoms
verb 1321 : threaten censorship | threaten crackdown on media | threaten ban on &protest

# 1322 Threaten to ban political parties or politicians
verb 1322 : threaten ban on party | threaten disqualification | threaten ban party
  | threaten ban opposition | threaten ban candidate | threaten disqualify | threaten outlaw
  | threaten dissolve party

# 1323 Threaten to impose curfew
verb 1323 : threaten &curfew | warn of &curfew

# 1324 Threaten to impose state of emergency or martial law
verb 1324 : threaten &emergency | warn of &emergency

# 132 Threaten with administrative sanctions, not specified below
verb 132 : threaten &restriction | warn of &restriction | threaten arrest | threaten prosecution
  | threaten expulsion | threaten deportation

# 133 Threaten political dissent, protest
verb 133 : threaten &protest | warn of &protest | threaten general strike | threaten unrest
  | threaten civil disobedience
  | threaten walk out | threaten take to street

# 134 Threaten to halt negotiations
verb 134 : threaten &talks | threaten walk out of &talks

# 135 Threaten to halt mediation
verb 135 : threaten end to mediation | threaten withdraw as mediator | threaten quit as mediator

# 136 Threaten to halt international involvement (non-mediation)
verb 136 : threaten &inspector | threaten expel aid worker | threaten expel aid agency

# 137 Threaten with violent repression
verb 137 : threaten crackdown | threaten repression | warn of crackdown | vow crush | vow crack down
  | threaten use force against &protest | threaten force against protester
  | threaten violent crackdown | vow crush &protest | vow crush rebellion | threaten crush
verb 137 : threaten crush &protest | threaten disperse &protest | threaten disperse

# 1381 Threaten blockade
verb 1381 : threaten &blockade | warn of &blockade

# 1382 Threaten occupation
verb 1382 : threaten invasion | threaten occupation | threaten annexation | warn of invasion
  | threaten invade | threaten occupy | threaten annex | threaten seize | threaten &territory
  | threaten take over | threaten ground invasion

# 1383 Threaten unconventional violence
verb 1383 : threaten kill | threaten execute | threaten behead | threaten kidnap | threaten assassinate
  | threaten abduct | threaten murder | threaten terror attack | threaten terrorist attack
  | threaten suicide attack | threaten bombing | issue death threat | make death threat
  | send death threat | threaten resume terrorist activity | threaten terrorist activity
noun 1383 : death threat | bomb threat | terror threat

# 1384 Threaten conventional attack
verb 1384 : threaten &attack | threaten &aerial | threaten &artillery | warn of &attack
  | threaten launch &attack | threaten bomb | threaten shell | threaten bombard | threaten strike
  | threaten hit | threaten fire on | threaten military strike | threaten airstrike
  | threaten air strike | threaten missile strike | threaten retaliatory strike
  | threaten preemptive strike | threaten pre-emptive strike | vow strike | vow attack
  | vow hit | vow destroy | threaten destroy | threaten wipe out | threaten annihilate
  | threaten shoot down | threaten sink
# an attack threatened on a place is no threat to occupy it (1382 threaten &territory)
verb 1384 : threaten bomb &territory | threaten shell &territory | threaten attack &territory
  | threaten strike &territory

# 1385 Threaten attack with WMD
verb 1385 : threaten nuclear | threaten nuclear strike | threaten nuclear attack | threaten nuclear war
  | threaten use nuclear weapon | threaten chemical | threaten chemical attack
  | threaten use chemical weapon | threaten wmd | threaten use wmd | warn of nuclear
  | threaten nuclear response | threaten nuclear retaliation | threaten biological attack
  | warn of nuclear war | threaten deploy nuclear weapon
noun 1385 : nuclear threat | nuclear blackmail

# 138 Threaten to use military force, not specified below
verb 138 : threaten military action | threaten force | threaten use force | threaten war
  | threaten military force | threaten military response | threaten retaliation
  | threaten retaliate | warn of military action | warn of retaliation | warn of war
  | threaten military intervention | threaten intervene | threaten intervention
  | vow retaliation | vow revenge | vow retaliate | vow avenge | vow respond
  | warn of military response | threaten military retaliation | threaten armed response
  | vow respond militarily | vow military response | threaten forceful response
  | threaten harsh response | vow harsh response | warn of harsh response

# 139 Give ultimatum
verb 139 : issue ultimatum | give ultimatum | deliver ultimatum | set deadline | give deadline
  | give + ultimatum | issue + ultimatum | deliver + ultimatum | give + deadline
  | impose deadline | present ultimatum | serve ultimatum | set ultimatum
  | issue final warning | give final warning
noun 139 : ultimatum | final warning

# 130 Threaten, not specified below
verb 130 : threaten | warn | warn of consequence | issue warning | issue threat | make threat
  | intimidate | menace | threaten consequence | warn against | warn of repercussion
  | threaten retribution | issue stern warning | renew threat
noun 130 : threat | warning | intimidation

# ======================================================================
# 14 PROTEST
# ======================================================================

# A protest, strike, blockade or riot takes the digit of its topic (leadership, policy, rights,
# institutions) from a topic word near it (class topic-* in data/grammar.lex; the topic-*
# remaps): "staged demonstrations to demand political reforms" is 1412 from 141. The entries
# of the sub-codes below are the ways news names the topic with the act itself.

# 1421 Conduct hunger strike for leadership change
verb 1421 : hunger strike for resignation

# 1422 Conduct hunger strike for policy change
verb 1422 : stage hunger strike against &plan | go on hunger strike against &plan

# 1423 Conduct hunger strike for rights
verb 1423 : stage hunger strike against &abuse | go on hunger strike against &abuse

# 1424 Conduct hunger strike for change in institutions, regime
verb 1424 : hunger strike for independence | hunger strike for democracy

# 142 Conduct hunger strike, not specified below
verb 142 : go on hunger strike | stage hunger strike | begin hunger strike
  | start hunger strike | hold hunger strike | refuse food | continue hunger strike
  | join hunger strike | declare hunger strike | enter hunger strike | launch hunger strike
noun 142 : hunger strike

# 1431 Conduct strike or boycott for leadership change
verb 1431 : strike demand resignation | strike for resignation | boycott demand resignation

# 1432 Conduct strike or boycott for policy change
verb 1432 : strike over pay | strike for pay | strike over wage | strike for higher wage
  | strike against reform | strike against &plan | strike over &plan | boycott &plan

# 1433 Conduct strike or boycott for rights
verb 1433 : strike for right | strike against &abuse | strike over &abuse

# 1434 Conduct strike or boycott for change in institutions, regime
verb 1434 : strike for independence | strike for autonomy | strike for democracy | boycott referendum

# 143 Conduct strike or boycott, not specified below
verb 143 : go on strike | stage strike | hold strike | call strike | call for strike
  | organize general strike | organise general strike | launch general strike
  | call general strike | stage general strike | hold general strike | organize strike
  | organise strike | declare strike | walk out | stage walkout | down tool | boycott
  | launch boycott | stage boycott | boycott election | boycott vote | boycott poll
  | boycott parliament | boycott session | boycott product | join strike | go on general strike
  | stop work | stop working | walk off job
noun 143 : general strike | labor strike | labour strike | walkout | work stoppage | boycott
  | nationwide strike | national strike | transport strike | strike action | industrial action
  | teacher strike | worker strike | doctor strike

# 1441 Obstruct passage to demand leadership change
verb 1441 : block road demand resignation | blockade demand resignation

# 1442 Obstruct passage to demand policy change
verb 1442 : block road in protest against | block road to protest | block highway to protest
  | block road against &plan

# 1443 Obstruct passage to demand rights
verb 1443 : block road demand right | block road against &abuse

# 1444 Obstruct passage to demand change in institutions, regime
verb 1444 : block road demand independence | block road for independence

# 144 Obstruct passage, block
verb 144 : block | barricade | block road | block highway | block street | set up roadblock
  | erect barricade | erect roadblock | set up barricade | obstruct | occupy square
  | occupy building | occupy office | occupy parliament | occupy ministry | occupy campus
  | occupy factory | stage sit-in | hold sit-in | block access | block entrance
  | block border crossing | block traffic | block rail | block railway | block port
  | block bridge | blockade road | block motorway | block convoy | obstruct traffic
  | barricade road | chain themselves | stage blockade | picket entrance | form human chain
noun 144 : sit-in | roadblock | barricade | road blockade | human chain

# 1451 Engage in violent protest for leadership change
verb 1451 : riot demand resignation | riot demand ouster | riot against government

# 1452 Engage in violent protest for policy change
verb 1452 : riot against &plan | riot over &plan | riot against law | riot over price | riot against tax
  | riot against austerity | riot over law
noun 1452 : food riot | fuel riot | price riot | bread riot

# 1453 Engage in violent protest for rights
verb 1453 : riot against &abuse | riot over &abuse | riot demand right

# 1454 Engage in violent protest for  change in institutions, regime
verb 1454 : riot demand referendum | riot demand independence | riot for independence

# 145 Protest violently, riot
verb 145 : riot | clash with police | clash with riot police | run amok | rampage | go on rampage
  | loot | hurl stone | throw stone | throw rock | hurl rock | throw petrol bomb
  | throw molotov cocktail | hurl molotov cocktail | hurl petrol bomb | throw molotov | pelt
  | storm embassy | storm parliament | storm building | storm government building
  | storm police station | storm palace | burn tire | burn tyre | set fire to police car
  | torch police car | ransack embassy
noun 145 : riot | violent protest | rioting | violent demonstration | street violence | looting

# 1411 Demonstrate for leadership change
verb 1411 : protest demand resignation | demonstrate demand resignation | rally demand resignation
  | march demand resignation | protest for ouster | demonstrate for ouster
noun 1411 : resignation protest

# 1412 Demonstrate for policy change
verb 1412 : protest against &plan | demonstrate against &plan | rally against &plan | march against &plan
  | protest over &plan | protest against law | demonstrate against law | protest against policy
  | protest against decision | protest against bill | protest against tax | protest against price
  | protest against austerity | demonstrate against austerity | protest against war
  | demonstrate against war | rally against war | march against war
noun 1412 : anti-austerity protest | tax protest | price protest | fuel protest | pension protest

# 1413 Demonstrate for rights
verb 1413 : protest &abuse | protest against &abuse | demonstrate against &abuse | rally against &abuse
  | march against &abuse | protest over &abuse | protest for right | demonstrate for right
  | rally for right | march for right | demonstrate for freedom | protest for freedom
  | march for justice | rally for justice | protest against racism
noun 1413 : rights protest | civil rights march | freedom march

# 1414 Demonstrate for change in institutions, regime
verb 1414 : demonstrate for independence | rally for independence | march for independence
  | protest for independence | demonstrate for democracy | rally for democracy
  | march for democracy | protest for democracy | demonstrate for autonomy | rally for autonomy
  | protest against coup | demonstrate against coup | rally against coup | protest against junta
  | protest against regime | demonstrate against regime
noun 1414 : pro-democracy protest | pro-democracy rally | pro-democracy march | independence rally
  | pro-independence rally | anti-coup protest

# 141 Demonstrate or rally
verb 141 : demonstrate | rally | march | march on + | take to street | pour into street
  | stage &protest | hold &protest | launch &protest | organize protest | organise protest
  | organize demonstration | organise demonstration | organize rally | organise rally
  | organize march | organise march | join &protest | lead &protest | picket | chant slogan | gather to protest | march in protest
  | protest outside | demonstrate outside | call for &protest | turn out to protest
  | gather | assemble | converge | congregate
# burning a flag or an effigy is a protest against what it stands for, not property destroyed
# (1712 burn)
  | burn flag | burn effigy | torch effigy | torch flag
noun 141 : protest | demonstration | rally | street protest | mass protest | anti-government protest
  | protest march | mass rally | protest rally | anti-war protest | protest movement
  | street demonstration | mass demonstration | protest action | sit-in protest

# 140 Engage in political dissent, not specified below
verb 140 : protest | dissent | rebel against + | revolt | rise up against + | rise up | agitate | mutiny
  | stage revolt | launch uprising | express dissent | collect signature | gather signature
  | launch signature campaign | launch petition drive
noun 140 : uprising | rebellion | revolt | mutiny | civil disobedience

# ======================================================================
# 15 EXHIBIT FORCE POSTURE
# ======================================================================

# 151 Increase police alert status
verb 151 : raise police alert | put police on alert | place police on alert | raise terror alert
  | raise threat level | raise alert level | heighten police alert | raise terrorism alert
  | raise security alert | declare security alert
noun 151 : terror alert | security alert | police alert

# 152 Increase military alert status
verb 152 : put &troops on alert | place &troops on alert | put on alert | place on alert
  | raise military alert | remain on alert | go on alert | raise combat readiness
  | put on combat alert | put on high alert | place on high alert | declare combat readiness
  | increase combat readiness | put on war footing | place on war footing | remain on high alert
  | stay on alert | be on alert
noun 152 : high alert | combat readiness | military alert | full alert | war footing | combat alert

# 153 Mobilize or increase police power
verb 153 : deploy police | send police | mobilize police | mobilise police | beef up security
  | tighten security | step up security | increase security | boost security
  | heighten security | reinforce security | bolster security | increase police presence
  | step up patrol | order patrol | intensify patrol | increase patrol | deploy security force
  | deploy riot police | send riot police | deploy national guard | send national guard
  | call in national guard | deploy gendarme | deploy paramilitary | step up security measure
  | tighten security measure
noun 153 : police deployment | security buildup | police buildup | heavy police presence

# 155 Mobilize or increase cyber-forces (the CAMEO manual's code; Goldstein as 154)
verb 155 : set up cyber command | create cyber command | build cyber army | expand cyber army
  | create cyber unit | set up cyber unit | recruit hacker | expand cyber force

# 154 Mobilize or increase armed forces
verb 154 : deploy | deploy &troops | deploy &troops in + | deploy &troops to + | station &troops in +
  | mobilize reservist | mobilise reservist | call up reservist | call up &troops | send &troops
  | send &troops to + | send &troops into + | dispatch &troops | move &troops | station &troops
  | mass &troops | amass &troops | build up &troops | reinforce troop | reinforce force | bolster &troops
  | strengthen &troops | increase &troops | boost &troops | bring in &troops | rush &troops
  | redeploy &troops | position troop | gather &troops | send reinforcement | reinforce position
  | reinforce front | reinforce garrison | mobilize | mobilise | conscript | station | deploy &weapon
  | move &weapon | send &weapon into + | send &weapon over + | fly &weapon into +
  | fly &weapon over + | send aircraft carrier
  | order mobilization | declare mobilization
  | announce mobilization | increase military presence | boost military presence
  | beef up military presence | expand army | deploy military | send military
noun 154 : mobilization | mobilisation | military buildup | troop buildup | military build-up
  | troop build-up | deployment | troop deployment | reinforcement | troop surge
  | troop movement | military deployment | partial mobilization

# 150 Demonstrate military or police power, not specified below
verb 150 : hold &exercise | conduct &exercise | stage &exercise | launch &exercise
  | begin &exercise | start &exercise | hold war game | conduct war game | stage war game | launch war game | begin war game
  | start war game | parade | hold military parade | stage military parade | show force
  | stage flag march | hold flag march | conduct flag march | carry out flag march
  | flex muscle | fly bomber | conduct missile test | carry out missile test
  | conduct nuclear test | carry out nuclear test | test missile | test weapon | test-fire
  | patrol | conduct patrol | violate airspace | intrude into airspace | display military might
  | demonstrate military might | hold naval exercise | conduct naval exercise
  | hold naval drill | fly over | invade airspace
noun 150 : military exercise | military drill | war game | naval exercise | naval drill | missile test
  | flag march
  | nuclear test | show of force | military parade | live-fire exercise | live-fire drill
  | military maneuver | military manoeuvre | air patrol | naval patrol | airspace violation

# ======================================================================
# 16 REDUCE RELATIONS
# ======================================================================

# 161 Reduce or break diplomatic relations
verb 161 : cut &ties | sever &ties | break &ties | break off &ties | downgrade &ties | suspend &ties
  | freeze &ties | reduce &ties | end &ties | cut diplomatic &ties | sever diplomatic &ties
  | break off diplomatic &ties | recall ambassador | recall envoy | recall diplomat
  | withdraw ambassador | withdraw envoy | withdraw diplomat | expel ambassador | expel envoy
  | expel diplomat
  | expel embassy staff | declare persona non grata | close embassy | shut embassy
  | shut down embassy | close consulate | shut consulate | cancel &meeting | call off &meeting
  | postpone visit | postpone summit | postpone meeting | scrap &meeting | withdraw recognition | derecognize
  | reduce diplomatic staff | reduce embassy staff | order ambassador to leave
  | order diplomat to leave
noun 161 : diplomatic expulsion | severance of ties

# 1621 Reduce or stop economic assistance
verb 1621 : cut &money | suspend &money | halt &money | freeze &money | withhold &money | stop &money
  | end &money | cut off &money | reduce &money | slash &money | cancel loan | withdraw &money
  | pause &money
noun 1621 : funding cut | funding freeze

# 1622 Reduce or stop military assistance
verb 1622 : cut &weapon | suspend &weapon | halt &weapon | freeze &weapon | withhold &weapon
  | stop &weapon | pause &weapon | cut military &aid | suspend military &aid | halt military &aid
  | freeze military &aid | withhold military &aid | stop military &aid | end military &aid
  | cancel arm deal | halt arm export | suspend arm export | embargo &weapon
noun 1622 : military aid cut | military aid suspension | arm delivery halt
verb null : cut &weapon_&budget | reduce &weapon_&budget | slash &weapon_&budget
  | freeze &weapon_&budget

# 1623 Reduce or stop humanitarian assistance
verb 1623 : cut &relief | suspend &relief | halt &relief | stop &relief | withhold &relief | reduce &relief
  | suspend relief operation | halt relief operation | suspend humanitarian operation
  | halt humanitarian operation

# 162 Reduce or stop aid, not specified below
verb 162 : cut &aid | suspend &aid | halt &aid | stop &aid | withhold &aid | freeze &aid | reduce &aid
  | end &aid | slash &aid | withdraw &aid | prohibit aid | cut off &aid | scale back &aid
  | curtail &aid | ban &aid | pause &aid
noun 162 : aid cut | aid suspension | aid freeze

# 163 Impose embargo, boycott, or sanctions
verb 163 : impose &sanction | impose &sanction on + | slap &sanction | slap &sanction on + | tighten &sanction
  | toughen &sanction | expand &sanction | widen sanction | broaden sanction | extend &sanction
  | renew &sanction | reimpose &sanction | adopt &sanction | approve &sanction
  | announce &sanction | unveil &sanction | introduce &sanction | levy &sanction
  | hit with &sanction | target with &sanction | raise &sanction | sanction | blacklist
  | embargo | freeze asset | freeze account | cut gas | cut oil supply | cut energy supply
  | cut off gas | stop gas supply | halt gas supply | ban &trade | ban &trade from +
  | ban &trade to + | restrict &trade | restrict &trade from + | restrict &trade to + | curb &trade
  | halt &trade | suspend &trade | block &trade | stop &trade | cut off &trade
  | impose trade restriction | impose export control | impose import ban
  | impose export ban | impose trade ban | ban arm export
noun 163 : sanction | economic sanction | embargo | arm embargo | oil embargo | trade embargo
  | asset freeze | financial sanction | trade ban | import ban | export ban | punitive tariff
  | sanction package | economic blockade | trade sanction

# 164 Halt negotiations
verb 164 : halt &talks | suspend &talks | break off &talks | call off &talks | cancel &talks | quit &talks
  | walk out of &talks | withdraw from &talks | pull out of &talks | end &talks | freeze &talks
  | abandon &talks | postpone talk | postpone negotiation | terminate talk
  | terminate negotiation | walk away from &talks
  | walk away from negotiating table | leave negotiating table | storm out of &talks
  | fail to reach agreement | fail to reach deal | end without agreement | end without deal
noun 164 : collapse of talk | breakdown of talk

# 165 Halt mediation
verb 165 : end mediation | halt mediation | suspend mediation | quit mediation | abandon mediation
  | withdraw from mediation | pull out of mediation | quit as mediator | step down as mediator
  | withdraw as mediator | end role as mediator

# 1661 Expel or withdraw peacekeepers
verb 1661 : expel peacekeeper | withdraw peacekeeper | pull out peacekeeper | order peacekeeper out
  | expel peacekeeping | order peacekeeping out
  | end peacekeeping | terminate peacekeeping mission | withdraw peacekeeping | reduce peacekeeper

# 1662 Expel or withdraw inspectors, observers
verb 1662 : expel &inspector | withdraw &inspector | pull out &inspector | order &inspector out
  | end &inspector mission | end inspection

# 1663 Expel or withdraw aid agencies
verb 1663 : expel &aid &aidstaff | expel &relief &aidstaff | withdraw &aid &aidstaff
  | withdraw &relief &aidstaff | pull out &aid &aidstaff | force out &aid &aidstaff
  | ban &aid &aidstaff | suspend &aid &aidstaff | order &aid &aidstaff out | expel &aidgroup
  | ban &aidgroup | suspend &aidgroup | shut down &aidgroup | close &aidgroup

# 166 Expel or withdraw, not specified below
verb 166 : withdraw staff | pull out staff | evacuate embassy | evacuate staff | withdraw personnel
  | pull out personnel | expel foreign mission | force + out of country
  | force + to leave country | order + out of country | order + to leave country

# 160 Reduce relations, not specified below
verb 160 : suspend &cooperation | halt &cooperation | end &cooperation | freeze &cooperation
  | cut &cooperation | scale back &cooperation | downgrade &cooperation | reduce &cooperation
  | withhold &cooperation | isolate | suspend membership | suspend air link | suspend flight
  | halt flight | cut air link | advise against travel | issue travel warning
  | issue travel advisory | withdraw support | distance from | suspend participation
  | boot out | suspend from | exclude from | kick out of | cut link | sever link
  | suspend contact | cut contact | halt contact | freeze contact
noun 160 : travel warning | travel advisory | diplomatic boycott | suspension of air link
  | suspension of flight | suspension of air service

# ======================================================================
# 17 COERCE
# ======================================================================

# 1711 Confiscate property
verb 1711 : confiscate | expropriate | nationalize | nationalise | impound | requisition
  | confiscate &property | seize &property by force | seize passport
  | seize bank account
noun 1711 : confiscation | expropriation | nationalization | nationalisation | land grab

# 1712 Destroy property
verb 1712 : raze | demolish | bulldoze | destroy | blow up | set fire to | set alight | set ablaze
  | torch | burn down | burn | damage | vandalize | vandalise | deface | ransack | sabotage
  | wreck | tear down | flatten | firebomb | set on fire | raze to ground | level to ground
  | loot and burn | destroy &property | demolish &property | burn &property | blow up &property
  | blow up &territory | blow up pipeline | blow up power line | blow up railway
noun 1712 : demolition | arson | sabotage | destruction of property | house demolition
  | home demolition | arson attack
# what is damaged or destroyed only in a figure ("damage the economy", "destroyed a fragile
# stability", "destroyed the president's strategy"): no property (class intangible, policy)
verb null : destroy &intangible | damage &intangible | destroy &policy | damage &policy

# 171 Seize or damage property, not specified below
verb 171 : seize | plunder | pillage | steal | seize &property | steal &property
  | commandeer | take over &property | loot &property
noun 171 : seizure

# 1721 Impose restrictions on political freedoms
verb 1721 : ban &protest | outlaw &protest | censor | shut down &outlet | close &outlet
  | block &outlet | cut &outlet | restrict &outlet | cut off &outlet | throttle &outlet
  | block access to &outlet | suspend &outlet | ban &outlet | restrict freedom
  | curb freedom | curtail freedom | restrict press | restrict press freedom | curb press freedom
  | suspend broadcast | ban broadcast | shut down station
  | muzzle | gag | impose censorship | ban book | ban publication
  | block social media | ban social media | shut down social media
  | close television station | close radio station | ban public gathering | ban assembly
  | restrict assembly | ban gathering | curb dissent | impose media blackout
  | impose information blackout | impose news blackout | ban media | shut down media outlet
  | ban reporter | expel journalist | revoke press credential
noun 1721 : censorship | media blackout | internet shutdown | internet blackout | information blackout
  | news blackout | protest ban | press restriction

# 1722 Ban political parties or politicians
verb 1722 : ban party | outlaw | ban opposition | dissolve party | bar candidate | disqualify
  | ban from politics | ban from running | bar from running | bar from election
  | exclude from election | ban from contesting | deregister party | disband party
  | strip of mandate | expel from parliament | ban politician | suspend party | ban candidate
  | ban organization | ban organisation | outlaw organization | ban group | outlaw group
  | proscribe | declare illegal | declare extremist | designate extremist
noun 1722 : party ban

# 1723 Impose curfew
verb 1723 : impose &curfew | declare &curfew | extend &curfew | reimpose &curfew | enforce &curfew
  | order &curfew | announce &curfew | tighten &curfew | introduce &curfew
  | put under &curfew | place under &curfew
noun 1723 : curfew | lockdown | night curfew

# 1724 Impose state of emergency or martial law
verb 1724 : declare &emergency | impose &emergency | extend &emergency | reimpose &emergency
  | introduce &emergency | invoke emergency | invoke martial law | enact &emergency | declare state of siege
  | impose state of siege | suspend constitution | impose direct rule | declare state of war
  | impose military rule
noun 1724 : state of emergency | martial law | emergency rule | state of siege | national emergency

# 172 Impose administrative sanctions, not specified below
verb 172 : ban | impose &restriction | impose &restriction on + | restrict | place &restriction
  | tighten &restriction | extend &restriction | introduce &restriction | bar from
  | revoke license | revoke licence | strip of | revoke citizenship | strip citizenship
  | lift immunity | strip immunity | revoke visa | deny visa | revoke accreditation
  | suspend license | impose administrative sanction | ban entry | bar entry | deny entry
  | declare undesirable | designate as foreign agent | designate as terrorist
  | list as terrorist | designate terrorist organization
noun 172 : ban | travel ban | entry ban

# 173 Arrest, detain, or charge with legal action
verb 173 : arrest | detain | jail | imprison | incarcerate | apprehend | nab | round up
  | take into custody | hold in custody | hold without charge
  | put on trial | bring to trial
  | issue arrest warrant | issue warrant | seek arrest | order arrest | remand
  | remand in custody | lock up | put under house arrest | place under house arrest
  | place under arrest | take prisoner | intern | capture alive | capture &person | detain without trial
  | raid home | raid office | carry out arrest | make arrest | launch manhunt
  | send to prison | throw in jail | put behind bar | summon for questioning
  | hold incommunicado | keep in detention | extend detention | arrest in absentia
noun 173 : arrest | detention | house arrest | mass arrest | imprisonment
  | arrest warrant | internment | administrative detention | arbitrary detention | detainment

# 174 Expel or deport individuals
verb 174 : deport | banish | exile | send back | expel
  | force to leave | order to leave country | repatriate forcibly | expel from country
  | kick out of country | revoke residency | order out | kick out | throw out | evict
  | force out of country
noun 174 : deportation | expulsion | forced return

# 175 Use tactics of violent repression
verb 175 : crack down on + | crack down | suppress | repress | quell | disperse | use tear gas
  | fire tear gas | fire teargas | use teargas | use water cannon | fire rubber bullet
  | use rubber bullet | use live ammunition | fire live ammunition | fire on protester
  | fire on demonstrator | fire at protester | fire at demonstrator | open fire on protester
  | open fire on demonstrator | open fire on crowd | fire at crowd | shoot protester
  | shoot demonstrator | beat protester | beat demonstrator | break up &protest | clamp down on +
  | stamp out | charge protester | baton-charge | tear-gas | teargas | use force against protester
  | use force against demonstrator | use excessive force | quash &protest | crush protest
  | crush dissent | crush rebellion | crush revolt | crush uprising | suppress &protest
  | suppress dissent | kill protester | kill demonstrator | terrorize population
  | launch crackdown | intensify crackdown | step up crackdown | unleash crackdown
  | put down &protest | put down riot | put down rebellion | put down revolt | quell riot
noun 175 : crackdown | repression | security crackdown | violent crackdown | brutal crackdown
  | police brutality

# 176 Attack cybernetically (the CAMEO manual's code; the codebook table lacks it, so
# cameo.tsv gives it 170's Goldstein weight and PLOVER type)
verb 176 : hack | hack into | launch cyberattack | carry out cyberattack
  | conduct cyberattack | mount cyberattack | launch cyber attack | carry out cyber attack
  | stage cyberattack | breach network | launch cyber warfare | wage cyber warfare
  | attack website | deface website | crash website | attack server
noun 176 : cyberattack | cyber attack | cyber-attack | hacking attack | cyber intrusion
  | ransomware attack | hacking campaign | cyber warfare | cyberwarfare | cyberwar | cyber war

# 170 Coerce, not specified below
verb 170 : pressure | pressurize | pressurise | coerce | force + to | force + into | compel | strong-arm
  | put pressure on + | exert pressure on + | step up pressure on + | increase pressure on +
  | pile pressure on + | apply pressure | apply pressure on + | pressure into | bully
  | blackmail | arm-twist

# ======================================================================
# 18 ASSAULT
# ======================================================================

# 181 Abduct, hijack, or take hostage
verb 181 : abduct | kidnap | hijack | take hostage | hold hostage | seize hostage | snatch | hold captive
  | hold for ransom | kidnap for ransom | seize as hostage | take as hostage | capture as hostage
  | keep hostage | take captive | carry out kidnapping | carry out abduction | spirit away
  | whisk away | hijack &property | abduct &person | kidnap &person
noun 181 : abduction | kidnapping | hijacking | hostage-taking | hostage taking | kidnap
  | enforced disappearance | forced disappearance | hostage crisis

# 1821 Sexually assault
verb 1821 : rape | gang-rape | molest | assault sexually | abuse sexually | commit rape
  | commit sexual violence | subject to sexual violence
noun 1821 : rape | sexual assault | sexual violence | sexual abuse | gang rape | gang-rape
  | sexual slavery

# 1822 Torture
verb 1822 : torture | waterboard | subject to torture | torture to death | use torture | electrocute
  | subject to electric shock
noun 1822 : torture | waterboarding

# 1823 Kill by physical assault
verb 1823 : execute | behead | decapitate | lynch | stab to death | beat to death | hack to death
  | stone to death | burn alive | strangle | hang | murder | slay | put to death
  | kill in custody | shoot in head | slit throat | bludgeon to death | club to death
  | burn to death | hang publicly | carry out execution | execute &person
noun 1823 : lynching | beheading | execution | murder | extrajudicial killing | summary execution
  | public execution | extrajudicial execution | honor killing | honour killing | slaying
  | homicide | decapitation

# 182 Physically assault, not specified below
# abusing power, office or trust is misconduct, not violence: no event
verb null : abuse power | abuse authority | abuse office | abuse position | abuse trust
  | abuse privilege
# beating a deadline, the crowds or the odds is arriving or winning first: no event
verb null : beat crowd | beat deadline | beat odds | beat traffic | beat rush | beat record
  | beat expectation
# prices, shares and emissions shoot up by a share: no shooting
verb null : shoot up by percent
# "shot back that ..." is a retort, no shooting
verb null : shoot back that | fire back that
verb 182 : beat | beat up | punch | maim | flog | whip | lash | cane | mutilate | manhandle | rough up
  | batter | abuse | mistreat | ill-treat | attack physically | shove | slap | pistol-whip
  | stone | stab | assault &person | beat &person | attack with stone | attack with stick
noun 182 : beating | physical assault | stabbing | flogging | mistreatment | ill-treatment
  | maltreatment | physical abuse | abuse of prisoner

# Making safe a device that was found (bomb disposal) is no bombing (ahead of the
# bombings, so that it wins over one of as many words): "police detonated a bomb
# found near the market", "sappers destroyed the mines discovered on the road"
verb null : detonate &explosive found | detonate &explosive discovered | detonate &explosive recovered
  | destroy &explosive found | destroy &explosive discovered | blow up &explosive found
  | detonate in controlled explosion | destroy in controlled explosion | carry out controlled explosion

# 1831 Carry out suicide bombing
verb 1831 : blow himself up | blow herself up | blow themselves up | blow up himself
  | carry out suicide attack | carry out suicide bombing | launch suicide attack
  | stage suicide attack | commit suicide attack | detonate suicide vest | detonate suicide belt
  | explode suicide vest | set off suicide vest | detonate explosive vest
  | kill + in suicide attack | kill + in suicide bombing | wound + in suicide attack
  | injure + in suicide attack
noun 1831 : suicide bombing | suicide attack | suicide bomb | suicide bomber | suicide blast
  | suicide car bombing | suicide car bomb | suicide explosion | suicide truck bomb
  | suicide bomb attack

# 1832 Carry out car bombing
verb 1832 : detonate car bomb | plant car bomb | set off car bomb | explode car bomb | detonate truck bomb
  | plant truck bomb | detonate vehicle bomb | carry out car bombing | kill + in car bomb
  | wound + in car bomb | injure + in car bomb | kill + in car bombing
noun 1832 : car bomb | car bombing | truck bomb | vehicle bomb | car-bomb | booby-trapped car
  | car bomb attack | car bomb explosion | bomb-laden car | explosive-laden vehicle | vbied
  | motorcycle bomb | booby-trapped vehicle | vehicle bombing | truck bombing

# 1833 Carry out roadside bombing
verb 1833 : plant roadside bomb | detonate roadside bomb | set off roadside bomb | explode roadside bomb
  | carry out roadside bombing | plant ied | detonate ied | hit with roadside bomb
  | kill + in roadside bomb | wound + in roadside bomb | injure + in roadside bomb
  | kill + in roadside bombing
noun 1833 : roadside bomb | roadside bombing | ied | improvised explosive device | roadside explosion
  | roadside blast | roadside device | ied attack | ied explosion | roadside ied | roadside mine
  | roadside bomb attack

# 183 Conduct suicide, car, or other non-military bombing, not spec below
verb 183 : carry out bombing | carry out bomb attack | plant bomb | plant explosive | detonate bomb
  | detonate explosive | set off bomb | set off explosive | detonate device | explode bomb
  | detonate | launch bomb attack | set off explosion | throw grenade | hurl grenade
  | lob grenade | toss grenade | stage bombing | plant mine | lay mine | booby-trap
  | plant landmine | attack with grenade | attack with explosive | bomb market | bomb mosque
  | bomb church | bomb bus | bomb restaurant | kill + in bomb attack | wound + in bomb attack
  | injure + in bomb attack | kill + in bombing | wound + in bombing | injure + in bombing
  | kill + in bomb blast | wound + in bomb blast | injure + in bomb blast
  | kill + in grenade attack | wound + in grenade attack | injure + in grenade attack
noun 183 : bombing | bomb attack | bomb blast | grenade attack | bomb explosion | letter bomb
  | parcel bomb | pipe bomb | mail bomb | nail bomb | sticky bomb | magnetic bomb

# 184 Use as human shield
verb 184 : use &person as &shield | hold &person as &shield
  | hide behind civilian | shield behind civilian
noun 184 : human shield

# 185 Attempt to assassinate
verb 185 : attempt assassinate | try assassinate | try kill | attempt kill | attempt murder
  | plot assassinate | plot assassination | make attempt on life | try murder
  | attempt assassination | carry out assassination attempt | plot kill
noun 185 : assassination attempt | attempted assassination | assassination plot | attempted murder
  | murder attempt | failed assassination | assassination bid

# 186 Assassinate
verb 186 : assassinate | carry out assassination | carry out targeted killing | kill leader
  | kill commander | kill chief | eliminate leader | eliminate commander | murder leader
  | gun down leader | slay leader
noun 186 : assassination | targeted killing | targeted assassination | political assassination
  | political killing | decapitation strike

# 180 Use unconventional violence, not specified below
verb 180 : terrorize | terrorise | carry out terror attack | carry out terrorist attack | launch terror attack
  | launch terrorist attack | stage terror attack | stage terrorist attack | commit terror attack
  | commit terrorist attack | ram into | carry out knife attack | carry out ramming attack
  | carry out arson attack | commit act of terror | commit terrorism | perpetrate attack
  | attack with knife | attack with machete | attack with axe | spray with acid | throw acid
noun 180 : terror attack | terrorist attack | act of terror | act of terrorism | knife attack
  | machete attack | ramming attack | acid attack | lone-wolf attack

# ======================================================================
# 19 FIGHT
# ======================================================================

# Fire and weapons: the slot says which weapon, and so the code: &aerial (missiles,
# aircraft: 195), &drone (1952), &artillery (rockets, shells, mortars, tanks: 194), &gunfire
# (bullets, shots, small arms: 193). "fired rockets at" is 194, "launched a drone attack on"
# 1952.

# 193 Fight with small arms and light weapons
verb 193 : shoot | open fire | open fire on + | fire &gunfire | fire &gunfire at + | shoot dead
  | gun down | snipe | machine-gun | exchange fire | exchange gunfire | exchange fire with +
  | trade fire | trade gunfire | engage in firefight | engage in gunfight | engage in gun battle
  | engage in shootout | spray with bullet | pepper with bullet | shoot at | shoot and kill
  | shoot and wound | kill + in gunbattle | kill + in firefight | kill + in shootout
  | kill + in gun battle | engage + in firefight | engage + in gunbattle
noun 193 : gunfire | gunfight | gun battle | gunbattle | shootout | shoot-out | shooting
  | sniper fire | small-arms fire | small arm fire | machine-gun fire | machine gun fire
  | automatic fire | rifle fire | exchange of fire | exchange of gunfire | shooting attack
  | mass shooting | sniper attack | gun attack | armed assault | drive-by shooting
  | firearm attack

# 194 Fight with artillery and tanks
verb 194 : shell | fire &artillery | fire &artillery at + | fire &artillery on + | fire &artillery into +
  | launch &artillery | lob &artillery | pound with &artillery | bombard with &artillery
  | attack with &artillery | hit with &artillery | strike with &artillery | use &artillery
  | open artillery fire | use heavy weapon | carry out shelling | rocket
  | kill + in shelling | wound + in shelling | injure + in shelling | kill + in &artillery
  | wound + in &artillery | injure + in &artillery
noun 194 : rocket attack | mortar attack | artillery fire | artillery attack | shelling
  | artillery bombardment | tank fire | barrage | rocket fire | mortar fire | artillery shelling
  | mortar shelling | tank shelling | artillery strike | rocket barrage | artillery barrage
  | tank attack | heavy weapon fire | rocket strike | rocket salvo | artillery duel
  | cross-border shelling | indiscriminate shelling | heavy shelling | mortar bombardment
  | rocket bombardment | tank battle | armoured assault | armored assault

# 195 Employ aerial weapons
verb 195 : bomb | strafe | carpet-bomb | fire &aerial | fire &aerial at + | fire &aerial on +
  | fire &aerial into + | launch &aerial | launch &aerial at + | launch &aerial on + | drop &aerial
  | use &aerial | hit with &aerial | strike with &aerial | attack with &aerial
  | target with &aerial | carry out &aerial | conduct &aerial | launch bombing campaign
  | launch bombing raid | carry out bombing raid | fly sortie | bomb from air | attack from air
  | strike from air | bombard from air | drop bomb | drop barrel bomb | drop munition
  | drop explosive | kill + in &aerial | wound + in &aerial | injure + in &aerial
noun 195 : missile strike | air strike | airstrike | air-strike | air raid
  | aerial bombardment | aerial bombing | air attack | missile attack | bombing raid
  | bombing campaign | air campaign | aerial attack | air bombardment | cruise missile attack
  | ballistic missile attack | helicopter attack | helicopter gunship attack
  | air assault | aerial strike
  | missile barrage | missile salvo | barrel bombing | bombing sortie
  | aerial campaign | precision strike | long-range strike | aerial assault
  | air sortie | missile fire

# A weapon as the subject of a verb of striking ("Russian missiles hit a
# building"): the act of the weapon's owner, coded by the weapon
verb 195 : &aerial ... hit | &aerial ... strike | &aerial ... slam into | &aerial ... rain down on
  | &aerial ... pound
verb 194 : &artillery ... hit | &artillery ... strike | &artillery ... slam into | &artillery ... rain down on
  | &artillery ... pound | &artillery ... land
verb 1952 : &drone ... hit | &drone ... strike | &drone ... slam into | &drone ... attack | &drone ... target
# the same in the passive, the weapon's owner named in the by-phrase
verb 195 converse : hit by + &aerial | strike by + &aerial
verb 194 converse : hit by + &artillery | strike by + &artillery
verb 1952 converse : hit by + &drone | strike by + &drone
# (a suicide bomber is no aircraft: "a suicide bomber struck a cafe")
verb 1831 : suicide bomber ... strike | suicide bomber ... hit | suicide bomber ... attack

# 1951 Employ precision-guided aerial munitions (the CAMEO manual's code)
verb 1951 : drop guided bomb | drop glide bomb | drop smart bomb
noun 1951 : guided bomb | glide bomb | smart bomb | precision-guided munition

# 1952 Employ remotely piloted aerial munitions (the CAMEO manual's code: drones). Written
# after 195, so that a mixed "missile and drone attack" is 195, a drone attack alone 1952.
verb 1952 : fire &drone | fire &drone at + | fire &drone on + | fire &drone into + | launch &drone
  | launch &drone at + | launch &drone on + | use &drone | hit with &drone | strike with &drone
  | attack with &drone | target with &drone | kill + in &drone | wound + in &drone
  | injure + in &drone
noun 1952 : drone strike | drone attack | drone raid | kamikaze drone attack | uav attack
  | uav strike | drone barrage | drone assault | drone swarm

# 196 Violate ceasefire
verb 196 : violate &ceasefire | break &ceasefire | breach &ceasefire | flout &ceasefire | shatter ceasefire
  | shatter truce | undermine ceasefire | undermine truce | end &ceasefire | abandon &ceasefire | violate peace &agreement
  | breach peace &agreement | break peace &agreement | resume &attack | resume fighting
  | attack despite &ceasefire | fire in violation of &ceasefire | violate demilitarized zone
noun 196 : ceasefire violation | truce violation | cease-fire violation | ceasefire breach
  | truce breach | violation of ceasefire | breach of ceasefire | violation of truce
  | breach of truce | collapse of ceasefire | breakdown of ceasefire | armistice violation

# 192 Occupy territory
verb 192 : occupy | invade | seize control | take control of | take over | seize &territory
  | capture &territory | retake | recapture | regain control | regain
  | liberate | overrun | annex | march into + | roll into + | storm into + | move into +
  | gain control of | gain control over | establish control over | establish control of
  | take control over | seize control over | incorporate territory | absorb territory
  | gain ground | make gain | advance into | push into | cross into + | establish foothold
  | consolidate control | retake control | wrest control | conquer
  | build settlement | expand settlement | capture
# "capture" of a prize, a vote or a picture is no occupation (the one-word "capture"
# above would code it 192)
verb null : capture &prize | capture on &statement | capture on camera | capture on film
noun 192 : invasion | occupation | annexation | military occupation | ground invasion
  | territorial gain | capture of town | capture of city | fall of city | settlement expansion
  | illegal occupation
# troops or militants on the march advance or parade; they do not protest (141):
# "troops marched into the town" is still 192 (march into +, above: on a tie of
# words the earlier entry wins)
verb null : &troops ... march | militant ... march

# 191 Impose blockade, restrict movement
verb 191 : besiege | lay siege to + | lay siege | encircle | surround | blockade | impose &blockade
  | enforce &blockade | tighten &blockade | reimpose &blockade | cut off | close &passage
  | seal &passage | shut &passage | seal off
  | cordon off | restrict movement | impose restriction on movement
  | impose travel restriction | set up checkpoint | erect checkpoint | close port
  | close strait | block strait | impose no-fly zone | enforce no-fly zone | close road
  | close checkpoint | restrict access | block shipping | cut supply line | cut off supply
  | cut off access | block supply route | hem in | close off | impose closure
  | block humanitarian corridor | close corridor | close passage
noun 191 : siege | blockade | naval blockade | encirclement | border closure | military blockade
  | air blockade | movement restriction | restriction on movement

# 190 Use conventional military force, not specified below
verb 190 : attack | launch &attack | carry out &attack | mount &attack | stage &attack | conduct &attack
  | storm | raid | fight | fight with + | fight against + | battle | clash | clash with +
  | engage | engage in &attack | kill | fire on + | fire at + | fire upon + | shoot down
  | bombard | pound | target | strike | down &aerial | down &drone | down plane | down helicopter
  | counterattack | counter-attack | wage war | wage war on + | wage war against + | go to war
  | go to war with + | declare war | declare war on + | launch war | start war | ambush
  | advance on + | repel | repulse | defend against | hit target | strike target
  | make incursion | open hostilities | take military action | resort to force | use force
  | use military force | use force against + | sink | destroy tank | shoot at + | intercept
  | neutralize | neutralise | eliminate | liquidate | assault | wound | injure
  | continue &attack | step up &attack | intensify &attack | escalate attack
  | escalate offensive | press &attack
  | escalate fighting | escalate war
noun 190 : attack | offensive | counteroffensive | counter-offensive | counterattack | counter-attack
  | assault | clash | fighting | battle | hostility | raid | incursion | ambush
  | military operation | military action | military strike | military attack
  | military offensive | ground offensive | hostilities | ground operation | ground assault
  | armed attack | armed clash | skirmish | firefight | killing | bombardment
  | military assault | cross-border attack | cross-border raid | border clash | heavy fighting
  | fierce fighting | armed confrontation | military confrontation | sortie | land offensive
  | spring offensive | military incursion | naval attack | commando raid | night raid
  | military intervention | combat operation
# striking a balance, a note, a chord, a tone or a pose is no blow
verb null : strike balance | strike note | strike chord | strike tone | strike pose

# ======================================================================
# 20 USE UNCONVENTIONAL MASS VIOLENCE
# ======================================================================

# 201 Engage in mass expulsion
verb 201 : drive out | drive from home | force from home | force out of home | force out | depopulate
  | expel population | expel resident | expel civilian | evict resident | evict population
  | deport population | deport en masse | expel en masse | drive from land | drive off land
  | transfer population | deport child | deport civilian | force to flee
noun 201 : mass expulsion | forced displacement | mass deportation | forced deportation
  | population transfer | forced transfer | forced eviction | mass eviction | forced relocation
  | forcible transfer | forced expulsion | mass displacement | deportation of child
  | forced migration

# 202 Engage in mass killings
verb 202 : massacre | slaughter | exterminate | carry out massacre | commit massacre | perpetrate massacre
  | commit genocide | carry out genocide | perpetrate genocide | mow down | commit mass killing
  | carry out mass killing | carry out mass murder | commit mass murder | engage in mass killing
  | kill en masse | wipe out village | wipe out population | butcher | commit mass execution
  | carry out mass execution
noun 202 : massacre | genocide | mass killing | mass murder | mass execution | slaughter
  | mass slaughter | systematic killing | ethnic killing | sectarian killing

# 203 Engage in ethnic cleansing
verb 203 : cleanse | carry out ethnic cleansing | conduct ethnic cleansing | commit ethnic cleansing
  | engage in ethnic cleansing | perpetrate ethnic cleansing | purge ethnic | drive out ethnic
  | expel ethnic minority | carry out ethnic purge
noun 203 : ethnic cleansing | ethnic purge | ethnic cleansing campaign | religious cleansing
  | demographic engineering

# 2041 Use chemical, biological, or radiological weapons
verb 2041 : use chemical weapon | use chemical | use nerve agent | use sarin | use chlorine | use poison gas
  | use mustard gas | gas | use biological weapon | deploy chemical weapon
  | launch chemical attack | carry out chemical attack | launch gas attack
  | carry out gas attack | use toxic gas | drop chemical | fire chemical | use chemical munition
  | use novichok | use toxic chemical | use chemical agent | release toxic gas
  | deploy biological weapon | spread anthrax | launch biological attack | release nerve agent
noun 2041 : chemical attack | chemical weapon attack | gas attack | sarin attack | nerve agent attack
  | chlorine attack | chemical strike | poison gas attack | mustard gas attack
  | biological attack | bioweapon attack | anthrax attack | toxic gas attack | novichok attack

# 2042 Detonate nuclear weapons
verb 2042 : use nuclear weapon | detonate nuclear | detonate nuclear weapon | detonate nuclear device
  | drop atomic bomb | drop nuclear bomb | launch nuclear | launch nuclear strike
  | launch nuclear attack | launch nuclear missile | fire nuclear missile
  | explode nuclear device | explode atomic bomb | carry out nuclear strike
  | carry out nuclear attack | use atomic bomb | use tactical nuclear weapon | nuke
noun 2042 : nuclear attack | nuclear strike | atomic bombing | nuclear bombing | atomic attack
  | thermonuclear attack

# 204 Use weapons of mass destruction, not specified below
verb 204 : use weapon of mass destruction | use wmd | deploy weapon of mass destruction | launch wmd attack
  | use unconventional weapon | deploy wmd | use radiological weapon | detonate dirty bomb
  | use dirty bomb
noun 204 : wmd attack | radiological attack | dirty bomb | dirty bomb attack
  | unconventional weapon attack | cbrn attack

# 200 Use unconventional mass violence, not specified below
verb 200 : commit atrocity | carry out atrocity | perpetrate atrocity | commit war crime
  | commit crime against humanity | perpetrate war crime | commit mass atrocity
  | perpetrate mass atrocity | carry out mass atrocity | terrorize civilian population
noun 200 : carnage | bloodbath | pogrom | atrocity
