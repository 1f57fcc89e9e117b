#!/usr/bin/env bash
# lexicon_import.sh - `dyad lexicon import` on small TABARI and PETRARCH
# dictionaries written here: what is kept (synonym sets, {|} choices, '+',
# forms, dated actor codes with their default, agents' plurals and
# !substitutions!, words before the verb, null and paired codes), what is
# reported with file:line:col (compound markers, a source after the verb
# with no target before it, malformed codes, bad dates, a malformed line)
# while the rest still loads, and the coded result;
# TABARI stems and codes outside the CAMEO table kept, dyad's grammar words
# in an import on its own, and --over / --under layering.
set -u
. "${DYAD_SOURCE_DIR:?}/tests/lib.sh"
bin=${DYAD_BIN:?}
th_tmpdir lexicon-import
cd "$T" || exit 1

cat >demo.verbs <<'V'
<SYNSETS>
&TIES
+DIPLOMATIC_RELATIONS
+TIES
</SYNSETS>
RESTORE  [064] ; comment kept
- * &TIES_WITH +  [064]
- PLANS_TO * TIES  [064]
- * { AID | FOOD_SUPPLIES } TO +  [070]
ARRIVE  [032:033]
CONDEMN [122]
{ CONDEMNED_ CONDEMNS_ }
- * ACTION [---]
- * THING [9999]
NEGOTIAT [040]
- * THING [X12]
- * HELP [075A]
V
cat >demo.actors <<'A'
ARNOR_  [ARN]
GONDOR_ [GON] ; the south
AXNOR_  [AR1 <911226] [AR2]
AXNORIA_
	[AR3 > 020101]
BAD_ENTRY [ARN 991399]
ORPHAN_NAME_
#HASHED [HHH]
FORNOST_ [FOR]
A
cat >demo.agents <<'G'
GOVERNMENT_  [~GOV]
FOREIGN_MINISTER_ {FOREIGN_MINISTERS_} [~GOVFRM]
G
"$bin" lexicon import --format tabari --emit out.lex -o out.lexb \
    demo.verbs demo.actors demo.agents 2>err.txt
check "tabari import exits 0 with reports" test $? -eq 0
check "synset and target slot kept" grep -q '^verb 064 verbal : restore\* diplomatic _ relations\* _ with\* +$' out.lex
check "second member of the set" grep -q '^| restore\* ties\* _ with\* +' out.lex
check "choice expanded, its '_' a join" grep -q '^| restore\* food _ supplies\* to\* +' out.lex
check "a word before '_' is whole, a last word a stem" grep -q '^verb 040 verbal : negotiat\*' out.lex
check "forms of a verb" grep -q '^verb 122 verbal : condemned ... +$' out.lex
check "words before the verb kept" grep -q '^verb 064 verbal : plans _ to\* ... restore\* ties\*' out.lex
check "paired code kept" grep -q '^verb 032 paired 033 verbal : arrive' out.lex
check "null pattern kept" grep -q '^verb null : condemn\* action\*' out.lex
check "foreign code declared" grep -q '^code 9999 : foreign code 9999 (demo.verbs)$' out.lex
check "foreign code kept on its pattern" grep -q '^verb 9999 verbal : condemn\* thing\*' out.lex
check "foreign code with a CAMEO prefix shares its facts" grep -q '^code 075A 075 : ' out.lex
check "malformed code reported" grep -q "^demo.verbs:16:12: code 'X12' is neither" err.txt
check "dated code" grep -q '^actor AR1 \.\.1991-12-26 : axnor' out.lex
check "default code after the dated one" grep -q '^actor AR2 1991-12-26\.\. : axnor' out.lex
check "blanks inside a date restriction" grep -q '^actor AR3 2002-01-01\.\. : axnoria ' out.lex
check "bad date reported" grep -q "^demo.actors:6:16: bad date restriction '991399'" err.txt
check "name without code reported" grep -q "^demo.actors:7:1: 'orphan name' has no code" err.txt
check "a '#' line is skipped, reported" grep -q "^demo.actors:8:1: line starting with '#'" err.txt
check "agent plural" grep -q '^| foreign ministers' out.lex
check "agent of two groups kept" grep -q '^agent GOVFRM : foreign minister' out.lex
check "agent of two groups not reported" sh -c "! grep -q '^demo.agents:2:' err.txt"
check "the rest loads" test -s out.lexb

