# dyad-lexicon 1
# verbs.lex: event patterns (verb and noun kinds) for all 20 CAMEO roots.
#
# verb CODE : pattern | ...  first word = verb lemma; later words follow in order (gaps of up to
#   3 tokens are allowed, so determiners/adjectives are left out); "+" marks where the target is
#   sought, otherwise the target is the first actor after the last matched word. The longest
#   matching pattern of a verb wins, so specific multi-word patterns carry the specific codes.
# noun CODE : phrase        last word = head noun (singular lemma); earlier words directly precede it.
#
# Plain reporting verbs (CAMEO 010: say, state, announce ...) live in the claim lexicon, not here.
# Sorted by code; one comment header per code with its CAMEO name.

# ======================================================================
# 01 MAKE PUBLIC STATEMENT
# ======================================================================

# 011 Decline comment
verb 011 : decline comment | refuse comment | decline elaborate | refuse elaborate | decline confirm | refuse confirm | remain silent | keep silent | stay silent

# 012 Make pessimistic comment
verb 012 : downplay | play down | express pessimism | voice pessimism | be pessimistic | remain pessimistic | express doubt | voice doubt | cast doubt on | express skepticism
verb 012 : voice skepticism | express scepticism | express concern | voice concern | raise concern | express fear | voice fear | express worry | express alarm | raise alarm
verb 012 : be skeptical | be sceptical | remain skeptical | remain sceptical | be doubtful | remain doubtful

# 013 Make optimistic comment
verb 013 : express optimism | voice optimism | be optimistic | remain optimistic | be hopeful | remain hopeful | express hope | voice hope | express confidence | voice confidence
verb 013 : express satisfaction | express appreciation | see progress | note progress
verb 013 : be confident | remain confident | express optimism about

# 014 Consider policy option
verb 014 : consider | weigh | mull | mull over | contemplate | ponder | deliberate on | explore option | weigh option | consider option
verb 014 : review policy | study proposal | consider proposal
verb 014 : explore possibility | study possibility | examine possibility | weigh possibility | consider possibility | look at option | study option

# 015 Acknowledge or claim responsibility
verb 015 : claim responsibility | claim credit | admit responsibility | accept responsibility | take responsibility | acknowledge responsibility | admit involvement | admit role | admit guilt | confess
verb 015 : plead guilty

# 016 Deny responsibility
verb 016 : deny responsibility | deny involvement | deny role in | deny charge | deny accusation | deny allegation | deny wrongdoing | reject accusation | reject allegation | reject charge
verb 016 : dismiss accusation | dismiss allegation | refute | rebut | disown | plead not guilty
noun 016 : denial

# 017 Engage in symbolic act
verb 017 : lay wreath | observe silence | observe minute of silence | hold vigil | light candle | lower flag | commemorate | mark anniversary | hold ceremony

# 018 Make empathetic comment
verb 018 : express condolence | offer condolence | send condolence | convey condolence | extend condolence | express sympathy | offer sympathy | express sorrow | express grief | express solidarity
verb 018 : voice solidarity | show solidarity | stand in solidarity with + | sympathize with + | sympathise with + | console | commiserate | mourn
noun 018 : condolence

# 019 Express accord
verb 019 : agree with + | concur with + | see eye to eye | share view | express agreement | reach consensus | share concern

# ======================================================================
# 02 APPEAL
# ======================================================================

# 020 Appeal, not specified below
verb 020 : urge | appeal to + | appeal for | call on + | call on + to | call upon + | call for | implore | plead with + | plead for
verb 020 : beseech | exhort | entreat | press for | press + to | ask for | request | issue appeal | issue call | make appeal
verb 020 : renew call | launch appeal | call for investigation | urge investigation | call for inquiry | call for probe | call for independent investigation
verb 020 : petition | submit petition | present petition | hand over petition | deliver petition | send petition
verb 020 : push for
# appeals whose complement names the request ("called on X to lift the ban"); the specific code wins over 'call on + to'
verb 0241 : call on + to hold election | urge + to hold election | call on + to step down | urge + to step down | appeal to + to step down | call upon + to step down | call on + to hold early election
verb 021 : call on + to join force | urge + to join force | appeal to + to join force
verb 022 : call on + to support | urge + to support | call on + to back | urge + to back | call on + to stand by | urge + to stand by | call on + to recognize | urge + to recognize | call on + to recognise | urge + to recognise
verb 0242 : call on + to abandon | urge + to abandon | call on + to repeal | urge + to repeal | call on + to scrap | urge + to scrap | call on + to reverse | urge + to reverse | call on + to change policy
verb 0244 : call on + to change constitution | urge + to change constitution | call on + to amend constitution | urge + to amend constitution | call on + to hold referendum | urge + to hold referendum
verb 0251 : call on + to lift ban | urge + to lift ban | call on + to lift restriction | urge + to lift restriction | call on + to ease restriction | urge + to ease restriction | call on + to lift curfew | urge + to lift curfew | call on + to lift state of emergency | urge + to lift state of emergency
verb 0253 : call on + to release | urge + to release | appeal to + to release | call on + to free | urge + to free | call upon + to release
verb 0254 : call on + to lift sanction | urge + to lift sanction | call on + to lift embargo | urge + to lift embargo | call on + to end embargo | urge + to end embargo | appeal to + to end embargo | appeal to + to lift embargo | appeal to + to lift sanction | call on + to ease sanction
verb 0255 : call on + to allow aid | urge + to allow aid | call on + to allow access | urge + to allow access | call on + to allow inspector | urge + to allow inspector | call on + to allow monitor | urge + to allow monitor
verb 0256 : call on + to withdraw | call on + to pull out | call on + to cease fire | call on + to stop fighting | call on + to end violence | call on + to declare ceasefire | call on + to observe ceasefire | call on + to respect ceasefire | call on + to halt attack | call on + to end fighting
verb 026 : call on + to resume talk | call on + to negotiate | urge + to negotiate | call on + to return to negotiating table | urge + to return to negotiating table | call on + to hold talk | urge + to hold talk | call on + to start talk
verb 027 : call on + to settle | urge + to settle | call on + to resolve | call on + to make peace | urge + to make peace
verb 028 : call on + to mediate | urge + to mediate | call on + to broker | urge + to broker | call on + to accept mediation | urge + to accept mediation

# 021 Appeal for material cooperation, not specified below
verb 021 : call for cooperation | urge cooperation | appeal for cooperation | seek cooperation | request cooperation

# 0211 Appeal for economic cooperation
verb 0211 : call for investment | urge investment | seek investment | seek trade | call for free trade | call for economic cooperation | urge economic cooperation | seek economic cooperation | seek trade deal

# 0212 Appeal for military cooperation
verb 0212 : call for military cooperation | seek military cooperation | urge military cooperation | seek military alliance | seek defence cooperation | seek defense cooperation

# 0213 Appeal for judicial cooperation
verb 0213 : seek extradition | request extradition | call for extradition | urge extradition | ask for extradition | seek handover | request handover

# 0214 Appeal for intelligence
verb 0214 : request intelligence | seek intelligence | request information | seek information

# 022 Appeal for diplomatic cooperation, such as policy support
verb 022 : seek support | ask for support | call for support | appeal for support | urge support | request support | seek backing | lobby | call for recognition | seek recognition
verb 022 : call for unity | urge unity | seek endorsement | call for solidarity

# 023 Appeal for aid, not specified below
verb 023 : appeal for aid | appeal for help | appeal for assistance | ask for help | ask for aid | ask for assistance | request aid | request help | request assistance | seek aid
verb 023 : seek help | seek assistance | call for aid | call for assistance | plead for help | plead for aid | seek asylum | apply for asylum | request asylum
noun 023 : aid appeal

# 0231 Appeal for economic aid
verb 0231 : appeal for economic aid | ask for economic aid | request economic aid | seek economic aid | call for economic aid | seek loan | request loan | ask for loan | seek financial aid | appeal for financial aid
verb 0231 : request financial aid | request financial assistance | seek financial assistance | seek debt relief | call for debt relief | request debt relief | appeal for fund | seek bailout | request bailout | seek funding
verb 0231 : request funding

# 0232 Appeal for military aid
verb 0232 : ask for military aid | request military aid | seek military aid | appeal for military aid | call for military aid | request weapon | ask for weapon | seek weapon | request arm | seek arm
verb 0232 : ask for arm | seek military assistance | request military assistance | ask for military assistance | request air defense | request air defence | seek air defense | seek air defence

# 0233 Appeal for humanitarian aid
verb 0233 : appeal for humanitarian aid | seek humanitarian aid | request humanitarian aid | call for humanitarian aid | ask for humanitarian aid | appeal for humanitarian assistance | seek humanitarian assistance | request humanitarian assistance | appeal for food aid | appeal for food
verb 0233 : appeal for relief | call for relief | request relief | appeal for medicine
noun 0233 : humanitarian appeal

# 0234 Appeal for military protection or peacekeeping
verb 0234 : call for peacekeeper | request peacekeeper | ask for peacekeeper | seek peacekeeper | call for peacekeeping force | request peacekeeping force | request protection | seek protection | appeal for protection | call for protection
verb 0234 : request troop | ask for troop | call for international force | call for no-fly zone | urge no-fly zone

# 024 Appeal for political reform, not specified below
verb 024 : call for reform | urge reform | appeal for reform | press for reform | call for democratic reform | call for political reform | urge political reform | push for reform

# 0241 Appeal for change in leadership
verb 0241 : call for resignation | urge resignation | urge resign | call for step down | urge step down | call for election | call for new election | call for early election | urge election | urge hold election
verb 0241 : call for ouster | call for removal | call for impeachment | call on + to resign

# 0242 Appeal for policy change
verb 0242 : call for policy change | call for change policy | urge change | urge change policy | urge reconsider | urge rethink | call for review | call for repeal | urge repeal | urge reverse
verb 0242 : call for reversal | urge abandon | call for abolition | urge scrap | call for scrap

# 0243 Appeal for rights
verb 0243 : call for right | urge respect right | urge respect human right | call for respect human right | call for freedom | call for press freedom | call for equal right | appeal for right | urge protect right | urge protect human right

# 0244 Appeal for change in institutions, regime
verb 0244 : call for constitutional reform | call for constitutional change | urge change constitution | call for new constitution | call for referendum | urge amend constitution | call for regime change | urge referendum

# 025 Appeal to yield
verb 025 : call for concession | urge concession | urge back down | urge yield | urge give in

# 0251 Appeal for easing of administrative sanctions
verb 0251 : call for lift ban | urge lift ban | appeal for lift ban | call for lift curfew | urge lift curfew | call for end curfew | urge lift restriction | call for lift restriction | call for ease restriction | urge ease restriction
verb 0251 : call for end state of emergency | urge lift state of emergency | call for lift state of emergency | urge end martial law | call for end martial law

# 0252 Appeal for easing of popular dissent
verb 0252 : appeal for calm | call for calm | urge calm | urge disperse | urge end protest | call for end protest | urge end strike | call for end strike | appeal for end protest | urge call off strike
verb 0252 : urge call off protest

# 0253 Appeal for release of persons or property
verb 0253 : call for release | urge release | appeal for release | seek release | plead for release | ask for release | press for release | request release | urge free | call for return
verb 0253 : appeal for return | urge hand back

# 0254 Appeal for easing of economic sanctions, boycott, or embargo
verb 0254 : call for lift sanction | urge lift sanction | appeal for lift sanction | call for end sanction | call for end embargo | appeal for end embargo | urge lift embargo | call for lift embargo | seek lift sanction | call for ease sanction
verb 0254 : urge ease sanction | call for sanction relief | seek sanction relief | urge end embargo | urge end sanction

# 0255 Appeal for target to allow international involvement (non-mediation)
verb 0255 : call for humanitarian access | urge allow access | call for access | urge allow inspector | urge allow aid | call for unimpeded access | urge cooperate with inspector | urge allow monitor | call for international monitor | call for observer

# 0256 Appeal for de-escalation of military engagement
verb 0256 : call for ceasefire | urge ceasefire | appeal for ceasefire | call for cease-fire | urge cease-fire | call for truce | urge truce | appeal for truce | call for withdrawal | urge withdrawal
verb 0256 : urge withdraw | call for pullout | call for pull-out | urge pull out | call for restraint | urge restraint | appeal for restraint | call for de-escalation | urge de-escalation | urge de-escalate
verb 0256 : call for end fighting | urge end fighting | appeal for end fighting | call for end violence | urge end violence | appeal for end violence | call for end war | urge end war | call for cessation | urge stop fighting
verb 0256 : call for halt attack | urge halt attack | call for end bombing | urge stop bombing | call for end hostility | call for humanitarian pause | call for lift blockade | urge lift blockade | call for end siege | call for end hostilities

# 026 Appeal to others to meet or negotiate
verb 026 : call for talk | urge talk | call for negotiation | urge negotiation | urge negotiate | call for dialogue | urge dialogue | appeal for dialogue | seek talk | seek negotiation
verb 026 : seek meeting | seek dialogue | request meeting | ask for meeting | call for meeting | urge resume talk | call for resumption talk | call for return to talk | urge return to talk | urge return to negotiating table
verb 026 : call for summit

# 027 Appeal to others to settle dispute
verb 027 : urge settle | call for settlement | call for peaceful solution | call for political solution | call for diplomatic solution | call for negotiated solution | urge peaceful resolution | call for peaceful resolution | urge resolve | urge peaceful solution
verb 027 : call for peace | urge peace | call for compromise | urge compromise | urge make peace

# 028 Appeal to others to engage in or accept mediation
verb 028 : call for mediation | urge mediation | urge accept mediation | urge mediate | ask mediate | invite mediate | urge broker | call for broker | seek mediation | request mediation

# ======================================================================
# 03 EXPRESS INTENT TO COOPERATE
# ======================================================================

# 030 Express intent to cooperate, not specified below
verb 030 : pledge | promise | vow | commit to | offer | agree | express willingness | express readiness | signal willingness | signal readiness
verb 030 : assure | give assurance | provide assurance | agree cooperate | pledge cooperate | promise cooperate | offer cooperate | vow cooperate | pledge cooperation | promise cooperation
verb 030 : accept proposal
noun 030 : pledge | assurance

# 031 Express intent to engage in material cooperation,  not specified below
verb 031 : offer cooperation | agree set up | agree establish | agree build

# 0311 Express intent to cooperate economically
verb 0311 : pledge investment | promise investment | offer investment | agree invest | agree trade | agree free trade | agree economic cooperation | pledge economic cooperation | agree boost trade | agree expand trade
verb 0311 : agree free-trade

# 0312 Express intent to cooperate militarily
verb 0312 : agree military cooperation | agree joint exercise | agree joint drill | agree joint patrol | pledge military cooperation | offer military cooperation | agree defense cooperation | agree defence cooperation | pledge defence cooperation | pledge defense cooperation
verb 0312 : agree military alliance

# 0313 Express intent to cooperate on judicial matters
verb 0313 : offer hand over | agree hand over | agree extradite | offer extradite | agree extradition | agree judicial cooperation | pledge judicial cooperation | promise hand over

# 0314 Express intent to cooperate on intelligence
verb 0314 : agree share intelligence | agree exchange information | agree share information | agree exchange intelligence | offer intelligence | offer share intelligence | pledge share intelligence | reach consensus exchange information

# 032 Express intent to provide diplomatic cooperation such as policy support
verb 032 : pledge support | promise support | vow support | offer support | pledge backing | promise backing | offer backing | offer diplomatic support | pledge diplomatic support

# 033 Express intent to provide material aid, not specified below
verb 033 : pledge aid | promise aid | offer aid | pledge assistance | promise assistance | offer assistance | offer help | pledge help | promise help | vow help
noun 033 : aid pledge
verb 033 : be willing provide | be ready provide | be prepared provide | be willing send aid | be ready send aid

# 0331 Express intent to provide economic aid
verb 0331 : pledge economic aid | pledge financial aid | pledge financial assistance | pledge economic assistance | promise economic aid | offer economic aid | offer financial aid | offer financial assistance | promise financial aid | pledge loan
verb 0331 : offer loan | promise loan | pledge million | pledge billion | promise million | promise billion | offer million | offer billion | pledge fund | promise fund
verb 0331 : pledge funding | promise funding | offer debt relief | pledge debt relief

