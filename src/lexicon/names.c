/*
 * names.c - the names by which lexicon files refer to the word classes and
 * remap families that the coder's rules use (docs/lexicon.md). The words
 * and codes are data (data/grammar.lex, data/remap.lex); these names tie
 * them to the rules.
 */
#include "lexicon.h"

const char *const dy_class_names[DY_CL_COUNT] = {
    "place-noun", "place-word",   "war",          "direction",
    "particle",   "amount",       "means",        "place-prep",
    "person",     "body",         "backing",      "division",
    "report-noun", "approximator", "vague-number", "split",
    "split-prep", "split-unit",   "condition",    "time-conj",
    "reason-conj", "relative",    "topic-leadership", "topic-policy",
    "topic-rights", "topic-institution", "accusation", "tell",
    "foreign",    "origin",       "identity",     "ethnic",
    "request",    "halt",         "not-actor",    "effort",
    "continental", "document",    "counterpart",  "mutual",
    "striker",    "labour-act",   "hazard",       "name-joiner",
    "facility",   "needs-object", "street",       "aspect",
    "object-verb", "undergo",     "observe",      "censure",
    "copula",     "culprit",      "causative",    "assembly",
    "protester",  "refuse",       "halt-verb",    "mission",
    "time-unit",  "no-object",    "prevent",      "bare-participle",
    "anaphor-org", "kind-igo",    "kind-armed",   "kind-party",
    "pair-noun",  "tabari-noun",  "tabari-adjective", "border",
    "sponsor",    "accord",       "home-place",   "reciprocal",
    "owner-pronoun", "crowd-noun", "collective",  "aim",
    "passive-get", "directive",   "directive-verb", "hearsay",
    "measure",    "small-clause", "quantity",     "strike-weapon",
    "deliberation", "prohibition", "container",   "with-object",
    "to-object",  "adverb-first", "acceptance",   "hesitate",
    "decision-verb"};

const char *const dy_remap_names[DY_RM_COUNT] = {
    "intent",           "refusal",      "appeal",
    "demand",           "threat",       "accusation",
    "topic-leadership",
    "topic-policy",     "topic-rights", "topic-institution",
    "joint",            "own-government", "investigation",
    "agent-police",     "agent-court",  "agent-government",
    "disapproval",      "labour",       "halt",
    "agent-foreign",    "captive",      "abduction",
    "occupation",       "armed",        "riot",
    "weapon-strike",    "to-death"};