printf 'Arnor restored diplomatic relations with Gondor.\n' >doc.txt
"$bin" code -q -f tsv --lexicon out.lexb doc.txt >ev.tsv
printf 'Arnor condemned the thing of Gondor.\n' >thing.txt
"$bin" code -q -f jsonl --lexicon out.lexb thing.txt >thing.jsonl
check "a foreign code is coded, QuadClass 0" grep -q '"cameo":"9999".*"quad_class":0' thing.jsonl
check "imported lexicon codes" grep -qP '\tARN\t.*\tGON\t.*064|ARN.*GON.*064' ev.tsv
# TABARI's stem NEGOTIAT stands for "negotiate" of the vocabulary
printf 'Arnor negotiated with Gondor.\n' >stem.txt
"$bin" code -q -f tsv --lexicon out.lexb stem.txt >stem.tsv
check "a stem matches the words it begins" grep -qP 'ARN.*GON.*040' stem.tsv

# on its own the image has dyad's grammar words: "about to" is future
printf 'Arnor is about to restore diplomatic relations with Gondor.\n' >fut.txt
"$bin" code -q -f events --lexicon out.lexb fut.txt >fut.ev
check "standalone import reads dyad's grammar words" grep -q 'ARN 064 GON status=future' fut.ev

# on its own the image reads names as TABARI and PETRARCH2 do, as written:
# "Fxrnost" is no misspelt Fornost there (option no-misspellings), while a
# layered image keeps dyad's reading of misspelt names
check "standalone import writes option no-misspellings" grep -qx 'option no-misspellings' out.lex
printf 'Fornost restored diplomatic relations with Gondor.\n' >ok.txt
"$bin" code -q -f events --lexicon out.lexb ok.txt >ok.ev
check "the name as written is read" grep -q '^S0 FOR 064 GON' ok.ev
printf 'Fxrnost restored diplomatic relations with Gondor.\n' >mis.txt
"$bin" code -q -f events --lexicon out.lexb mis.txt >mis.ev
check "standalone import reads no misspelt name" test ! -s mis.ev
# and codes dyads only (option dyads-only): no target, no event
check "standalone import writes option dyads-only" grep -qx 'option dyads-only' out.lex
printf 'Fornost condemned the thing.\n' >solo.txt
"$bin" code -q -f events --lexicon out.lexb solo.txt >solo.ev
check "standalone import codes no event without a target" test ! -s solo.ev
# and writes an agent with no country as TABARI does (option agent-alone ~)
check "standalone TABARI import writes option agent-alone ~" grep -qx 'option agent-alone ~' out.lex
printf 'The government restored diplomatic relations with Gondor.\n' >gov.txt
"$bin" code -q -f events --lexicon out.lexb gov.txt >gov.ev
check "TABARI's agent with no country: ~GOV" grep -q '^S0 ~GOV 064 GON' gov.ev
# and reads modifiers before a member of a list of actors, as TABARI's
# adjectives and PETRARCH2's noun phrases do (option compound-modifiers)
check "standalone import writes option compound-modifiers" grep -qx 'option compound-modifiers' out.lex
printf 'Fornost and the evil awful Arnor restored diplomatic relations with Gondor.\n' >mod.txt
"$bin" code -q -f events --lexicon out.lexb mod.txt >mod.ev
check "a list member after modifiers acts" grep -q '^S0 FOR 064 GON' mod.ev
check "... and so does the member they modify" grep -q '^S0 ARN 064 GON' mod.ev
# and takes the first actor of the subject's phrase as the source, as
# TABARI and PETRARCH2 do (option first-actor-source); a pattern whose
# target stands before its verb ("ANTI- + *") has its source before it
check "standalone import writes option first-actor-source" grep -qx 'option first-actor-source' out.lex
check "standalone import writes option form-first" grep -qx 'option form-first' out.lex
check "standalone import writes option free-gaps" grep -qx 'option free-gaps' out.lex
check "standalone import writes option underscore-joins" grep -qx 'option underscore-joins' out.lex
check "a TABARI import writes option prefix-stems" grep -qx 'option prefix-stems' out.lex
printf 'Fornost with Arnor restored diplomatic relations with Gondor.\n' >first.txt
"$bin" code -q -f events --lexicon out.lexb first.txt >first.ev
check "the subject phrase's first actor is the source" grep -q '^S0 FOR 064 GON' first.ev
check "... not the actor nearest the verb" test "$(grep -c ' 064 ' first.ev)" -eq 1
printf 'GOLLUM_ [HOB]\nGONDOR_ [GON]\n' >pa.actors
printf 'PARADE_  [017]\n- ANTI- + *  [111]\n' >pa.verbs
"$bin" lexicon import --format tabari -o pa.lexb pa.actors pa.verbs 2>/dev/null
printf 'Gollum participated in an anti- Gondor parade on Saturday.\n' >pa.txt
"$bin" code -q -f events --lexicon pa.lexb pa.txt >pa.ev
check "'ANTI- + *': target after the prefix, source before it" grep -q '^S0 HOB 111 GON' pa.ev