# 0332 Express intent to provide military aid
verb 0332 : pledge military aid | offer military aid | promise military aid | pledge military assistance | offer military assistance | promise military assistance | pledge military support | offer military support | promise military support | pledge weapon
verb 0332 : promise weapon | offer weapon | pledge arm | promise arm | offer arm | pledge tank | promise tank | pledge ammunition | promise ammunition | pledge air defense
verb 0332 : pledge air defence | promise air defense | promise air defence | offer troop

# 0333 Express intent to provide humanitarian aid
verb 0333 : pledge humanitarian aid | offer humanitarian aid | promise humanitarian aid | pledge humanitarian assistance | offer humanitarian assistance | promise humanitarian assistance | pledge food aid | offer food aid | offer relief | pledge relief
verb 0333 : offer shelter

# 0334 Express intent to provide military protection or peacekeeping
verb 0334 : offer peacekeeper | pledge peacekeeper | promise peacekeeper | contribute troop | contribute peacekeeper | pledge troop | offer protection | pledge protection | promise protection | offer security guarantee
verb 0334 : pledge security guarantee | pledge defend | vow defend | promise defend
verb 0334 : be ready contribute troop | be willing contribute troop | be ready send troop | be willing send troop | be ready send peacekeeper

# 034 Express intent to institute political reform, not specified below
verb 034 : pledge reform | promise reform | vow reform | pledge democratic reform | promise political reform | announce reform

# 0341 Express intent to change leadership
verb 0341 : promise election | pledge election | promise step down | pledge step down | offer resign | offer resignation | agree step down | agree resign | agree election | agree hold election
verb 0341 : pledge hold election | promise early election

# 0342 Express intent to change policy
verb 0342 : promise change | pledge change | pledge review | agree review | promise reconsider | agree reconsider | pledge reverse | promise scrap | promise abolish | promise repeal
verb 0342 : pledge repeal | agree repeal

# 0343 Express intent to provide rights
verb 0343 : pledge respect right | pledge respect human right | promise protect right | pledge protect right | promise right | promise freedom | pledge freedom

# 0344 Express intent to change institutions, regime
verb 0344 : pledge constitutional reform | promise constitutional reform | promise referendum | pledge referendum | promise new constitution | offer referendum | offer autonomy | promise autonomy | pledge autonomy

# 035 Express intent to yield, not specified below
verb 035 : offer concession | promise concession | offer compromise | agree compromise | signal compromise | pledge compromise

# 0351 Express intent to ease administrative sanctions
verb 0351 : promise lift ban | agree lift ban | pledge lift ban | promise ease restriction | agree ease restriction | agree lift restriction | promise lift restriction | pledge lift restriction | pledge lift curfew | agree lift curfew
verb 0351 : promise lift curfew | promise lift state of emergency | agree lift state of emergency | promise end martial law

# 0352 Express intent to ease popular dissent
verb 0352 : promise end protest | agree end protest | agree call off strike | agree end strike | promise end strike | agree suspend protest | agree call off protest | offer call off protest

# 0353 Express intent to release persons or property
verb 0353 : agree release | promise release | pledge release | offer release | vow release | agree free | promise free | agree return | promise return | pledge return
verb 0353 : agree swap prisoner | agree prisoner exchange | agree prisoner swap | agree exchange prisoner | agree hand back | offer hand back | offer swap
verb 0353 : be willing release | be ready release | be prepared release | be willing free | be ready free

# 0354 Express intent to ease economic sanctions, boycott, or embargo
verb 0354 : agree lift sanction | promise lift sanction | pledge lift sanction | offer lift sanction | agree ease sanction | promise ease sanction | agree lift embargo | promise lift embargo | offer sanction relief | agree sanction relief
verb 0354 : agree end embargo | promise end embargo

# 0355 Express intent allow international involvement (not mediation)
verb 0355 : agree allow inspector | agree inspection | agree allow access | promise access | agree admit inspector | agree inspector | agree monitor | agree observer | promise allow inspector | agree international monitor
verb 0355 : agree international observer

# 0356 Express intent to de-escalate military engagement
verb 0356 : agree withdraw | promise withdraw | pledge withdraw | offer withdraw | agree pull out | agree pull back | promise pull out | agree de-escalate | agree disarm | promise disarm
verb 0356 : agree demobilize | agree disband | agree lay down arm | agree lay down weapon | pledge ceasefire | promise ceasefire | offer ceasefire | offer truce | propose ceasefire | propose truce
verb 0356 : offer cease-fire | agree withdrawal | agree troop withdrawal | agree reduce troop | promise de-escalate
noun 0356 : ceasefire proposal | ceasefire offer | truce offer | truce proposal
verb 0356 : be willing withdraw | be ready withdraw | be prepared withdraw | be willing pull out | be ready pull out | be willing lay down arm | be ready lay down arm | be willing disarm

# 036 Express intent to meet or negotiate
verb 036 : offer talk | offer negotiate | offer meet | agree meet | agree talk | agree negotiate | agree hold talk | agree resume talk | agree resume negotiation | agree return talk
verb 036 : promise return talk | agree return negotiating table | propose talk | propose meeting | propose dialogue | propose summit | offer dialogue | invite | extend invitation | accept invitation
verb 036 : express readiness talk | express willingness talk | express readiness negotiate | express willingness negotiate | offer host | agree summit | agree dialogue
noun 036 : invitation
verb 036 : be willing negotiate | be ready negotiate | be prepared negotiate | be willing talk | be ready talk | be ready for talk | be open to talk | be open to negotiation | be willing meet | be ready meet

# 037 Express intent to settle dispute
verb 037 : agree settle | offer settle | agree resolve dispute | pledge resolve dispute | promise resolve dispute | accept peace plan | accept plan | accept formula | accept settlement | agree settlement
verb 037 : offer settlement | agree peace plan | accept peace proposal | agree peaceful solution | agree political solution
noun 037 : peace plan | peace initiative | peace proposal | peace offer

# 038 Express intent to accept mediation
verb 038 : accept mediation | agree mediation | welcome mediation | accept mediator | agree international mediation

# 039 Express intent to mediate
verb 039 : offer mediate | offer mediation | propose mediation | offer broker | volunteer mediate | offer good office | agree mediate | offer facilitate talk | offer act as mediator
noun 039 : mediation offer

# ======================================================================
# 04 CONSULT
# ======================================================================

# 040 Consult, not specified below
verb 040 : meet | meet with + | hold meeting | hold meeting with + | have meeting | hold consultation | hold consultation with + | consult | consult with + | confer
verb 040 : confer with + | discuss | discuss with + | hold discussion | hold discussion with + | sit down with + | huddle with + | convene meeting | engage with + | hold bilateral meeting
verb 040 : hold closed-door meeting
verb 040 : shake hands with + | shake hand with +
noun 040 : meeting | consultation | bilateral meeting | consultative meeting

# 041 Discuss by telephone
verb 041 : phone | telephone | hold phone call | hold telephone call | hold phone conversation | hold telephone conversation | hold phone talk | hold telephone talk | have phone conversation | have telephone conversation
verb 041 : have phone call | speak by phone | speak by telephone | speak over phone | speak on phone | talk by phone | talk by telephone | talk on phone | make phone call | hold video call
verb 041 : hold video conference | hold videoconference | hold virtual meeting | hold video link | hold talk by phone | hold talk by telephone
noun 041 : phone call | telephone call | phone conversation | telephone conversation | phone talk | telephone talk | video call | video conference | videoconference
verb 041 : call + to discuss | speak with + by phone | speak with + by telephone | speak to + by phone | speak to + by telephone | talk with + by phone | talk to + by phone | hold phone call with + | hold telephone conversation with + | have phone call with +
verb 041 : have phone conversation with + | hold phone conversation with + | receive phone call from + | receive call from + | telephone + to discuss | phone + to discuss

# 042 Make a visit
verb 042 : visit | make visit to + | pay visit to + | pay visit | arrive in + | arrive for visit | travel to + | fly to + | head to + | land in +
verb 042 : tour | attend | depart for + | leave for + | set off for + | embark on visit | begin visit | start visit | end visit | wrap up visit
verb 042 : conclude visit | make trip to + | pay state visit | pay official visit | go on visit | make stopover in + | stop over in +
noun 042 : visit | state visit | official visit | trip | stopover | working visit
verb 042 : lead delegation to + | lead delegation on visit to +

# 043 Host a visit
verb 043 : host | receive | give welcome | give warm welcome | roll out red carpet for + | host visit | host talk | host summit | host meeting | greet
verb 043 : host delegation

# 044 Meet at a 'third' location
verb 044 : attend summit | attend conference | attend meeting | attend forum | attend talk | hold summit | gather for summit | attend peace conference
noun 044 : summit | peace conference | summit meeting

# 045 Mediate
verb 045 : mediate | broker | facilitate talk | facilitate negotiation | facilitate dialogue | act as mediator | serve as mediator | act as intermediary | serve as intermediary | arbitrate
verb 045 : shuttle between | intercede | host talk between
noun 045 : mediation | arbitration | shuttle diplomacy

# 046 Engage in negotiation
verb 046 : negotiate | negotiate with + | hold talk | hold talk with + | have talk | have talk with + | hold negotiation | hold negotiation with + | conduct negotiation | conduct talk
verb 046 : engage in talk | engage in negotiation | engage in dialogue | hold dialogue | resume talk | resume negotiation | resume dialogue | renew negotiation | renew talk | open talk
verb 046 : open negotiation | begin talk | begin negotiation | start talk | start negotiation | launch talk | enter negotiation | enter talk | continue talk | continue negotiation
verb 046 : work on peace plan | work on plan | work on peace deal | work on deal | work on agreement
verb 046 : develop peace plan | draft peace plan | draw up peace plan | hammer out deal | hammer out agreement | thrash out deal
verb 046 : bargain | participate in talk | take part in talk | join talk | return to negotiating table | return to talk | come to negotiating table | sit at negotiating table | hold peace talk
noun 046 : talk | negotiation | peace talk | dialogue | parley | peace negotiation

# ======================================================================
# 05 ENGAGE IN DIPLOMATIC COOPERATION
# ======================================================================

# 050 Engage in diplomatic cooperation, not specified below
verb 050 : upgrade tie | upgrade relation | restore tie | restore relation | restore diplomatic relation | normalize relation | normalize tie | normalise relation | strengthen tie | strengthen relation | upgrade relations | restore relations | restore diplomatic relations | normalize relations | normalise relations | strengthen relations
verb 050 : deepen tie | deepen relation | improve relation | improve tie | boost tie | bolster tie | mend tie | mend relation | mend fence | reopen embassy | deepen relations | improve relations | mend relations
verb 050 : return ambassador | reinstate ambassador | send ambassador | cooperate | cooperate with + | collaborate with + | ally with + | form alliance | forge alliance | forge tie
verb 050 : build tie

# 051 Praise or endorse
verb 051 : praise | commend | applaud | hail | laud | welcome | congratulate | thank | compliment | extol
verb 051 : acclaim | salute | approve of + | endorse | support | back | side with + | voice support for + | voice support | express support for +
verb 051 : express support | voice approval | express approval | express gratitude | express thanks | lend support | throw support behind | throw weight behind | give backing | give green light
verb 051 : champion | stand behind | rally behind | rally around | pay tribute | pay homage | honor | honour | express admiration | speak highly of +
noun 051 : praise | endorsement | congratulation | tribute | commendation

# 052 Defend verbally
verb 052 : defend | stand up for + | speak in defense of + | speak in defence of + | come to defense of + | come to defence of + | justify | vouch for + | stick up for + | stand by +
verb 052 : rush to defense of +

# 053 Rally support on behalf of
verb 053 : rally support for + | rally support | drum up support | mobilize support | mobilise support | muster support | garner support | gather support | build support | whip up support
verb 053 : canvass support | lobby for + | campaign for + | enlist support | seek international support

# 054 Grant diplomatic recognition
verb 054 : recognize | recognise | grant recognition | extend recognition | accord recognition | establish diplomatic relation | establish diplomatic tie | establish relation | establish tie | recognize independence | establish diplomatic relations | establish relations
verb 054 : recognize sovereignty
noun 054 : recognition | diplomatic recognition

# 055 Apologize
verb 055 : apologize | apologise | issue apology | offer apology | make apology | express apology | say sorry | express remorse | express regret | voice regret
verb 055 : beg forgiveness | ask forgiveness | seek forgiveness | ask for forgiveness
noun 055 : apology

# 056 Forgive
verb 056 : forgive | absolve | reconcile | reconcile with + | bury hatchet
noun 056 : reconciliation

# 057 Sign formal agreement
verb 057 : sign | sign agreement | sign deal | sign accord | sign treaty | sign pact | sign memorandum | sign mou | sign protocol | sign declaration
verb 057 : sign convention | sign peace | sign peace deal | ratify | conclude agreement | conclude deal | conclude treaty | reach agreement | reach deal | reach accord
verb 057 : strike deal | strike agreement | seal deal | seal agreement | clinch deal | clinch agreement | finalize deal | finalize agreement | finalise deal | ink deal
verb 057 : ink agreement | initial agreement | forge agreement | hammer out deal | hammer out agreement | agree deal | enter into agreement | renew agreement | extend agreement | extend treaty
verb 057 : agree on deal
noun 057 : agreement | deal | accord | treaty | pact | peace deal | peace agreement | peace accord | peace treaty | memorandum
noun 057 : trade agreement | trade deal | framework agreement

# ======================================================================
# 06 ENGAGE IN MATERIAL COOPERATION
# ======================================================================

# 060 Engage in material cooperation, not specified below
verb 060 : establish cooperation | expand cooperation | step up cooperation | boost cooperation | enhance cooperation | deepen cooperation | strengthen cooperation | increase cooperation | intensify cooperation | launch joint project
verb 060 : share expertise | share know-how | exchange expertise | exchange know-how | deepen partnership | strengthen partnership | expand partnership

# 061 Cooperate economically
verb 061 : trade with + | invest in + | sign contract | boost trade | increase trade | expand trade | export to + | import from + | supply gas | supply oil
verb 061 : deliver gas | supply energy | expand economic cooperation | boost economic tie | strengthen economic tie | deepen economic cooperation | set up joint venture | form joint venture | establish joint venture | open market
verb 061 : grant market access
noun 061 : joint venture | economic cooperation | trade cooperation

# 062 Cooperate militarily
verb 062 : hold joint exercise | conduct joint exercise | stage joint exercise | launch joint exercise | carry out joint exercise | hold joint drill | conduct joint drill | stage joint drill | train | join coalition
verb 062 : join military coalition | join force | form military alliance | conduct joint patrol | hold joint patrol | launch joint operation | conduct joint operation | expand military cooperation | boost military cooperation | strengthen military cooperation
verb 062 : deepen military tie | strengthen military tie | boost defense cooperation | boost defence cooperation | strengthen defence tie | strengthen defense tie | grant basing right
noun 062 : joint exercise | joint military exercise | joint drill | joint patrol | joint operation | military cooperation | defense cooperation | defence cooperation | military alliance
verb 062 : provide military training | provide training | conduct training for + | train troop | train soldier | train force | train pilot

# 063 Engage in judicial cooperation
verb 063 : extradite | hand over suspect | transfer suspect | turn over suspect | cooperate with investigation | cooperate with court | cooperate with tribunal | cooperate with probe | cooperate with inquiry | share evidence
verb 063 : provide evidence | provide legal assistance | sign extradition treaty | hand over fugitive
noun 063 : extradition | judicial cooperation

# 064 Share intelligence or information
verb 064 : share intelligence | share information | exchange intelligence | exchange information | provide intelligence | pass intelligence | pass information | give intelligence | supply intelligence | share data
noun 064 : intelligence sharing | information sharing | intelligence cooperation

# ======================================================================
# 07 PROVIDE AID
# ======================================================================

# 070 Provide aid, not specified below
verb 070 : aid | assist | help | provide aid | provide assistance | provide help | give aid | send aid | deliver aid | extend aid
verb 070 : extend assistance | donate | channel aid | ship aid | dispatch aid | rush aid | grant aid | give assistance | send assistance | deliver assistance
verb 070 : render assistance | provide support | supply | allocate aid | approve aid | earmark aid
noun 070 : aid | assistance | donation | aid package | aid shipment | aid delivery | foreign aid

