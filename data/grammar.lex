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
  | believe | reveal | disclose | warn that | estimate
say confirmed : confirm | acknowledge | verify | corroborate | admit
say denied : deny | downplay | dismiss | refute | reject reports
  | reject claims | rebut | play down | brush off | deny reports
  | call reports | dispute | contradict

# --- modality ----------------------------------------------------------------
# future or intended
modal future : set to | plan to | planned | plans to | intend to | want to | wants to | wanted to
  | intends to | aim to | aim at | aimed at | expected to | due to
  | scheduled to | prepare to | prepared to | going to | will | seek to
  | hope to | propose to | proposed | upcoming | planned
  | intention to | about to | ready to | poised to | agree to | vow to
  | pledge to | promise to | threaten to | offer to
# hypothetical
modal hypothetical : if | possible | potential | possibly | perhaps
  | would | could | might | may | consider | mull | weigh | unless
  | hypothetical | rumored | rumoured | reportedly | capable of | capability to
  | capacity to
# negation of the event
modal negated : not | never | no longer | fail to | failed to | refuse to
  | refused to | decline to | declined to | declines to | did not | called off
  | postponed | neither | nor

# --- casualty counts -----------------------------------------------------------
count killed : dead | killed | died | kill | killing | death | deaths
  | fatalities | fatality | lives | lost their lives | slain | bodies
  | death toll
  | fatalities coded as | casualties coded as | fatality coded as
  | fatalities coded to this event | fatality coded to this event
  | toll | perished | massacred | executed | murdered | shot dead
  | beheaded | decapitated | lynched | hanged
count injured : injured | wounded | hurt | injuring | wounding | injuries
  | casualties | hospitalized | hospitalised | maimed
count missing : missing | unaccounted for
count arrested : arrested | detained | held | rounded up | arrests
  | detentions | taken into custody
count displaced : displaced | fled | evacuated | homeless | refugees