# layering: the imported entries win equal matches (--over) or dyad's do
# (--under); dyad's actor Navalny is RUSOPP, its verb condemn 111
printf 'NAVALNY_ [XXXOPP]\n' >nv.actors
printf 'Navalny condemned Ukraine.\n' >nv.txt
"$bin" lexicon import --format tabari --over -o over.lexb nv.actors \
    demo.verbs 2>/dev/null
"$bin" code -q -f events --lexicon over.lexb nv.txt >over.ev
check "--over: imported entries win" grep -q '^S0 XXXOPP 122 UKR' over.ev
printf 'Navalny condemned Ukrane.\n' >nvm.txt
"$bin" code -q -f events --lexicon over.lexb nvm.txt >overm.ev
check "--over keeps dyad's misspelt names" grep -q '^S0 XXXOPP 122 UKR' overm.ev
printf 'Navalny condemned the thing.\n' >nvs.txt
"$bin" code -q -f events --lexicon over.lexb nvs.txt >overs.ev
check "--over keeps events without a target" grep -q '^S0 XXXOPP 9999 -' overs.ev
"$bin" lexicon import --format tabari --under -o under.lexb nv.actors \
    demo.verbs 2>/dev/null
"$bin" code -q -f events --lexicon under.lexb nv.txt >under.ev
check "--under: dyad's entries win" grep -q '^S0 RUSOPP 111 UKR' under.ev
"$bin" lexicon import --format tabari --over --under -o x.lexb nv.actors \
    2>/dev/null
check "--over with --under is a usage error" test $? -eq 2

cat >Test.agents.txt <<'G'
<!-- a PETRARCH comment
   over two lines -->
!PERSON! = MAN, WOMAN
CONGRESS!PERSON! [~LEG] # substitution
MEDIA {} [~MED]
G
cat >Test.verbs.txt <<'V'
&CEASE
+CEASEFIRE
+TRUCE

--- AGREE [050] ---
AGREE
CONSENT [030]
- * (TO &CEASE) [0356]
- $ * (WITH +) [030]
- * (ON $) [030]
V
"$bin" lexicon import --format petrarch --emit p.lex -o p.lexb \
    Test.agents.txt Test.verbs.txt 2>perr.txt
check "petrarch import exits 0" test $? -eq 0
check "substitution expanded" grep -q '^agent LEG : congressman$' p.lex
check "block verbs share patterns" grep -q '^| consent to truce' p.lex
check "synonym's own code" grep -q '^verb 030 verbal : consent' p.lex
check "source before the verb is dyad's subject" grep -q '^verb 030 verbal : agree with +' p.lex
printf 'The congressman agreed with the media.\n' >agree.txt
"$bin" code -q -f events --lexicon p.lexb agree.txt >agree.ev
check "PETRARCH2's agent with no country: ---LEG" grep -q '^S0 ---LEG 030 ---MED' agree.ev
check "source after the verb reported" grep -q "^Test.verbs.txt:10:9: '\\$' after the verb without a '+' before it" perr.txt
# PETRARCH2 gives an agent before "of" and a list of actors to each
# member (option agent-over-list); TABARI does not
check "standalone PETRARCH2 import writes option agent-over-list" grep -qx 'option agent-over-list' p.lex
check "... a TABARI import does not" test "$(grep -c 'agent-over-list' out.lex)" -eq 0
check "standalone PETRARCH2 import writes option possessor-agent" grep -qx 'option possessor-agent' p.lex
check "... a TABARI import does not" test "$(grep -c 'possessor-agent' out.lex)" -eq 0
cat >Amb.actors.txt <<'A'
ARNOR [ARN]
GONDOR [GON]
ROHAN [ROH]
A
printf 'AMBASSADOR [~GOV]\n' >Amb.agents.txt
printf -- '--- VISIT [042] ---\nVISIT\n' >Amb.verbs.txt
"$bin" lexicon import --format petrarch -o amb.lexb Amb.actors.txt \
    Amb.agents.txt Amb.verbs.txt 2>/dev/null
printf 'The ambassadors of Arnor and Rohan visited Gondor.\n' >amb.txt
"$bin" code -q -f events --lexicon amb.lexb amb.txt >amb.ev
check "the agent of a list: the first member's" grep -q '^S0 ARNGOV 042 GON' amb.ev
check "... and the next member's" grep -q '^S0 ROHGOV 042 GON' amb.ev

printf 'FOO [ARN\n' >bad.actors
"$bin" lexicon import --format tabari -o b.lexb bad.actors 2>berr.txt
check "malformed line reported, import goes on" grep -q "^bad.actors:1:5: '\[' without '\]'" berr.txt
"$bin" lexicon import --format tabari -o b.lexb notakind.txt 2>/dev/null
check "unknown kind of file is an input error" test $? -ne 0
"$bin" lexicon import -o b.lexb demo.verbs 2>/dev/null
check "format is required" test $? -eq 2
th_finish