# 071 Provide economic aid
verb 071 : provide economic aid | provide financial aid | provide financial assistance | provide economic assistance | provide loan | give loan | grant loan | extend loan | lend | approve loan
verb 071 : disburse loan | disburse fund | release fund | grant credit | extend credit | provide fund | provide funding | give money | donate million | send economic aid
verb 071 : give economic aid | grant economic aid | forgive debt | write off debt | cancel debt | reschedule debt | bail out | provide budget support | provide grant | finance
verb 071 : fund | approve funding | allocate fund | approve financial aid
noun 071 : economic aid | financial aid | financial assistance | economic assistance | loan | bailout | credit line | debt relief | budget support | development aid
verb 071 : provide million | provide billion | give million | give billion | allocate million | allocate billion | earmark million | earmark billion | donate billion | contribute million
verb 071 : contribute billion | grant million | grant billion | pledge and deliver million

# 072 Provide military aid
verb 072 : provide military aid | provide military assistance | send military aid | give military aid | deliver military aid | approve military aid | supply weapon | supply arm | send weapon | send arm
verb 072 : deliver weapon | deliver arm | provide weapon | provide arm | ship weapon | ship arm | sell weapon | sell arm | supply tank | send tank
verb 072 : deliver tank | provide tank | supply missile | deliver missile | provide missile | provide air defense | provide air defence | supply air defense | supply air defence | supply ammunition
verb 072 : send ammunition | provide ammunition | supply jet | deliver jet | supply fighter jet | supply drone | provide drone | provide military support | send military equipment | supply military equipment
verb 072 : provide military equipment | deliver military equipment | approve arm sale | approve weapon sale | arm rebel | transfer weapon
verb 072 : provide military intelligence | supply military intelligence | share military intelligence
noun 072 : military aid | military assistance | arm supply | arm shipment | arm delivery | weapon delivery | weapon shipment | arm sale | weapon supply | military support
noun 072 : security assistance | arm transfer | weapon transfer
verb 072 : give weapon | give firearm | give arm | donate weapon | provide firearm | supply firearm | deliver firearm | send firearm | provide + with weapon | provide + with arm
verb 072 : provide + with military equipment | supply + with weapon | supply + with arm | give military equipment | donate military equipment | hand over military equipment | deliver military hardware | provide military hardware

# 073 Provide humanitarian aid
verb 073 : provide humanitarian aid | send humanitarian aid | deliver humanitarian aid | provide humanitarian assistance | deliver humanitarian assistance | send humanitarian assistance | send relief | deliver relief | provide relief | send food
verb 073 : deliver food | provide food | distribute food | distribute aid | airdrop food | airdrop aid | airdrop | airlift | provide shelter | send medicine
verb 073 : deliver medicine | provide medicine | provide medical aid | send medical supply | send food aid | deliver food aid | send aid convoy | evacuate civilian | evacuate wounded | rescue
noun 073 : humanitarian aid | humanitarian assistance | food aid | emergency aid | medical aid | disaster relief | humanitarian relief | relief supply | relief aid | aid convoy
noun 073 : humanitarian convoy | relief convoy | emergency assistance
verb 073 : provide million humanitarian | provide billion humanitarian | give million humanitarian | allocate million humanitarian | announce million humanitarian | contribute million humanitarian | provide million in humanitarian | earmark million emergency aid | provide food assistance | provide food aid
verb 073 : send medical team | dispatch medical team | send medical expert | send doctor | send emergency supply | send relief supply | deliver relief supply | distribute relief | provide medical supply | donate medical supply
verb 073 : hand over medical supply | send medical equipment | donate medical equipment | hand over medical equipment | provide medical equipment | give medical equipment | evacuate resident | evacuate people | evacuate child | evacuate injured
verb 073 : carry out evacuation | conduct evacuation | distribute supply | deliver supply

# 074 Provide military protection or peacekeeping
verb 074 : deploy peacekeeper | send peacekeeper | dispatch peacekeeper | provide peacekeeper | deploy peacekeeping force | send peacekeeping force | provide protection | protect civilian | escort | provide security guarantee
verb 074 : extend security guarantee | guarantee security
noun 074 : peacekeeping mission | peacekeeping force | peacekeeping operation | protection force | peace-keeping force | peacekeeping troop

# 075 Grant asylum
verb 075 : grant asylum | give asylum | offer asylum | provide asylum | grant refuge | give refuge | offer refuge | grant political asylum | shelter | take in refugee
verb 075 : accept refugee | admit refugee | resettle refugee | grant refugee status
noun 075 : political asylum

# ======================================================================
# 08 YIELD
# ======================================================================

# 080 Yield, not specified below
verb 080 : yield | concede | give in | cave in | back down | relent | bow to pressure | capitulate | comply | comply with +
verb 080 : heed | heed call | withdraw | pay compensation | pay reparation | back off | soften stance
noun 080 : concession

# 081 Ease administrative sanctions, not specified below
verb 081 : ease restriction | lift restriction | relax restriction | loosen restriction | lift ban | ease ban | relax ban | lift travel ban | ease travel restriction | reopen border
verb 081 : reopen crossing | open border | open crossing | scrap restriction | remove restriction
verb 081 : lift curb | ease curb | relax curb | loosen curb | remove curb | lift travel curb | lift travel restriction | ease travel curb

# 0811 Ease restrictions on political freedoms
verb 0811 : lift censorship | ease censorship | restore internet | lift media restriction | lift press restriction | restore freedom | allow protest | lift internet restriction | restore press freedom

# 0812 Ease ban on political parties or politicians
verb 0812 : unban | lift ban party | lift ban opposition | legalize party | legalise party | legalize opposition | reinstate party | lift ban politician | allow opposition party

# 0813 Ease curfew
verb 0813 : lift curfew | ease curfew | relax curfew | end curfew | shorten curfew | reduce curfew | scrap curfew

# 0814 Ease state of emergency or martial law
verb 0814 : lift state of emergency | end state of emergency | revoke state of emergency | rescind state of emergency | lift emergency | lift emergency rule | end emergency rule | lift martial law | end martial law | revoke martial law
verb 0814 : ease state of emergency | lift emergency law
verb 0814 : ease emergency measure | lift emergency measure | relax emergency measure | end emergency measure | ease emergency regulation | lift emergency regulation

# 082 Ease political dissent
verb 082 : call off protest | call off strike | call off demonstration | call off rally | end protest | end strike | end hunger strike | end sit-in | end demonstration | suspend protest
verb 082 : suspend strike | suspend hunger strike | halt protest | stop protest | cancel protest | cancel strike | cancel rally | cancel demonstration | abandon protest | break off hunger strike
verb 082 : return to work | call off hunger strike

# 083 Accede to requests or demands for political reform not specified below
verb 083 : accede to demand | meet demand | meet request | bow to demand | agree demand | grant demand | give in demand | concede demand | yield to demand | cave in demand
verb 083 : accept demand | satisfy demand | introduce reform | implement reform | enact reform | carry out reform | launch reform | adopt reform | undertake reform

# 0831 Accede to demands for change in leadership
verb 0831 : resign | step down | stand down | quit post | quit office | quit position | announce resignation | tender resignation | submit resignation | hand in resignation
verb 0831 : hand over power | cede power | relinquish power | transfer power | abdicate | leave office | give up power
noun 0831 : resignation

# 0832 Accede to demands for change in policy
verb 0832 : change policy | reverse decision | reverse policy | scrap plan | abandon plan | drop plan | shelve plan | withdraw bill | withdraw law | repeal
verb 0832 : rescind | revoke decision | reverse course | backtrack | amend law | scrap | abolish | overturn decision | drop proposal | suspend plan

# 0833 Accede to demands for rights
verb 0833 : grant right | restore right | recognize right | recognise right | grant citizenship | extend right | enfranchise | emancipate | grant freedom | grant voting right
verb 0833 : restore citizenship

# 0834 Accede to demands for change in institutions, regime
verb 0834 : grant autonomy | amend constitution | change constitution | adopt new constitution | hold referendum | grant independence | approve referendum | introduce multiparty system | introduce constitutional reform

# 084 Return, release, not specified below
verb 084 : give back | hand back | return seized | return confiscated

# 0841 Return, release person(s)
verb 0841 : free | set free | release prisoner | release hostage | release detainee | release captive | release activist | release journalist | release dissident | release soldier
verb 0841 : release sailor | release fisherman | release crew | release suspect | release civilian | release prisoner of war | release pow | release national | release citizen | release aid worker
verb 0841 : release opposition leader | release protester | swap prisoner | exchange prisoner | trade prisoner | repatriate | parole | pardon | grant pardon | grant amnesty
verb 0841 : release on bail | free from custody | return prisoner | hand back prisoner | release + from prison | release + from jail | release + from custody | release + from detention | free + from prison | free + from jail
noun 0841 : prisoner release | hostage release | prisoner swap | prisoner exchange | pardon | release of prisoner | release of hostage
verb 0841 : let free | let go of prisoner
verb 0841 : release detained | release kidnapped | release abducted | release jailed | release imprisoned | release arrested | release + from captivity | free + from captivity | release people | release woman
verb 0841 : release child | release politician | release opposition member | release student | release migrant | release tourist | release christian | release foreigner | release political prisoner

# 0842 Return, release property
verb 0842 : return property | return land | return weapon | release ship | release vessel | release tanker | release cargo | return artifact | return territory | hand back territory
verb 0842 : return asset | release asset
verb 0842 : return antiquity | return artefact | return painting | return fossil | return relic | return stolen | return looted | repatriate artifact | repatriate artefact | repatriate antiquity

# 085 Ease economic sanctions, boycott, embargo
verb 085 : lift sanction | ease sanction | remove sanction | relax sanction | suspend sanction | lift embargo | ease embargo | end embargo | end sanction | lift boycott
verb 085 : end boycott | waive sanction | grant sanction relief | provide sanction relief | lift import ban | lift export ban | lift trade ban | lift tariff | unfreeze asset | unfreeze fund
verb 085 : remove from blacklist | roll back sanction | scale back sanction
noun 085 : sanction relief | sanction waiver
verb 085 : cut tariff | reduce tariff | lower tariff | roll back tariff | slash tariff | suspend tariff | remove tariff | scrap tariff | drop tariff | exempt from tariff

# 086 Allow international involvement not specified below
verb 086 : allow access | grant access | permit access | allow international involvement

# 0861 Receive deployment of peacekeepers
verb 0861 : accept peacekeeper | allow peacekeeper | welcome peacekeeper | receive peacekeeper | accept peacekeeping force | allow deployment | accept deployment

# 0862 Receive inspectors
verb 0862 : allow inspector | accept inspector | admit inspector | receive inspector | allow inspection | accept inspection | permit inspection | allow monitor | accept monitor | accept observer
verb 0862 : allow observer | grant access to inspector | let in inspector | resume cooperation with inspector | allow inspector return
verb 0862 : receive observer | receive monitor | welcome observer | welcome inspector | welcome monitor | host observer | allow return of inspector | allow inspector back | let inspector back

# 0863 Allow delivery of humanitarian aid
verb 0863 : allow aid | allow aid delivery | allow humanitarian access | allow humanitarian aid | allow aid convoy | allow convoy | open humanitarian corridor | allow delivery | permit aid | grant humanitarian access
verb 0863 : allow relief | open corridor | establish humanitarian corridor | create humanitarian corridor
noun 0863 : humanitarian corridor

# 087 De-escalate military engagement
verb 087 : de-escalate | ease tension | defuse tension | reduce tension | halt offensive | suspend offensive | halt attack | suspend attack | halt bombing | suspend bombing
verb 087 : stop bombing | stop attack | end fighting | stop fighting | halt fighting | end hostility | cease hostility | end war | halt advance | end offensive | end hostilities | cease hostilities
verb 087 : end bombing | scale back operation | scale down operation
noun 087 : de-escalation | humanitarian pause

# 0871 Declare truce, ceasefire
verb 0871 : declare ceasefire | declare truce | declare cease-fire | agree ceasefire | agree truce | agree cease-fire | sign ceasefire | sign truce | sign armistice | sign ceasefire agreement
verb 0871 : sign cease-fire | announce ceasefire | announce truce | announce cease-fire | call truce | call ceasefire | observe ceasefire | observe truce | respect ceasefire | respect truce
verb 0871 : honor ceasefire | honour ceasefire | extend ceasefire | extend truce | reach ceasefire | reach truce | reach cease-fire | reach ceasefire agreement | implement ceasefire | accept ceasefire
verb 0871 : accept truce | accept cease-fire | hold fire | cease fire | agree humanitarian pause | renew ceasefire | restore ceasefire
noun 0871 : ceasefire | cease-fire | truce | armistice | ceasefire agreement | ceasefire deal | truce agreement | cease-fire agreement | cessation of hostilities | cessation of hostility
verb 0871 : declare cessation of hostility | announce cessation of hostility | declare unilateral ceasefire | announce unilateral ceasefire | declare cessation of hostilities | announce cessation of hostilities
verb 0871 : agree cessation of hostilities | agree to cessation of hostilities | sign cessation of hostilities

# 0872 Ease military blockade
verb 0872 : lift blockade | ease blockade | end blockade | end siege | lift siege | relax blockade | ease siege | reopen port

# 0873 Demobilize armed forces
verb 0873 : demobilize | demobilise | disarm | disband | decommission weapon | reduce troop | cut troop | reduce force | hand over weapon | surrender weapon
verb 0873 : lay down arm | lay down weapon | give up arm | give up weapon | disband militia | dismantle militia
noun 0873 : demobilization | demobilisation | disarmament | decommissioning

# 0874 Retreat or surrender militarily
verb 0874 : surrender | retreat | withdraw troop | withdraw force | withdraw soldier | pull out | pull back | pull out troop | pull back troop | fall back
verb 0874 : abandon position | cede territory | give up territory | raise white flag | end occupation | evacuate troop | withdraw from territory | capitulate militarily
noun 0874 : withdrawal | troop withdrawal | pullout | pull-out | retreat | surrender | capitulation | military withdrawal
verb 0874 : begin withdrawal | start withdrawal | complete withdrawal | speed up withdrawal | accelerate withdrawal | carry out withdrawal | finish withdrawal

# ======================================================================
# 09 INVESTIGATE
# ======================================================================

# 090 Investigate, not specified below
verb 090 : investigate | probe | look into | inquire into | open investigation | launch investigation | launch probe | open probe | open inquiry | launch inquiry
verb 090 : set up inquiry | set up commission | order investigation | order probe | order inquiry | conduct investigation | carry out investigation | begin investigation | start investigation | initiate investigation
verb 090 : inspect | carry out inspection | conduct inspection | scrutinize | interrogate | examine | investigate incident | set up fact-finding mission | send fact-finding mission
noun 090 : investigation | probe | inquiry | inquest | inspection | fact-finding mission
verb 090 : re-examine | reexamine | re-inspect | reinspect | scrutinise

# 091 Investigate crime, corruption
verb 091 : investigate corruption | probe corruption | investigate fraud | probe fraud | investigate crime | investigate murder | investigate bribery | probe bribery | investigate embezzlement | investigate money laundering
verb 091 : probe money laundering | audit | launch corruption probe | open corruption investigation | open criminal investigation | launch criminal investigation | open criminal case | open criminal proceeding | investigate killing | open corruption probe
noun 091 : audit | corruption probe | corruption investigation | criminal investigation | fraud investigation | criminal case | corruption inquiry
verb 091 : put under investigation | place under investigation | open investigation into
verb 091 : open fraud investigation | launch fraud investigation | open fraud probe | launch fraud probe | open tax fraud investigation

# 092 Investigate human rights abuses
verb 092 : investigate abuse | investigate human right abuse | investigate human right violation | probe abuse | investigate torture | probe torture | investigate violation | document abuse | investigate disappearance | investigate extrajudicial killing
verb 092 : investigate mistreatment | investigate right abuse
noun 092 : human right investigation | right probe

# 093 Investigate military action
verb 093 : investigate attack | probe attack | investigate strike | investigate airstrike | investigate air strike | investigate bombing | investigate shelling | investigate clash | investigate shooting | investigate downing
verb 093 : investigate military operation | investigate raid | investigate explosion | probe airstrike | probe strike

# 094 Investigate war crimes
verb 094 : investigate war crime | probe war crime | investigate genocide | investigate crime against humanity | investigate atrocity | investigate massacre | probe massacre | open war crime investigation | launch war crime investigation | document war crime
verb 094 : probe atrocity | investigate alleged war crime | collect evidence war crime
noun 094 : war crime investigation | war crime probe | war crime inquiry | genocide investigation

# ======================================================================
# 10 DEMAND
# ======================================================================

# 100 Demand, not specified below
verb 100 : demand | insist on | press demand | issue demand | make demand | renew demand | reiterate demand

# 101 Demand information, investigation
verb 101 : demand investigation | demand inquiry | demand probe | demand explanation | demand information | demand answer | demand clarification | demand accountability | demand independent investigation | demand access to information
verb 101 : seek explanation | request explanation | demand details
verb 101 : demand that + investigate | demand that + explain | demand that + provide information | demand that + disclose

# 1011 Demand economic cooperation
verb 1011 : demand repayment | demand payment | demand market access | demand economic cooperation

# 1012 Demand military cooperation
verb 1012 : demand military cooperation | demand military support

# 1013 Demand judicial cooperation
verb 1013 : demand extradition | demand handover | demand hand over | demand surrender of suspect | demand extradite
verb 1013 : demand that + hand over | demand that + extradite | demand that + surrender suspect | demand that + turn over

# 1014 Demand intelligence cooperation
verb 1014 : demand intelligence

# 102 Demand policy support
verb 102 : demand support | demand recognition | demand backing | demand diplomatic support
verb 102 : demand that + support | demand that + recognize | demand that + recognise | demand that + back

# 103 Demand aid, protection, or peacekeeping
verb 103 : demand aid | demand assistance | demand help

# 1031 Demand economic aid
verb 1031 : demand fund | demand money | demand compensation | demand reparation | demand economic aid | demand financial aid | demand financial assistance | demand loan | demand funding | demand debt relief

# 1032 Demand military aid
verb 1032 : demand military aid | demand weapon | demand arm | demand military assistance | demand air defense | demand air defence | demand tank

# 1033 Demand humanitarian aid
verb 1033 : demand humanitarian aid | demand food | demand relief | demand humanitarian assistance | demand food aid

# 1034 Demand military protection or peacekeeping
verb 1034 : demand military presence | demand international presence | demand peacekeeper | demand protection | demand security guarantee | demand peacekeeping force | demand no-fly zone

# 104 Demand political reform, not specified below
verb 104 : demand reform | demand democracy | demand democratic reform | demand change | demand political reform
verb 104 : demand political change | demand sweeping change | demand wide-ranging change

# 1041 Demand change in leadership
verb 1041 : demand resignation | demand ouster | demand removal | demand step down | demand resign | demand election | demand early election | demand new election | demand impeachment | demand dismissal
verb 1041 : demand departure | demand snap election | demand quit
verb 1041 : demand that + resign | demand that + step down | demand that + quit | demand that + hold election | demand that + hold early election | demand that + leave office

# 1042 Demand policy change
verb 1042 : demand policy change | demand change policy | demand repeal | demand reversal | demand withdrawal bill | demand cancellation | demand abolition | demand scrap | demand reverse | demand withdrawal law
verb 1042 : demand abandon | demand abandon policy | demand drop plan | demand scrap plan | demand cancel plan | demand rescind | demand revoke | demand overturn
verb 1042 : demand that + abandon | demand that + scrap | demand that + repeal | demand that + reverse | demand that + withdraw bill | demand that + change policy | demand that + revoke | demand that + rescind | demand that + cancel plan

# 1043 Demand rights
verb 1043 : demand right | demand equal right | demand freedom | demand justice | demand wage | demand higher wage | demand pay rise | demand better condition | demand respect right
verb 1043 : demand grant right | demand more right | demand respect for right | demand recognition of right | demand grant + right
verb 1043 : demand that + grant right | demand that + respect right | demand that + recognize right | demand that + guarantee right

# 1044 Demand change in institutions, regime
verb 1044 : demand independence | demand autonomy | demand referendum | demand self-determination | demand constitutional change | demand new constitution | demand regime change | demand constitutional reform
verb 1044 : demand that + hold referendum | demand that + grant independence | demand that + grant autonomy | demand that + amend constitution | demand that + change constitution

# 105 Demand mediation
verb 105 : demand mediation | demand international mediation

# 1051 Demand easing of administrative sanctions
verb 1051 : demand lift ban | demand lift curfew | demand lift restriction | demand end state of emergency | demand lift state of emergency | demand end curfew | demand end restriction | demand end martial law | demand lift martial law
verb 1051 : demand end curb | demand lift curb | demand ease curb | demand ease restriction | demand relax restriction | demand remove restriction | demand ease ban | demand remove ban
verb 1051 : demand that + lift ban | demand that + end curb | demand that + lift curb | demand that + ease restriction | demand that + lift restriction | demand that + end restriction | demand that + lift curfew | demand that + lift state of emergency | demand that + end state of emergency | demand that + ease curb
verb 1051 : demand that + end martial law | demand that + lift martial law | demand that + relax restriction

# 1052 Demand easing of political dissent
verb 1052 : demand end protest | demand end strike | demand disperse | demand end demonstration | demand halt protest | demand call off strike | demand cancel strike
verb 1052 : demand that + end protest | demand that + end strike | demand that + call off strike | demand that + call off protest | demand that + cancel strike | demand that + disperse

# 1053 Demand release of persons or property
verb 1053 : demand release | demand return | demand free | demand hand back
verb 1053 : demand that + release | demand that + free | demand that + return | demand that + hand back

# 1054 Demand easing of economic sanctions, boycott, or embargo
verb 1054 : demand lift sanction | demand end sanction | demand lift embargo | demand end embargo | demand sanction relief | demand ease sanction
verb 1054 : demand that + lift sanction | demand that + end sanction | demand that + lift embargo | demand that + end embargo | demand that + ease sanction

# 1055 Demand that target allows international involvement (non-mediation)
verb 1055 : demand access | demand humanitarian access | demand inspection | demand allow inspector | demand unimpeded access | demand allow aid
verb 1055 : demand allow humanitarian | demand allow access | demand allow inspector | demand allow monitor | demand allow observer | demand allow aid | demand admit inspector
verb 1055 : demand that + allow inspector | demand that + allow access | demand that + allow aid | demand that + allow monitor | demand that + allow humanitarian | demand that + allow observer | demand that + admit inspector

# 1056 Demand de-escalation of military engagement
verb 1056 : demand end fighting | demand end violence | demand de-escalation | demand halt attack | demand stop attack | demand end bombing | demand stop bombing | demand halt offensive | demand end war | demand restraint
verb 1056 : demand lift blockade | demand end blockade | demand end siege | demand end hostility | demand end hostilities
verb 1056 : demand that + end fighting | demand that + end violence | demand that + halt attack | demand that + stop attack | demand that + stop bombing | demand that + lift blockade | demand that + end siege

# 106 Demand withdrawal
verb 106 : demand withdrawal | demand pullout | demand pull-out | demand withdraw | demand pull out | demand end occupation | demand departure troop | demand evacuation | demand troop withdrawal
verb 106 : demand that + withdraw | demand that + pull out | demand that + end occupation

# 107 Demand ceasefire
verb 107 : demand ceasefire | demand truce | demand cease-fire | demand cessation | demand cessation hostility | demand cessation hostilities
verb 107 : demand that + declare ceasefire | demand that + observe ceasefire | demand that + cease fire | demand that + stop fighting

# 108 Demand meeting, negotiation
verb 108 : demand talk | demand negotiation | demand meeting | demand dialogue | demand resumption talk | insist on talk | demand summit
verb 108 : demand that + negotiate | demand that + resume talk | demand that + hold talk | demand that + return to negotiating table

# ======================================================================
# 11 DISAPPROVE
# ======================================================================

# 110 Disapprove, not specified below
verb 110 : disapprove | oppose | object to | express disapproval | express displeasure | express dissatisfaction | voice opposition | express opposition | voice disapproval | voice displeasure
verb 110 : voice objection | raise objection | express reservation | voice reservation | frown on | take issue with + | express dismay | voice dismay | express disappointment | voice disappointment
verb 110 : express anger | voice anger | dispute | lament | regret | bemoan | complain | question legitimacy | express frustration | voice frustration
noun 110 : disapproval

# 111 Criticize or denounce
verb 111 : criticize | criticise | condemn | denounce | slam | blast | lambaste | rebuke | censure | castigate
verb 111 : berate | chastise | excoriate | deplore | decry | assail | scold | reprimand | rap | fault
verb 111 : lash out at + | hit out at + | round on + | take aim at + | deride | ridicule | mock | vilify | disparage | belittle
verb 111 : insult | smear | admonish | reproach | upbraid | rail against + | speak out against + | voice criticism | express criticism | level criticism at +
verb 111 : issue condemnation | express condemnation | voice condemnation | express outrage | voice outrage | express indignation | brand | pillory | tear into +
noun 111 : criticism | condemnation | denunciation | rebuke | censure

# 112 Accuse, not specified below
verb 112 : accuse | blame | point finger at + | hold responsible | hold accountable | implicate | incriminate | level accusation | make accusation | lodge accusation
verb 112 : trade accusation | trade blame | exchange accusation | lay blame on + | pin blame on +
noun 112 : accusation | allegation
verb 112 : present evidence against + | produce evidence against + | provide evidence against +

# 1121 Accuse of crime, corruption
verb 1121 : accuse of corruption | accuse of fraud | accuse of crime | accuse of bribery | accuse of embezzlement | accuse of money laundering | accuse of terrorism | accuse of smuggling | accuse of theft | accuse of murder
verb 1121 : accuse of rigging | accuse of graft | accuse of abuse of power

# 1122 Accuse of human rights abuses
verb 1122 : accuse of human right | accuse of abuse | accuse of torture | accuse of persecution | accuse of repression | accuse of mistreatment | accuse of discrimination | accuse of rape | accuse of abduct | accuse of illegal detention

# 1123 Accuse of aggression
verb 1123 : accuse of aggression | accuse of attack | accuse of shell | accuse of violate ceasefire | accuse of violate truce | accuse of breach ceasefire | accuse of invade | accuse of invasion | accuse of provocation | accuse of bomb
verb 1123 : accuse of strike | accuse of escalation | accuse of escalate | blame for attack | blame for bombing | blame for shelling | blame for strike | blame for explosion | blame for airstrike | blame for ceasefire violation
verb 1123 : accuse of incursion | accuse of violate airspace

# 1124 Accuse of war crimes
verb 1124 : accuse of war crime | accuse of genocide | accuse of crime against humanity | accuse of ethnic cleansing | accuse of atrocity | accuse of massacre

# 1125 Accuse of espionage, treason
verb 1125 : accuse of spy | accuse of espionage | accuse of treason | accuse of sabotage | accuse of collaborate

# 113 Rally opposition against
verb 113 : rally opposition | mobilize opposition | campaign against + | lobby against + | build coalition against + | form coalition against + | urge boycott | call for boycott | call for isolation | call for sanction
verb 113 : urge sanction | press for sanction | push for sanction | seek sanction | urge isolate | call for tougher sanction | rally international opposition | call for expulsion

# 114 Complain officially
verb 114 : lodge complaint | file complaint | lodge protest | file protest | send protest note | deliver protest note | hand protest note | issue protest | register protest | lodge formal protest
verb 114 : lodge objection | send letter of protest | complain to + | summon | summon ambassador | summon envoy | summon diplomat | summon charge d'affaires | make representation | lodge diplomatic protest
noun 114 : complaint | protest note | diplomatic protest | formal protest | demarche | démarche | note of protest

# 115 Bring lawsuit against
verb 115 : sue | file lawsuit | file suit | file case | bring lawsuit | bring case | bring suit | take to court | take legal action | launch legal action
verb 115 : initiate legal proceeding | launch lawsuit | file petition | petition court | challenge in court | drag to court | institute proceeding | appeal ruling | appeal verdict | appeal decision
verb 115 : appeal sentence | appeal to court | appeal to tribunal | file appeal | lodge appeal | take case to court
noun 115 : lawsuit | legal action | legal challenge | court case | legal complaint

# 116 Find guilty or liable (legally)
verb 116 : convict | find guilty | sentence | find liable | rule against | hand down sentence | pass sentence | pronounce guilty | declare guilty | condemn to death
verb 116 : sentence to death | impose fine | impose sentence | fine | find responsible | order to pay | sentence in absentia
noun 116 : conviction | guilty verdict | death sentence | prison sentence | jail sentence | jail term | prison term

# ======================================================================
# 12 REJECT
# ======================================================================

# 120 Reject, not specified below
verb 120 : reject | rule out | turn down | spurn | rebuff | repudiate | refuse | decline | brush aside | brush off
verb 120 : shrug off | snub | ignore
noun 120 : rejection | refusal

# 121 Reject material cooperation
verb 121 : reject cooperation | refuse cooperate | refuse cooperation | rule out cooperation | reject cooperation offer

# 1211 Reject economic cooperation
verb 1211 : reject economic cooperation | reject trade | reject investment | block investment | refuse trade | reject trade deal | reject free trade | block trade deal | rule out trade deal
verb 1211 : reject proposal for free trade | reject proposal for trade agreement | reject proposal for trade deal | reject free trade agreement

# 1212 Reject military cooperation
verb 1212 : reject military cooperation | refuse military cooperation | refuse join coalition | reject military alliance | reject defense pact | reject defence pact | refuse military base | reject military base | rule out military cooperation

# 122 Reject request or demand for material aid, not specified below
verb 122 : refuse aid | deny aid | reject aid request | refuse assistance | refuse help | reject request for aid | rule out aid | reject request for assistance

# 1221 Reject request for economic aid
verb 1221 : refuse loan | reject loan | deny loan | reject bailout | refuse bailout | refuse debt relief | reject debt relief | rule out bailout | rule out debt relief | refuse fund
verb 1221 : reject funding request

# 1222 Reject request for military aid
verb 1222 : refuse weapon | refuse arm | reject arm request | refuse military aid | reject military aid | refuse supply weapon | rule out send weapon | rule out supply weapon | refuse send weapon | rule out supply arm
verb 1222 : refuse supply arm | reject request for weapon | rule out send tank | refuse send tank | rule out provide weapon | refuse provide weapon | rule out military aid

# 1223 Reject request for humanitarian aid
verb 1223 : refuse humanitarian aid | reject humanitarian aid | refuse food aid | reject request for humanitarian aid

# 1224 Reject request for military protection or peacekeeping
verb 1224 : refuse protection | refuse send peacekeeper | rule out send peacekeeper | rule out send troop | refuse send troop | rule out no-fly zone | reject no-fly zone | refuse deploy | rule out deploy troop | rule out ground troop
verb 1224 : reject request for peacekeeper
verb 1224 : reject call for peacekeeper | reject call for peacekeeping force | reject request for peacekeeping force | reject deployment of peacekeeper | reject deployment of peacekeeping force

# 123 Reject request or demand for political reform, not specified below
verb 123 : reject reform | refuse reform | rule out reform | resist reform | block reform | oppose reform

# 1231 Reject request for change in leadership
verb 1231 : decline resign | decline step down | refuse resign | refuse step down | reject call resignation | reject resignation call | rule out resign | rule out resignation | rule out step down | refuse quit | refuse relinquish power | refuse cede power
verb 1231 : refuse hand over power | cling to power | rule out election | refuse hold election | rule out early election | refuse leave office

# 1232 Reject request for policy change
verb 1232 : refuse change | refuse change policy | refuse reverse | rule out change | refuse reconsider | refuse repeal | refuse scrap | refuse abandon | rule out change policy | rule out policy change
verb 1232 : refuse withdraw bill | reject call change policy

# 1233 Reject request for rights
verb 1233 : deny right | refuse grant right | reject demand for right | refuse recognize right | deny citizenship | reject equal right

# 1234 Reject request for change in institutions, regime
verb 1234 : reject referendum | refuse referendum | rule out referendum | reject autonomy | rule out autonomy | reject independence | rule out independence | reject constitutional change | reject constitutional reform | refuse autonomy
verb 1234 : rule out constitutional change

# 124 Refuse to yield, not specified below
verb 124 : refuse to yield | refuse yield | rule out concession | rule out compromise | refuse concession | reject concession | refuse compromise | reject compromise | refuse back down | stand firm
verb 124 : hold firm | refuse bow | refuse give in | refuse budge | reject demand | refuse demand | reject ultimatum | defy ultimatum | ignore ultimatum | defy demand
verb 124 : refuse comply | vow not back down | dig in heel | reject pressure | resist pressure | defy pressure

# 1241 Refuse to ease administrative sanctions
verb 1241 : refuse lift ban | refuse lift curfew | refuse lift restriction | rule out lift restriction | refuse ease restriction | rule out ease restriction | refuse lift state of emergency | refuse end state of emergency | refuse lift martial law | rule out lift ban

# 1242 Refuse to ease popular dissent
verb 1242 : refuse end protest | refuse end strike | vow continue protest | vow continue strike | refuse call off | refuse disperse | vow keep protest | refuse call off strike | refuse call off protest | refuse end hunger strike

# 1243 Refuse to release persons or property
verb 1243 : refuse release | refuse free | reject release | rule out release | refuse hand over | refuse return | refuse extradite | refuse extradition | reject extradition | rule out extradition
verb 1243 : rule out extradite | refuse hand back | reject release demand

# 1244 Refuse to ease economic sanctions, boycott, or embargo
verb 1244 : refuse lift sanction | rule out lift sanction | reject lift sanction | refuse ease sanction | rule out ease sanction | refuse lift embargo | rule out lift embargo | maintain sanction | keep sanction | rule out sanction relief
verb 1244 : refuse sanction relief | reject sanction relief

# 1245 Refuse to allow international involvement (non mediation)
verb 1245 : refuse access | deny access | block aid | block humanitarian aid | block aid delivery | block aid convoy | refuse entry | bar inspector | refuse inspector | refuse inspection
verb 1245 : reject inspection | reject peacekeeper | refuse peacekeeper | reject international involvement | reject interference | reject foreign interference | refuse monitor | reject monitor | refuse observer | bar observer
verb 1245 : block inspection | deny entry inspector | deny humanitarian access | refuse humanitarian access | block humanitarian access | ban relief flight | reject international monitor

# 1246 Refuse to de-escalate military engagement
verb 1246 : refuse withdraw | rule out withdrawal | rule out withdraw | reject withdrawal | refuse pull out | refuse ceasefire | reject ceasefire | rule out ceasefire | reject cease-fire | rule out cease-fire
verb 1246 : reject truce | refuse truce | rule out truce | vow continue fighting | vow fight on | vow continue offensive | vow continue war | refuse surrender | refuse lay down arm | refuse disarm
verb 1246 : reject call ceasefire | reject call truce | press on with offensive | rule out retreat | refuse retreat | reject disarmament | refuse demobilize | reject call withdraw | vow press on

# 125 Reject proposal to meet, discuss, or negotiate
verb 125 : reject proposal | reject offer | rule out talk | reject talk | refuse talk | refuse negotiate | rule out negotiation | reject negotiation | refuse meet | rule out meeting
verb 125 : rule out meet | reject invitation | decline invitation | reject dialogue | refuse dialogue | snub talk | refuse attend | boycott talk | boycott summit | boycott meeting
verb 125 : boycott negotiation | rebuff offer | reject offer talk | rule out dialogue | refuse sit down with + | reject call talk | rebuff call talk | rule out summit | reject summit | refuse negotiation
verb 125 : reject meeting | refuse hold talk

# 126 Reject mediation
verb 126 : reject mediation | refuse mediation | rule out mediation | reject mediator | rebuff mediation | reject offer mediate | reject arbitration | refuse arbitration | reject mediation offer | spurn mediation
verb 126 : rule out third-party mediation | refuse mediator

# 127 Reject plan, agreement to settle dispute
verb 127 : reject plan | reject peace plan | reject peace proposal | reject agreement | reject deal | reject peace deal | reject accord | reject settlement | reject treaty | reject roadmap
verb 127 : reject road map | reject initiative | reject peace initiative | reject peace | refuse sign | refuse ratify | renounce agreement | renounce treaty | tear up agreement | tear up treaty
verb 127 : scrap agreement | scrap deal | scrap treaty | withdraw from treaty | withdraw from agreement | withdraw from deal | withdraw from accord | withdraw from pact | pull out of treaty | pull out of agreement
verb 127 : pull out of deal | pull out of accord | suspend agreement | suspend treaty | suspend participation in treaty | abandon agreement | abandon deal | exit deal | exit agreement | quit agreement
verb 127 : quit deal | quit treaty | reject peace accord | reject peace agreement | walk away from deal

# 128 Defy norms, law
verb 128 : defy | flout | violate | breach | disobey | contravene | ignore resolution | violate international law | break international law | evade sanction
verb 128 : circumvent sanction | ignore ruling | break law | break rule | break promise | renege on | disregard | violate sanction | violate agreement | violate resolution
verb 128 : defy resolution | defy court | breach agreement | breach international law | violate constitution | defy ban | defy order
noun 128 : defiance

# 129 Veto
verb 129 : veto | block resolution | use veto | exercise veto | cast veto | wield veto | block bill | block legislation | veto resolution | veto bill
noun 129 : veto

# ======================================================================
# 13 THREATEN
# ======================================================================

# 130 Threaten, not specified below
verb 130 : threaten | warn | warn of consequence | issue warning | issue threat | make threat | intimidate | menace | threaten consequence | warn against
verb 130 : warn of repercussion | threaten retribution | issue stern warning | renew threat
noun 130 : threat | warning | intimidation

# 131 Threaten non-force, not specified below
verb 131 : threaten withdraw | threaten quit | threaten leave | threaten resign | threaten sue | threaten legal action | threaten cut gas | threaten cut off supply | threaten cut supply | threaten cut energy
verb 131 : threaten halt supply | threaten retaliatory measure | threaten countermeasure | threaten response

# 1311 Threaten to reduce or stop aid
verb 1311 : threaten cut aid | threaten suspend aid | threaten withhold aid | threaten stop aid | threaten halt aid | threaten cut fund | threaten cut funding | threaten withhold fund | threaten withhold funding | threaten freeze aid
verb 1311 : threaten end aid | threaten cut military aid | threaten cut assistance | threaten suspend funding | warn of aid cut

# 1312 Threaten to boycott, embargo, or sanction
verb 1312 : threaten sanction | threaten impose sanction | threaten embargo | threaten tariff | threaten impose tariff | threaten economic sanction | warn of sanction | threaten new sanction | threaten economic consequence | threaten trade war
verb 1312 : threaten impose embargo | threaten blacklist | threaten further sanction | threaten tougher sanction | threaten economic boycott

# 1313 Threaten to reduce or break relations
verb 1313 : threaten cut tie | threaten sever tie | threaten break relation | threaten break off relation | threaten downgrade relation | threaten recall ambassador | threaten expel ambassador | threaten expel diplomat | threaten sever relation | threaten cut relation | threaten break relations | threaten break off relations | threaten downgrade relations | threaten sever relations | threaten cut relations
verb 1313 : threaten break tie | threaten downgrade tie | threaten close embassy | threaten secede | threaten suspend relation | threaten suspend relations

# 132 Threaten with administrative sanctions, not specified below
verb 132 : threaten ban | threaten arrest | threaten prosecute | threaten prosecution | threaten deport | threaten expel | threaten restriction | threaten jail | threaten imprison

# 1321 Threaten to impose restrictions on political freedoms
verb 1321 : threaten restrict | threaten censor | threaten close newspaper | threaten block internet | threaten shut down internet | threaten restrict freedom | threaten crack down on media | threaten ban protest | threaten ban demonstration | threaten ban rally
verb 1321 : threaten block website

# 1322 Threaten to ban political parties or politicians
verb 1322 : threaten ban party | threaten outlaw | threaten ban opposition | threaten dissolve party | threaten disqualify | threaten bar candidate | threaten ban candidate | threaten outlaw party

# 1323 Threaten to impose curfew
verb 1323 : threaten curfew | threaten impose curfew | warn of curfew | threaten reimpose curfew

# 1324 Threaten to impose state of emergency or martial law
verb 1324 : threaten martial law | threaten state of emergency | threaten declare state of emergency | threaten emergency rule | threaten impose martial law | threaten declare martial law | threaten impose state of emergency | warn of martial law

# 133 Threaten political dissent, protest
verb 133 : threaten protest | threaten strike | threaten demonstration | threaten boycott | threaten boycott election | threaten unrest | threaten mass protest | threaten general strike | threaten hunger strike | threaten walk out
verb 133 : threaten walkout | threaten rally | threaten sit-in | threaten street protest | threaten civil disobedience | threaten take to street

# 134 Threaten to halt negotiations
verb 134 : threaten halt talk | threaten walk out of talk | threaten quit talk | threaten suspend talk | threaten withdraw from talk | threaten end talk | threaten break off talk | threaten abandon talk | threaten pull out of talk | threaten halt negotiation
verb 134 : threaten suspend negotiation | threaten end negotiation | threaten withdraw from negotiation | threaten boycott talk | threaten quit negotiation | threaten abandon negotiation

# 135 Threaten to halt mediation
verb 135 : threaten halt mediation | threaten end mediation | threaten quit mediation | threaten abandon mediation | threaten suspend mediation | threaten withdraw mediation | threaten end mediation effort | threaten withdraw as mediator | threaten quit as mediator

# 136 Threaten to halt international involvement (non-mediation)
verb 136 : threaten expel inspector | threaten withdraw peacekeeper | threaten expel peacekeeper | threaten expel observer | threaten expel monitor | threaten expel aid worker | threaten expel aid agency | threaten withdraw observer | threaten withdraw monitor | threaten end cooperation with inspector
verb 136 : threaten halt inspection | threaten ban inspector | threaten expel ngo | threaten pull out peacekeeper

# 137 Threaten with violent repression
verb 137 : threaten crack down | threaten crackdown | threaten crush | warn of crackdown | threaten repression | vow crush | vow crack down | threaten use force against protester | threaten force against demonstrator | threaten violent crackdown
verb 137 : threaten shoot protester | vow crush protest | threaten crush protest | threaten crush rebellion | vow crush rebellion

# 138 Threaten to use military force, not specified below
verb 138 : threaten military action | threaten force | threaten use force | threaten war | threaten military force | threaten military response | threaten retaliation | threaten retaliate | warn of military action | warn of retaliation
verb 138 : warn of war | threaten military intervention | threaten intervene | threaten intervention | vow retaliation | vow revenge | vow retaliate | vow avenge | vow respond | warn of military response
verb 138 : threaten military retaliation | threaten armed response | vow respond militarily | vow military response | threaten forceful response | threaten harsh response | vow harsh response | warn of harsh response

# 1381 Threaten blockade
verb 1381 : threaten blockade | threaten impose blockade | threaten close strait | threaten block strait | threaten close border | threaten naval blockade | threaten seal border | threaten close airspace | threaten siege | threaten besiege
verb 1381 : threaten close port | threaten block shipping

# 1382 Threaten occupation
verb 1382 : threaten invade | threaten invasion | threaten occupy | threaten annex | threaten seize territory | threaten take over | threaten occupation | threaten annexation | threaten seize control | threaten ground invasion
verb 1382 : threaten ground operation | warn of invasion

# 1383 Threaten unconventional violence
verb 1383 : threaten kill | threaten execute | threaten behead | threaten kill hostage | threaten execute hostage | threaten suicide attack | threaten bombing | threaten terror attack | threaten terrorist attack | threaten kidnap
verb 1383 : threaten assassinate | threaten abduct | threaten bomb attack | threaten suicide bombing | threaten kill civilian | issue death threat | make death threat | send death threat | threaten murder
verb 1383 : threaten resume terrorist activity | threaten terrorist activity | threaten resume terror attack | threaten resume suicide attack | threaten resume suicide bombing
noun 1383 : death threat | bomb threat | terror threat

# 1384 Threaten conventional attack
verb 1384 : threaten attack | threaten strike target | threaten military strike | threaten retaliatory strike | threaten air strike | threaten airstrike | threaten missile strike | threaten bomb | threaten shell | threaten destroy
verb 1384 : threaten wipe out | threaten annihilate | threaten launch attack | threaten offensive | threaten launch offensive | threaten ground offensive | threaten preemptive strike | threaten pre-emptive strike | threaten bombing campaign | threaten missile attack
verb 1384 : threaten drone strike | threaten shoot down | threaten sink | threaten fire on | threaten target | vow strike | vow attack | vow hit | vow destroy | threaten military attack

# 1385 Threaten attack with WMD
verb 1385 : threaten nuclear | threaten nuclear strike | threaten nuclear attack | threaten nuclear war | threaten use nuclear weapon | threaten chemical | threaten chemical attack | threaten use chemical weapon | threaten wmd | threaten use wmd
verb 1385 : warn of nuclear | threaten nuclear response | threaten nuclear retaliation | threaten biological attack | threaten nuclear annihilation | warn of nuclear war | threaten deploy nuclear weapon
noun 1385 : nuclear threat | nuclear blackmail

# 139 Give ultimatum
verb 139 : issue ultimatum | give ultimatum | deliver ultimatum | set deadline | give deadline | impose deadline | present ultimatum | serve ultimatum | set ultimatum | issue final warning
verb 139 : give final warning
noun 139 : ultimatum | final warning

# ======================================================================
# 14 PROTEST
# ======================================================================

# 140 Engage in political dissent, not specified below
verb 140 : protest | dissent | rebel against + | revolt | rise up against + | rise up | agitate | mutiny | stage revolt | launch uprising
verb 140 : express dissent
verb 140 : collect signature | gather signature | launch signature campaign | launch petition drive
noun 140 : uprising | rebellion | revolt | mutiny | civil disobedience

# 141 Demonstrate or rally
verb 141 : demonstrate | rally | march | march on + | take to street | pour into street | stage protest | hold protest | launch protest | organize protest
verb 141 : organise protest | join protest | stage demonstration | hold demonstration | organize demonstration | organise demonstration | join demonstration | hold rally | stage rally | organize rally
verb 141 : organise rally | join rally | hold march | stage march | organize march | picket | chant slogan | gather to protest | stage mass protest | hold mass rally
verb 141 : call for protest | march in protest | protest outside | demonstrate outside | hold protest rally
noun 141 : protest | demonstration | rally | street protest | mass protest | anti-government protest | protest march | mass rally | protest rally | anti-war protest
noun 141 : protest movement | street demonstration | mass demonstration | protest action

# 1411 Demonstrate for leadership change
verb 1411 : protest demand resignation | rally demand resignation | demonstrate demand resignation | march demand resignation | protest demand ouster | demonstrate demand ouster | rally demand ouster | protest call for resignation | demonstrate call for resignation | protest demand step down
verb 1411 : demonstrate demand step down

# 1412 Demonstrate for policy change
verb 1412 : protest against law | protest against bill | protest against policy | protest against decision | protest against reform | protest against plan | protest against tax | protest against price | protest against austerity | protest against price hike
verb 1412 : protest against cut | demonstrate against law | demonstrate against bill | demonstrate against policy | demonstrate against austerity | demonstrate against plan | demonstrate against decision | demonstrate against tax | demonstrate against reform | rally against law
verb 1412 : rally against bill | rally against policy | rally against austerity | march against law | march against austerity | protest over law | protest over decision | protest over price | protest against war | demonstrate against war
verb 1412 : rally against war | march against war | protest against deal | protest against agreement | protest against construction | protest against ban

# 1413 Demonstrate for rights
verb 1413 : protest for right | demonstrate for right | rally for right | march for right | demonstrate for freedom | protest for freedom | rally for freedom | march for freedom | protest demand right | demonstrate demand right
verb 1413 : demonstrate for equal right | protest against discrimination | demonstrate against discrimination | rally against racism | march against racism | protest against racism | protest against police brutality | demonstrate for wage | protest for wage | protest demand justice
verb 1413 : march for justice | rally for justice | protest for justice
verb 1413 : protest right violation | protest human right violation | protest against right violation | protest against human right violation | protest abuse

# 1414 Demonstrate for change in institutions, regime
verb 1414 : demonstrate for independence | rally for independence | march for independence | protest for independence | demonstrate for democracy | rally for democracy | march for democracy | protest for democracy | demonstrate for autonomy | rally for autonomy
verb 1414 : protest for autonomy | demonstrate against regime | protest against regime | rally against regime | demonstrate demand referendum | protest demand referendum | demonstrate for referendum | protest against constitution | protest against constitutional change | demonstrate against constitutional amendment
verb 1414 : protest against coup | demonstrate against coup | rally against coup | march against coup | protest against junta | demonstrate against junta | protest against military rule

# 142 Conduct hunger strike, not specified below
verb 142 : go on hunger strike | stage hunger strike | begin hunger strike | launch hunger strike | start hunger strike | hold hunger strike | refuse food | continue hunger strike | join hunger strike | declare hunger strike
verb 142 : enter hunger strike
noun 142 : hunger strike

# 1422 Conduct hunger strike for policy change
verb 1422 : stage hunger strike against law | stage hunger strike against policy | go on hunger strike against law

# 1423 Conduct hunger strike for rights
verb 1423 : go on hunger strike for right | stage hunger strike for right

# 143 Conduct strike or boycott, not specified below
verb 143 : go on strike | stage strike | hold strike | call strike | call for strike | launch general strike | call general strike | stage general strike | hold general strike | organize strike
verb 143 : organise strike | organize general strike | declare strike | walk out | stage walkout | down tool | boycott | launch boycott | stage boycott | boycott election
verb 143 : boycott vote | boycott poll | boycott parliament | boycott session | boycott product | join strike | go on general strike | strike over pay | strike for pay | strike over wage
verb 143 : strike for higher wage
noun 143 : general strike | labor strike | labour strike | walkout | work stoppage | boycott | nationwide strike | national strike | transport strike | strike action
noun 143 : industrial action | teacher strike | worker strike | doctor strike
verb 143 : stop work | stop working | walk off job

# 1433 Conduct strike or boycott for rights
verb 1433 : stage strike for right | go on strike for right | strike for right

# 144 Obstruct passage, block
verb 144 : block | barricade | block road | block highway | block street | set up roadblock | erect barricade | erect roadblock | set up barricade | obstruct
verb 144 : occupy square | occupy building | occupy office | occupy parliament | occupy ministry | occupy campus | occupy factory | stage sit-in | hold sit-in | block access
verb 144 : block entrance | block border crossing | block traffic | block rail | block railway | block port | block bridge | blockade road | block motorway | block convoy
verb 144 : obstruct traffic | barricade road | chain themselves | stage blockade | picket entrance
noun 144 : sit-in | roadblock | barricade | road blockade | human chain

# 1441 Obstruct passage to demand leadership change
verb 1441 : block road demand resignation | blockade parliament demand resignation

# 1442 Obstruct passage to demand policy change
verb 1442 : block road in protest against | block road to protest | block highway in protest against | block road protest policy | block highway to protest | blockade road in protest

# 1443 Obstruct passage to demand rights
verb 1443 : block road demand right | block highway demand right

# 145 Protest violently, riot
verb 145 : riot | clash with police | clash with riot police | run amok | rampage | go on rampage | loot | hurl stone | throw stone | throw rock
verb 145 : hurl rock | throw petrol bomb | throw molotov cocktail | hurl molotov cocktail | hurl petrol bomb | throw molotov | pelt | storm embassy | storm parliament | storm building
verb 145 : storm government building | storm police station | storm capitol | storm palace | burn tire | burn tyre | set fire to police car | torch police car | ransack embassy
noun 145 : riot | violent protest | rioting | violent demonstration | street violence | looting

# 1451 Engage in violent protest for leadership change
verb 1451 : riot demand resignation | riot demand ouster | riot against government

# 1452 Engage in violent protest for policy change
verb 1452 : riot against law | riot against price hike | riot over price | riot against tax | riot over fuel price | riot against austerity | riot over law

# 1453 Engage in violent protest for rights
verb 1453 : riot demand right | riot over discrimination | riot against discrimination | riot against police brutality

# 1454 Engage in violent protest for  change in institutions, regime
verb 1454 : riot demand referendum | riot demand independence | riot for independence

# ======================================================================
# 15 EXHIBIT FORCE POSTURE
# ======================================================================

# 150 Demonstrate military or police power, not specified below
verb 150 : hold military exercise | conduct exercise | hold exercise | stage exercise | launch exercise | carry out exercise | hold drill | conduct drill | stage drill | launch drill
verb 150 : carry out drill | hold war game | conduct war game | stage war game | parade | hold military parade | stage military parade | show force | flex muscle | fly bomber
verb 150 : conduct missile test | carry out missile test | conduct nuclear test | carry out nuclear test | test missile | test weapon | patrol | conduct patrol | violate airspace | intrude into airspace
verb 150 : display military might | demonstrate military might | show of force | hold naval exercise | conduct naval exercise | hold naval drill | fly over | invade airspace
noun 150 : military exercise | military drill | war game | naval exercise | naval drill | missile test | nuclear test | show of force | military parade | live-fire exercise
noun 150 : live-fire drill | military maneuver | military manoeuvre | air patrol | naval patrol | airspace violation

# 151 Increase police alert status
verb 151 : raise police alert | put police on alert | place police on alert | raise terror alert | raise threat level | raise alert level | heighten police alert | raise terrorism alert | raise security alert | declare security alert
noun 151 : terror alert | security alert | police alert

# 152 Increase military alert status
verb 152 : put troop on alert | place troop on alert | put army on alert | put military on alert | put force on alert | place force on alert | place military on alert | place army on alert | put on alert | place on alert
verb 152 : raise military alert | remain on alert | go on alert | raise combat readiness | put on combat alert | put on high alert | place on high alert | declare combat readiness | put nuclear force on alert | increase combat readiness
verb 152 : put on war footing | place on war footing | remain on high alert | stay on alert
noun 152 : high alert | combat readiness | military alert | full alert | war footing | combat alert

# 153 Mobilize or increase police power
verb 153 : deploy police | send police | mobilize police | mobilise police | beef up security | tighten security | step up security | increase security | boost security | heighten security
verb 153 : reinforce security | increase police presence | step up patrol | order patrol | intensify patrol | increase patrol | deploy security force | deploy riot police | send riot police | bolster security
verb 153 : deploy additional police | deploy national guard | send national guard | call in national guard | deploy gendarme | step up security measure | tighten security measure | deploy paramilitary
noun 153 : police deployment | security buildup | police buildup | heavy police presence

# 154 Mobilize or increase armed forces
verb 154 : deploy | deploy troop | deploy soldier | deploy force | send troop | dispatch troop | send soldier | send warship | dispatch warship | deploy warship
verb 154 : send reinforcement | reinforce troop | reinforce force | reinforce position | reinforce unit | reinforce garrison | reinforce front | strengthen force | bolster force | mobilize | mobilise | mobilize reservist | call up | call up reservist | call up reserve
verb 154 : conscript | mass troop | amass troop | mass force | build up force | build up troop | move troop | station troop | station | increase troop
verb 154 : boost troop | bring in troop | rush troop | deploy tank | move tank | deploy missile | deploy aircraft | deploy fighter jet | send fighter jet | deploy bomber
verb 154 : send aircraft carrier | deploy aircraft carrier | deploy army | mobilize army | order mobilization | declare mobilization | announce mobilization | expand army | increase military presence | boost military presence
verb 154 : beef up military presence | redeploy troop | send additional troop | move force | deploy military | send military | position troop | gather troop
noun 154 : mobilization | mobilisation | military buildup | troop buildup | military build-up | troop build-up | deployment | troop deployment | reinforcement | troop surge
noun 154 : troop movement | military deployment | partial mobilization

# ======================================================================
# 16 REDUCE RELATIONS
# ======================================================================

# 160 Reduce relations, not specified below
verb 160 : suspend cooperation | halt cooperation | end cooperation | freeze cooperation | cut cooperation | scale back cooperation | downgrade cooperation | reduce cooperation | withhold cooperation | isolate
verb 160 : suspend membership | suspend air link | suspend flight | halt flight | cut air link | advise against travel | issue travel warning | issue travel advisory | withdraw support | distance from
verb 160 : suspend participation | boot out | suspend from | exclude from | kick out of | suspend military cooperation | suspend economic cooperation | cut link | sever link | suspend contact
verb 160 : cut contact | halt contact | freeze contact
noun 160 : travel warning | travel advisory | diplomatic boycott | suspension of air link | suspension of flight | suspension of air service | suspension of air links | suspension of flights

# 161 Reduce or break diplomatic relations
verb 161 : cut tie | sever tie | break tie | break off tie | sever relation | break off relation | break relation | cut relation | cut diplomatic tie | sever diplomatic tie | sever relations | break off relations | break relations | cut relations
verb 161 : sever diplomatic relation | break off diplomatic relation | downgrade relation | downgrade tie | downgrade diplomatic relation | recall ambassador | recall envoy | recall diplomat | withdraw ambassador | withdraw envoy | sever diplomatic relations | break off diplomatic relations | downgrade relations | downgrade diplomatic relations
verb 161 : withdraw diplomat | expel ambassador | expel diplomat | expel envoy | expel embassy staff | declare persona non grata | close embassy | shut embassy | shut down embassy | close consulate
verb 161 : shut consulate | suspend relation | suspend diplomatic relation | suspend tie | freeze relation | freeze tie | reduce relation | reduce tie | cancel visit | call off visit | suspend relations | suspend diplomatic relations | freeze relations | reduce relations
verb 161 : postpone visit | scrap visit | cancel trip | call off trip | postpone trip | cancel meeting | call off meeting | cancel summit | call off summit | postpone summit
verb 161 : withdraw recognition | derecognize | reduce diplomatic staff | order diplomat to leave | order ambassador to leave | downgrade diplomatic tie | reduce embassy staff
noun 161 : diplomatic expulsion

# 162 Reduce or stop aid, not specified below
verb 162 : cut aid | suspend aid | halt aid | stop aid | withhold aid | freeze aid | reduce aid | end aid | slash aid | withdraw aid
verb 162 : prohibit aid | cut off aid | suspend assistance | cut assistance | halt assistance | withhold assistance | stop assistance | freeze assistance | reduce assistance | end assistance
verb 162 : suspend aid delivery | halt aid delivery | scale back aid | curtail aid | ban aid
noun 162 : aid cut | aid suspension | aid freeze

# 1621 Reduce or stop economic assistance
verb 1621 : cut economic aid | suspend economic aid | halt economic aid | freeze economic aid | cut financial aid | suspend financial aid | halt financial aid | suspend loan | halt loan | freeze loan
verb 1621 : cancel loan | cut funding | suspend funding | halt funding | freeze funding | withhold funding | cut fund | withhold fund | freeze fund | suspend payment
verb 1621 : withhold payment | suspend budget support | suspend disbursement | cut development aid | suspend development aid | cut economic assistance | suspend economic assistance | suspend financial assistance | halt financial assistance | stop funding
verb 1621 : end funding | suspend credit | cut off funding | suspend fund
noun 1621 : funding cut | funding freeze

# 1622 Reduce or stop military assistance
verb 1622 : cut military aid | suspend military aid | halt military aid | freeze military aid | withhold military aid | stop military aid | end military aid | reduce military aid | suspend arm delivery | halt arm delivery
verb 1622 : halt weapon delivery | suspend weapon delivery | stop weapon delivery | halt arm sale | suspend arm sale | stop arm sale | freeze arm sale | halt weapon shipment | suspend weapon shipment | suspend military assistance
verb 1622 : cut military assistance | halt military assistance | cut military support | halt arm export | suspend arm export | stop arm export | stop weapon supply | halt weapon supply | cancel arm deal | suspend military program
verb 1622 : suspend military aid program | pause military aid | pause weapon delivery | halt arm shipment | suspend arm shipment

# 1623 Reduce or stop humanitarian assistance
verb 1623 : cut humanitarian aid | suspend humanitarian aid | halt humanitarian aid | stop humanitarian aid | cut food aid | suspend food aid | halt food aid | suspend humanitarian assistance | halt humanitarian assistance | cut humanitarian assistance
verb 1623 : suspend relief | halt relief | suspend relief operation | halt relief operation | suspend humanitarian operation | halt humanitarian operation | suspend food distribution | halt food distribution | pause aid delivery | suspend relief flight
verb 1623 : suspend food supply | reduce humanitarian aid | suspend humanitarian aid donation | cut food supply

# 163 Impose embargo, boycott, or sanctions
verb 163 : impose sanction | impose sanction on + | impose embargo | impose embargo on + | impose tariff | impose boycott | impose asset freeze | impose economic sanction | slap sanction on + | slap sanction
verb 163 : slap tariff | tighten sanction | toughen sanction | expand sanction | widen sanction | broaden sanction | extend sanction | renew sanction | reimpose sanction | sanction
verb 163 : blacklist | embargo | freeze asset | freeze account | cut gas | cut oil supply | cut energy supply | ban import | ban export | ban import from +
verb 163 : ban export to + | impose trade restriction | impose export control | impose import ban | impose export ban | impose trade ban | adopt sanction | approve sanction | announce sanction | unveil sanction
verb 163 : introduce sanction | impose new sanction | hit with sanction | target with sanction | impose financial sanction | ban arm export | cut off gas | stop gas supply | halt gas supply | impose oil embargo
verb 163 : impose arm embargo | impose punitive tariff | raise tariff
noun 163 : sanction | economic sanction | embargo | arm embargo | oil embargo | trade embargo | asset freeze | financial sanction | trade ban | import ban
noun 163 : export ban | punitive tariff | sanction package | economic blockade | trade sanction

# 164 Halt negotiations
verb 164 : halt talk | suspend talk | break off talk | call off talk | cancel talk | quit talk | walk out of talk | withdraw from talk | withdraw from negotiation | pull out of talk
verb 164 : pull out of negotiation | suspend negotiation | halt negotiation | break off negotiation | end negotiation | freeze talk | abandon talk | abandon negotiation | postpone talk | postpone negotiation
verb 164 : terminate talk | terminate negotiation | walk away from talk | walk away from negotiating table | leave negotiating table | storm out of talk | break off dialogue | suspend dialogue | halt dialogue | end dialogue
verb 164 : fail reach agreement | fail reach deal | fail reach accord | fail break deadlock | end without agreement | end without deal

# 165 Halt mediation
verb 165 : end mediation | halt mediation | suspend mediation | quit mediation | abandon mediation | withdraw from mediation | end mediation effort | suspend mediation effort | halt mediation effort | quit as mediator
verb 165 : step down as mediator | withdraw as mediator | end role as mediator | abandon mediation effort | pull out of mediation

# 166 Expel or withdraw, not specified below
verb 166 : withdraw staff | pull out staff | evacuate embassy | evacuate staff | withdraw personnel | pull out personnel | expel foreign mission
verb 166 : force + out of country | force + to leave country | order + out of country | order + to leave country

# 1661 Expel or withdraw peacekeepers
verb 1661 : expel peacekeeper | withdraw peacekeeper | pull out peacekeeper | order peacekeeper out | end peacekeeping mission | terminate peacekeeping mission | withdraw peacekeeping force | pull out peacekeeping force | reduce peacekeeper

# 1662 Expel or withdraw inspectors, observers
verb 1662 : expel inspector | withdraw inspector | pull out inspector | expel monitor | withdraw monitor | pull out monitor | expel observer | withdraw observer | pull out observer | order inspector out
verb 1662 : order observer out | order monitor out | end monitoring mission | withdraw monitoring mission | withdraw observer mission | end inspection

# 1663 Expel or withdraw aid agencies
verb 1663 : expel aid worker | expel aid agency | expel ngo | expel relief agency | expel relief worker | expel humanitarian worker | expel humanitarian agency | withdraw aid worker | pull out aid worker | withdraw relief worker
verb 1663 : force out aid agency | order aid agency out | shut down ngo | close ngo | ban ngo | ban aid agency | suspend ngo | expel charity | expel un agency

# ======================================================================
# 17 COERCE
# ======================================================================

# 170 Coerce, not specified below
verb 170 : pressure | pressurize | pressurise | coerce | force + to | force + into | compel | strong-arm | put pressure on + | exert pressure on + | step up pressure on +
verb 170 : increase pressure on + | ramp up pressure on + | pile pressure on + | apply pressure | apply pressure on + | pressure into | bully | blackmail | force into | arm-twist
verb 170 : pile pressure

# 171 Seize or damage property, not specified below
verb 171 : seize | plunder | pillage | steal | steal vehicle | steal property | seize property | seize ship | seize vessel | seize tanker | seize cargo | seize weapon | seize equipment
verb 171 : seize goods | capture ship | capture vessel | take over property | commandeer | hijack ship | expropriate property | seize oil tanker | seize land
noun 171 : seizure

# 1711 Confiscate property
verb 1711 : confiscate | expropriate | nationalize | nationalise | impound | requisition | confiscate property | confiscate land | confiscate asset | seize bank account
verb 1711 : confiscate passport | confiscate equipment | seize passport | seize land by force
noun 1711 : confiscation | expropriation | nationalization | nationalisation | land grab

# 1712 Destroy property
verb 1712 : raze | demolish | bulldoze | destroy | blow up | set fire to | set alight | set ablaze | torch | burn down
verb 1712 : burn | damage | vandalize | vandalise | deface | ransack | sabotage | wreck | tear down | flatten
verb 1712 : destroy home | demolish home | demolish house | destroy property | blow up bridge | blow up pipeline | blow up power line | blow up railway | blow up building | burn village
verb 1712 : burn house | burn home | loot and burn | firebomb | set on fire | raze to ground | level to ground
noun 1712 : demolition | arson | sabotage | destruction of property | house demolition | home demolition | arson attack

# 172 Impose administrative sanctions, not specified below
verb 172 : ban | impose ban | impose restriction | restrict | impose travel ban | bar from | revoke license | revoke licence | strip of | revoke citizenship
verb 172 : strip citizenship | lift immunity | strip immunity | revoke visa | deny visa | revoke accreditation | suspend license | place restriction | impose administrative sanction | restrict activity
verb 172 : ban entry | bar entry | deny entry | declare undesirable | designate as foreign agent | designate terrorist organization | list as terrorist | designate as terrorist
noun 172 : ban | travel ban | entry ban

# 1721 Impose restrictions on political freedoms
verb 1721 : ban protest | ban demonstration | ban rally | ban gathering | censor | shut down newspaper | close newspaper | block website | block internet | shut down internet
verb 1721 : cut internet | restrict internet | restrict freedom | curb freedom | curtail freedom | restrict press | suspend newspaper | suspend broadcast | ban broadcast | shut down station
verb 1721 : shut down website | muzzle | gag | impose censorship | ban newspaper | ban book | ban publication | block social media | ban social media | shut down television
verb 1721 : close television station | close radio station | curb press freedom | restrict press freedom | ban public gathering | ban assembly | restrict assembly | curb dissent | impose media blackout | impose information blackout
verb 1721 : impose news blackout | ban media | shut down media outlet | block access to internet | throttle internet | ban reporter | expel journalist | revoke press credential | shut down social media | cut off internet
verb 1721 : ban strike | outlaw strike | ban march
noun 1721 : censorship | media blackout | internet shutdown | internet blackout | information blackout | news blackout | protest ban | press restriction

# 1722 Ban political parties or politicians
verb 1722 : ban party | outlaw | ban opposition | dissolve party | bar candidate | disqualify | disqualify candidate | ban from politics | ban from running | bar from running
verb 1722 : bar from election | ban opposition party | outlaw party | outlaw opposition | deregister party | dissolve opposition | ban politician | suspend party | ban candidate | exclude from election
verb 1722 : ban from contesting | disband party | strip of mandate | expel from parliament | outlaw movement | ban organization | outlaw organization | ban group | outlaw group | proscribe
verb 1722 : declare illegal | declare extremist | designate extremist
noun 1722 : party ban

# 1723 Impose curfew
verb 1723 : impose curfew | declare curfew | extend curfew | reimpose curfew | enforce curfew | order curfew | impose lockdown | announce curfew | tighten curfew | introduce curfew
verb 1723 : put under curfew | place under curfew | impose night curfew | impose 24-hour curfew
noun 1723 : curfew | lockdown | night curfew

# 1724 Impose state of emergency or martial law
verb 1724 : declare state of emergency | impose state of emergency | extend state of emergency | declare martial law | impose martial law | declare emergency | impose emergency rule | declare state of siege | extend martial law | introduce martial law
verb 1724 : declare emergency rule | suspend constitution | impose direct rule | declare national emergency | enact emergency law | invoke emergency power | invoke emergency law | reimpose state of emergency | reimpose martial law | introduce state of emergency
verb 1724 : declare state of war | declare martial rule | impose military rule | declare emergency law | extend emergency rule
noun 1724 : state of emergency | martial law | emergency rule | state of siege | national emergency

# 173 Arrest, detain, or charge with legal action
verb 173 : arrest | detain | jail | imprison | incarcerate | apprehend | nab | round up | take into custody | hold in custody
verb 173 : hold without charge | charge | indict | prosecute | put on trial | bring to trial | bring charge | file charge | press charge | issue arrest warrant
verb 173 : issue warrant | seek arrest | order arrest | remand | remand in custody | lock up | put under house arrest | place under house arrest | place under arrest | take prisoner
verb 173 : intern | capture alive | detain without trial | raid home | raid office | carry out arrest | make arrest | launch manhunt | send to prison | throw in jail
verb 173 : put behind bar | summon for questioning | hold incommunicado | keep in detention | extend detention | arrest in absentia
noun 173 : arrest | detention | indictment | prosecution | house arrest | mass arrest | imprisonment | arrest warrant | internment | administrative detention
noun 173 : arbitrary detention | detainment

# 174 Expel or deport individuals
verb 174 : deport | banish | exile | send back | force to leave | order to leave country | repatriate forcibly | expel from country | kick out of country | revoke residency
verb 174 : expel | order out | kick out | throw out | evict | force out of country | expel foreigner | expel worker
noun 174 : deportation | expulsion | forced return

# 175 Use tactics of violent repression
verb 175 : crack down on + | crack down | suppress | repress | quell | disperse | use tear gas | fire tear gas | fire teargas | use teargas
verb 175 : use water cannon | fire rubber bullet | use rubber bullet | use live ammunition | fire live ammunition | fire on protester | fire on demonstrator | fire at protester | fire at demonstrator | open fire on protester
verb 175 : open fire on demonstrator | open fire on crowd | shoot protester | shoot demonstrator | beat protester | beat demonstrator | break up protest | break up demonstration | break up rally | break up march
verb 175 : clamp down on + | stamp out | charge protester | baton-charge | tear-gas | teargas | use force against protester | use force against demonstrator | use excessive force | quash protest
verb 175 : crush protest | crush dissent | crush uprising | crush rebellion | crush revolt | suppress protest | suppress dissent | suppress uprising | kill protester | kill demonstrator
verb 175 : terrorize population | launch crackdown | intensify crackdown | step up crackdown | unleash crackdown | fire at crowd
noun 175 : crackdown | repression | security crackdown | violent crackdown | brutal crackdown | police brutality

# Cyber attacks: later CAMEO versions code them 176 "Attack cybernetically" (root 17); cameo.tsv
# (CAMEO 1.1b3) has no 176, so they are coded under 170 here.
verb 170 : hack | hack into | launch cyberattack | carry out cyberattack | conduct cyberattack | mount cyberattack | launch cyber attack | carry out cyber attack | stage cyberattack | breach network
noun 170 : cyberattack | cyber attack | cyber-attack | hacking attack | cyber intrusion | ransomware attack | hacking campaign
verb 170 : launch cyber warfare | wage cyber warfare | wage cyberwar | launch cyberwar | conduct cyber warfare
noun 170 : cyber warfare | cyberwarfare | cyberwar | cyber war

# ======================================================================
# 18 ASSAULT
# ======================================================================

# 180 Use unconventional violence, not specified below
verb 180 : terrorize | terrorise | carry out terror attack | carry out terrorist attack | launch terror attack | launch terrorist attack | stage terror attack | stage terrorist attack | commit terror attack | commit terrorist attack
verb 180 : ram into | carry out knife attack | carry out ramming attack | carry out arson attack | commit act of terror | commit terrorism | perpetrate attack | attack with knife | attack with machete | spray with acid
verb 180 : throw acid
noun 180 : terror attack | terrorist attack | act of terror | act of terrorism | knife attack | machete attack | ramming attack | acid attack | lone-wolf attack

# 181 Abduct, hijack, or take hostage
verb 181 : abduct | kidnap | hijack | take hostage | hold hostage | seize hostage | snatch | hold captive | hijack plane | hijack aircraft
verb 181 : hijack bus | hijack vessel | hold for ransom | kidnap for ransom | seize as hostage | carry out kidnapping | carry out abduction | spirit away | whisk away | take as hostage
verb 181 : capture as hostage | keep hostage | take captive
noun 181 : abduction | kidnapping | hijacking | hostage-taking | hostage taking | kidnap | enforced disappearance | forced disappearance | hostage crisis

# 182 Physically assault, not specified below
verb 182 : beat | beat up | punch | maim | flog | whip | lash | cane | mutilate | manhandle
verb 182 : rough up | batter | abuse | mistreat | ill-treat | attack physically | beat with stick | beat with baton | shove | slap
verb 182 : pistol-whip | attack with stone | stone | stab | assault physically | assault journalist | assault reporter | assault activist | assault woman | assault prisoner
verb 182 : assault detainee | assault worker | assault civilian
noun 182 : beating | physical assault | stabbing | flogging | mistreatment | ill-treatment | maltreatment | physical abuse | abuse of prisoner

# 1821 Sexually assault
verb 1821 : rape | gang-rape | molest | assault sexually | abuse sexually | commit rape | commit sexual violence | subject to sexual violence
noun 1821 : rape | sexual assault | sexual violence | sexual abuse | gang rape | gang-rape | sexual slavery

# 1822 Torture
verb 1822 : torture | waterboard | subject to torture | torture to death | use torture | electrocute | subject to electric shock
noun 1822 : torture | waterboarding

# 1823 Kill by physical assault
verb 1823 : execute | behead | decapitate | lynch | stab to death | beat to death | hack to death | stone to death | burn alive | strangle
verb 1823 : hang | murder | slay | put to death | kill in custody | shoot in head | slit throat | bludgeon to death | club to death | burn to death
verb 1823 : hang publicly | carry out execution
noun 1823 : lynching | beheading | execution | murder | extrajudicial killing | summary execution | public execution | extrajudicial execution | honor killing | honour killing
noun 1823 : slaying | homicide | decapitation

# 183 Conduct suicide, car, or other non-military bombing, not spec below
verb 183 : carry out bombing | carry out bomb attack | plant bomb | plant explosive | detonate bomb | detonate explosive | set off bomb | set off explosive | detonate device | detonate explosive device
verb 183 : explode bomb | detonate | launch bomb attack | carry out bombing attack | plant ied | detonate ied | set off explosion | throw grenade | hurl grenade | lob grenade
verb 183 : toss grenade | bomb market | bomb mosque | bomb church | bomb bus | bomb restaurant | stage bombing | plant mine | lay mine | booby-trap
verb 183 : plant landmine | attack with grenade | attack with explosive
noun 183 : bombing | bomb attack | bomb blast | grenade attack | bomb explosion | letter bomb | parcel bomb | pipe bomb | mail bomb | nail bomb
noun 183 : sticky bomb | magnetic bomb
verb 183 : kill + in bomb attack | wound + in bomb attack | injure + in bomb attack | kill + in bombing | wound + in bombing | injure + in bombing | kill + in bomb blast | wound + in bomb blast | injure + in bomb blast | kill + in grenade attack
verb 183 : wound + in grenade attack | injure + in grenade attack

# 1831 Carry out suicide bombing
verb 1831 : blow himself up | blow herself up | blow themselves up | carry out suicide attack | carry out suicide bombing | launch suicide attack | stage suicide attack | commit suicide attack | commit suicide bombing | detonate suicide vest
verb 1831 : detonate suicide belt | explode suicide vest | set off suicide vest | stage suicide bombing | launch suicide bombing | carry out suicide car bombing | detonate explosive vest | blow up himself
noun 1831 : suicide bombing | suicide attack | suicide bomb | suicide bomber | suicide blast | suicide car bombing | suicide car bomb | suicide explosion | suicide truck bomb | suicide bomb attack
verb 1831 : kill + in suicide attack | kill + in suicide bombing | wound + in suicide attack | wound + in suicide bombing | injure + in suicide attack | injure + in suicide bombing

# 1832 Carry out car bombing
verb 1832 : carry out car bombing | detonate car bomb | plant car bomb | set off car bomb | explode car bomb | detonate truck bomb | plant truck bomb | detonate vehicle bomb | drive car bomb | launch car bomb attack
verb 1832 : carry out car bomb attack | detonate booby-trapped car | detonate bomb-laden car | drive explosive-laden car
noun 1832 : car bomb | car bombing | truck bomb | vehicle bomb | car-bomb | booby-trapped car | car bomb attack | car bomb explosion | bomb-laden car | explosive-laden vehicle
noun 1832 : vehicle-borne improvised explosive device | vbied | motorcycle bomb | booby-trapped vehicle | vehicle bombing | truck bombing
verb 1832 : kill + in car bomb | wound + in car bomb | injure + in car bomb | kill + in car bombing | wound + in car bombing | injure + in car bombing

# 1833 Carry out roadside bombing
verb 1833 : carry out roadside bombing | plant roadside bomb | detonate roadside bomb | set off roadside bomb | explode roadside bomb | carry out roadside bomb attack | detonate ied on road | plant ied on road | plant roadside explosive | hit with roadside bomb
verb 1833 : target with roadside bomb | strike with roadside bomb | detonate roadside device
noun 1833 : roadside bomb | roadside bombing | ied | improvised explosive device | roadside explosion | roadside blast | roadside device | ied attack | ied explosion | roadside ied
noun 1833 : roadside mine | roadside bomb attack
verb 1833 : kill + in roadside bomb | wound + in roadside bomb | injure + in roadside bomb | kill + in roadside bombing

# 184 Use as human shield
verb 184 : use as human shield | use as shield | hold as human shield | use human shield | hide behind civilian | use civilian as human shield | use civilian as shield | shield behind civilian | use hostage as shield | use civilian as cover
noun 184 : human shield

# 185 Attempt to assassinate
verb 185 : attempt assassinate | try assassinate | try kill | attempt kill | attempt murder | plot assassinate | plot assassination | make attempt on life | try murder | attempt assassination
verb 185 : carry out assassination attempt | plot kill
noun 185 : assassination attempt | attempted assassination | assassination plot | attempted murder | murder attempt | failed assassination | assassination bid

# 186 Assassinate
verb 186 : assassinate | carry out assassination | murder leader | kill leader | carry out targeted killing | slay leader | gun down leader | assassinate commander | kill commander | eliminate commander
verb 186 : kill chief | eliminate leader
noun 186 : assassination | targeted killing | targeted assassination | political assassination | political killing | murder of leader | killing of leader | assassination of leader | assassination of commander | decapitation strike

# ======================================================================
# 19 FIGHT
# ======================================================================

# 190 Use conventional military force, not specified below
verb 190 : attack | launch attack | carry out attack | mount attack | stage attack | launch offensive | mount offensive | launch assault | mount assault | storm
verb 190 : raid | launch raid | carry out raid | conduct raid | stage raid | fight | fight with + | fight against + | battle | clash
verb 190 : down aircraft | down plane | down helicopter | down drone | down jet | down warplane | down missile
verb 190 : clash with + | engage | engage in fighting | engage in combat | engage in battle | kill | fire on + | fire at + | shoot down | bombard
verb 190 : pound | target | strike | launch strike | carry out strike | conduct strike | launch military operation | launch operation | conduct operation | carry out operation
verb 190 : conduct military operation | launch counteroffensive | launch counter-offensive | counterattack | counter-attack | launch counterattack | wage war | wage war on + | wage war against + | go to war
verb 190 : go to war with + | declare war | declare war on + | launch war | start war | ambush | advance on + | repel | repulse | repel attack
verb 190 : repulse attack | defend against | hit target | strike target | launch incursion | make incursion | engage in hostility | open hostility | launch military action | take military action | engage in hostilities | open hostilities
verb 190 : resort to force | use force | use military force | use force against + | sink | destroy tank | shoot at + | step up attack | intensify attack | escalate attack
verb 190 : intensify offensive | step up offensive | press offensive | escalate fighting | escalate war | continue attack | continue offensive | carry out military strike | launch military strike | carry out assault
verb 190 : assault position | fire upon + | intercept | neutralize | neutralise | eliminate fighter | destroy position | eliminate | liquidate | engage in offensive
verb 190 : assault | assault village | assault town | assault city
noun 190 : attack | offensive | counteroffensive | counter-offensive | counterattack | counter-attack | assault | clash | fighting | battle
noun 190 : hostility | raid | incursion | ambush | military operation | military action | military strike | military attack | military offensive | ground offensive | hostilities
noun 190 : ground operation | ground assault | armed attack | armed clash | skirmish | firefight | killing | bombardment | military assault | cross-border attack
noun 190 : cross-border raid | border clash | heavy fighting | fierce fighting | armed confrontation | military confrontation | sortie | land offensive | spring offensive | military incursion
noun 190 : naval attack | commando raid | night raid | military intervention | combat operation | special force raid
verb 190 : wound | injure

# 191 Impose blockade, restrict movement
verb 191 : besiege | lay siege to + | lay siege | encircle | surround | blockade | impose blockade | enforce blockade | tighten blockade | reimpose blockade
verb 191 : impose siege | tighten siege | cut off | close border | seal border | shut border | close crossing | seal crossing | shut crossing | seal off
verb 191 : cordon off | close airspace | restrict movement | impose restriction on movement | impose travel restriction | set up checkpoint | erect checkpoint | close port | close strait | block strait
verb 191 : impose no-fly zone | enforce no-fly zone | close road | close checkpoint | restrict access | block shipping | impose naval blockade | cut supply line | cut off supply | cut off access
verb 191 : block supply route | enforce siege | hem in | close off | impose closure | block humanitarian corridor | close corridor | close passage
noun 191 : siege | blockade | naval blockade | encirclement | border closure | military blockade | air blockade | encirclement operation | movement restriction | restriction on movement

# 192 Occupy territory
verb 192 : occupy | invade | seize control | take control of | take over | seize territory | seize town | seize city | seize village | seize airport
verb 192 : seize base | seize area | seize region | seize district | retake | recapture | regain control | regain | liberate | overrun
verb 192 : annex | march into + | roll into + | storm into + | move into + | take town | take city | take village | gain control of | establish control over
verb 192 : gain control over | take control over | seize control over | establish control of
verb 192 : incorporate territory | absorb territory | gain ground | make gain | advance into | push into | cross into + | seize port | seize oilfield | seize dam
verb 192 : seize bridge | seize power plant | establish foothold | consolidate control | hold territory | retake control | wrest control | conquer | seize island | build settlement
verb 192 : expand settlement | capture
noun 192 : invasion | occupation | annexation | military occupation | ground invasion | territorial gain | capture of town | capture of city | fall of city | settlement expansion
noun 192 : illegal occupation

# 193 Fight with small arms and light weapons
verb 193 : shoot | open fire | open fire on + | fire shot | shoot dead | gun down | snipe | machine-gun | exchange fire | exchange gunfire
verb 193 : exchange fire with + | engage in firefight | engage in gunfight | engage in gun battle | trade fire | trade gunfire | fire bullet | spray with bullet | fire warning shot | shoot at
verb 193 : pepper with bullet | fire automatic weapon | fire rifle | fire machine gun | kill in gunbattle | kill in firefight | engage in shootout | shoot and kill | shoot and wound | fire gun
verb 193 : fire small arm | fire on police | fire on soldier | fire on troop | fire on patrol | shoot soldier | shoot policeman | shoot civilian
noun 193 : gunfire | gunfight | gun battle | gunbattle | shootout | shoot-out | shooting | sniper fire | small-arms fire | small arm fire
noun 193 : machine-gun fire | machine gun fire | automatic fire | rifle fire | exchange of fire | exchange of gunfire | shooting attack | mass shooting | sniper attack | gun attack
noun 193 : armed assault | drive-by shooting | small arm attack | firearm attack

# 194 Fight with artillery and tanks
verb 194 : shell | fire artillery | fire mortar | fire rocket | fire shell | lob shell | lob mortar | pound with artillery | bombard with artillery | fire tank shell
verb 194 : use artillery | use heavy weapon | launch artillery | launch rocket | launch rocket attack | launch mortar attack | launch artillery attack | carry out rocket attack | carry out shelling | carry out artillery strike
verb 194 : use tank | fire howitzer | rocket | fire rocket at + | fire rocket on + | fire rocket into + | fire mortar at + | fire artillery at + | fire shell at + | pound with shell
verb 194 : pound with rocket | attack with artillery | attack with mortar | attack with rocket | attack with tank | fire mlrs | fire grad | fire grad rocket | fire multiple rocket launcher | fire heavy artillery
verb 194 : open artillery fire | launch barrage | fire barrage | use mortar | use multiple rocket launcher | use rocket launcher | use grad | carry out artillery shelling | launch katyusha | fire katyusha
verb 194 : hit with artillery | hit with rocket | strike with artillery | strike with rocket
noun 194 : rocket attack | mortar attack | artillery fire | artillery attack | shelling | artillery bombardment | tank fire | barrage | rocket fire | mortar fire
noun 194 : artillery shelling | mortar shelling | tank shelling | artillery strike | rocket barrage | artillery barrage | tank attack | heavy weapon fire | rocket strike | rocket salvo
noun 194 : mlrs attack | artillery duel | cross-border shelling | indiscriminate shelling | heavy shelling | mortar bombardment | rocket bombardment | tank battle | armoured assault | armored assault
verb 194 : kill + in shelling | wound + in shelling | injure + in shelling | kill + in rocket attack | wound + in rocket attack | kill + in mortar attack | wound + in mortar attack | injure + in rocket attack | kill + in artillery fire | kill + in artillery strike

# 195 Employ aerial weapons
verb 195 : bomb | carry out airstrike | carry out air strike | carry out air-strike | launch airstrike | launch air strike | launch air-strike | conduct airstrike | conduct air strike | conduct air-strike
verb 195 : launch air raid | carry out air raid | conduct air raid | fire missile | launch missile | launch missile strike | launch drone strike | carry out drone strike | conduct drone strike | launch drone attack
verb 195 : carry out drone attack | launch missile attack | carry out missile attack | carry out missile strike | conduct missile strike | launch drone | strafe | drop bomb | drop barrel bomb | carpet-bomb
verb 195 : launch cruise missile | launch ballistic missile | fire cruise missile | fire ballistic missile | fire missile at + | fire missile on + | fire missile into + | launch air attack | launch aerial attack | launch aerial bombardment
verb 195 : carry out aerial bombardment | bomb from air | attack from air | launch air campaign | launch bombing campaign | launch bombing raid | carry out bombing raid | carry out bombing campaign | conduct bombing raid | strike from air
verb 195 : hit with missile | hit with drone | strike with missile | strike with drone | attack with drone | attack with missile | target with missile | target with drone | use drone | launch shahed
verb 195 : fly sortie | conduct air operation | launch air operation | conduct bombing | carry out aerial attack | launch helicopter attack | carry out helicopter attack | launch air assault | attack with aircraft | attack with helicopter
verb 195 : fire rocket from helicopter | bomb position | bombard from air | drop munition | drop explosive
noun 195 : missile strike | drone strike | air strike | airstrike | air-strike | air raid | aerial bombardment | aerial bombing | air attack | missile attack
noun 195 : drone attack | bombing raid | bombing campaign | air campaign | aerial attack | air bombardment | cruise missile attack | cruise missile strike | ballistic missile attack | ballistic missile strike
noun 195 : helicopter attack | helicopter gunship attack | drone raid | kamikaze drone attack | uav attack | uav strike | air assault | aerial strike | missile barrage | drone barrage
noun 195 : missile salvo | barrel bombing | bombing sortie | aerial campaign | precision strike | long-range strike | hypersonic missile strike | drone assault | airstrike campaign | predator strike
noun 195 : predator attack | aerial assault | air sortie | missile fire
verb 195 : kill + in airstrike | kill + in air strike | kill + in air raid | kill + in drone strike | kill + in missile strike | wound + in airstrike | wound + in air strike | wound + in air raid | wound + in drone strike | injure + in airstrike
verb 195 : injure + in air strike | injure + in air raid | injure + in drone strike | kill + in drone attack | kill + in missile attack

# 196 Violate ceasefire
verb 196 : violate ceasefire | break ceasefire | breach ceasefire | violate truce | break truce | breach truce | violate armistice | breach armistice | violate cease-fire | break cease-fire
verb 196 : breach cease-fire | flout ceasefire | flout truce | shatter ceasefire | shatter truce | undermine ceasefire | resume fighting | resume hostility | resume attack | resume shelling | resume hostilities
verb 196 : resume offensive | resume bombing | resume airstrike | resume strike | end ceasefire | end truce | abandon ceasefire | abandon truce | violate peace agreement | violate peace deal
verb 196 : breach peace agreement | break peace agreement | violate humanitarian pause | violate de-escalation agreement | violate ceasefire agreement | breach ceasefire agreement | attack despite ceasefire | shell despite ceasefire | fire in violation of ceasefire | violate demilitarized zone
verb 196 : violate ceasefire line
noun 196 : ceasefire violation | truce violation | cease-fire violation | ceasefire breach | truce breach | violation of ceasefire | breach of ceasefire | violation of truce | breach of truce | collapse of ceasefire
noun 196 : armistice violation | violation of armistice | breakdown of ceasefire

# ======================================================================
# 20 USE UNCONVENTIONAL MASS VIOLENCE
# ======================================================================

# 200 Use unconventional mass violence, not specified below
verb 200 : commit atrocity | carry out atrocity | perpetrate atrocity | commit war crime | commit crime against humanity | perpetrate war crime | commit mass atrocity | perpetrate mass atrocity | carry out mass atrocity | terrorize civilian population
noun 200 : carnage | bloodbath | pogrom

# 201 Engage in mass expulsion
verb 201 : drive out | drive from home | force from home | force out of home | force out | expel population | depopulate | expel resident | expel civilian | evict resident
verb 201 : evict population | deport population | deport en masse | expel en masse | expel ethnic | drive from land | drive off land | transfer population | deport child | deport civilian
verb 201 : force to flee
noun 201 : mass expulsion | forced displacement | mass deportation | forced deportation | population transfer | forced transfer | forced eviction | mass eviction | forced relocation | forcible transfer
noun 201 : forced expulsion | mass displacement | deportation of child | forced migration

# 202 Engage in mass killings
verb 202 : massacre | slaughter | exterminate | carry out massacre | commit massacre | perpetrate massacre | commit genocide | mow down | commit mass killing | carry out mass killing
verb 202 : carry out mass murder | commit mass murder | carry out genocide | perpetrate genocide | engage in mass killing | kill en masse | wipe out village | wipe out population | slaughter civilian | massacre civilian
verb 202 : butcher | commit mass execution | carry out mass execution
noun 202 : massacre | genocide | mass killing | mass murder | mass execution | slaughter | mass slaughter | systematic killing | ethnic killing | sectarian killing

# 203 Engage in ethnic cleansing
verb 203 : cleanse | carry out ethnic cleansing | conduct ethnic cleansing | commit ethnic cleansing | engage in ethnic cleansing | perpetrate ethnic cleansing | purge ethnic | drive out ethnic | expel ethnic minority | carry out ethnic purge
noun 203 : ethnic cleansing | ethnic purge | ethnic cleansing campaign | religious cleansing | demographic engineering

# 204 Use weapons of mass destruction, not specified below
verb 204 : use weapon of mass destruction | use wmd | deploy weapon of mass destruction | launch wmd attack | use unconventional weapon | deploy wmd | use radiological weapon | detonate dirty bomb | use dirty bomb
noun 204 : wmd attack | radiological attack | dirty bomb | dirty bomb attack | unconventional weapon attack | cbrn attack

# 2041 Use chemical, biological, or radiological weapons
verb 2041 : use chemical weapon | use chemical | use nerve agent | use sarin | use chlorine | use poison gas | use mustard gas | gas | use biological weapon | deploy chemical weapon
verb 2041 : launch chemical attack | carry out chemical attack | launch gas attack | carry out gas attack | use toxic gas | drop chemical | fire chemical | use chemical munition | use chlorine gas | use novichok
verb 2041 : use vx | use toxic chemical | use chemical agent | release toxic gas | deploy biological weapon | spread anthrax | launch biological attack | release nerve agent
noun 2041 : chemical attack | chemical weapon attack | gas attack | sarin attack | nerve agent attack | chlorine attack | chemical strike | poison gas attack | mustard gas attack | biological attack
noun 2041 : bioweapon attack | anthrax attack | toxic gas attack | novichok attack

# 2042 Detonate nuclear weapons
verb 2042 : use nuclear weapon | detonate nuclear | detonate nuclear weapon | detonate nuclear device | drop atomic bomb | drop nuclear bomb | launch nuclear | launch nuclear strike | launch nuclear attack | launch nuclear missile
verb 2042 : fire nuclear missile | explode nuclear device | explode atomic bomb | carry out nuclear strike | carry out nuclear attack | use atomic bomb | use tactical nuclear weapon | drop hydrogen bomb | detonate hydrogen bomb | detonate atomic bomb
verb 2042 : nuke
noun 2042 : nuclear attack | nuclear strike | atomic bombing | nuclear bombing | atomic attack | thermonuclear attack

# --- cooperation vocabulary: peacekeeping, exercises, aid, returns, asylum ---
# 062 Cooperate militarily
verb 062 : participate in exercise | participate in joint exercise | participate in war game | participate in drill | take part in exercise | take part in war game | take part in drill | join exercise | join drill | join war game
verb 062 : begin joint exercise | start joint exercise | begin joint drill | start joint drill | hold joint war game | conduct joint war game | stage joint war game | perform joint war game | begin joint war game | launch joint war game
noun 062 : joint war game | joint naval exercise | joint air exercise | multinational exercise
# 073 Provide humanitarian aid
verb 073 : deploy rescue team | send rescue team | dispatch rescue team | deploy search-and-rescue team | send search-and-rescue team | dispatch search-and-rescue team | announce humanitarian aid | announce humanitarian assistance | announce emergency aid | announce emergency assistance
verb 073 : give humanitarian aid | donate humanitarian aid | give humanitarian assistance | evacuate patient | evacuate sick | provide relief supply | hand over relief supply | hand over humanitarian aid
# 070 Provide aid
verb 070 : announce aid | announce assistance | announce additional aid | announce additional assistance | announce new aid | announce aid package
# 074 Provide military protection or peacekeeping
verb 074 : participate in peacekeeping | take part in peacekeeping | join peacekeeping mission | join peacekeeping force | join peacekeeping operation | serve as peacekeeper | serve as peacekeeping force | serve in peacekeeping | contribute peacekeeper | contribute troop to peacekeeping
verb 074 : deploy troop to peacekeeping | send troop to peacekeeping | deploy soldier to peacekeeping | send soldier to peacekeeping | deploy on peacekeeping mission | send on peacekeeping mission
# 075 Grant asylum
verb 075 : accept asylum seeker | admit asylum seeker | take in asylum seeker | resettle asylum seeker | take in migrant | admit migrant | welcome refugee | host refugee | receive refugee | relocate refugee
# 0842 Return, release property
verb 0842 : return manuscript | return sculpture | return statue | return portrait | return artwork | return cultural | return treasure | return sarcophagus | return stolen painting | repatriate cultural
verb 0842 : return looted | repatriate painting | repatriate sculpture | repatriate statue | repatriate manuscript | return heritage
# 086 Allow international involvement
verb 086 : give permission to use | grant permission to use | allow use of airspace | grant use of airspace | allow use of base | grant overflight right | grant overflight | allow overflight | open airspace to +
# 150 Demonstrate military power: war games without a named partner ("joint" ones are 062 above)
verb 150 : launch war game | hold war game | stage war game | conduct war game | begin war game | start war game
