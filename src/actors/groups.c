/*
 * groups.c - TABARI's composition of an actor code with an agent
 * ("option agent-groups", written by a TABARI import on its own). Its
 * agents may hold several groups ("PRESIDENT_ [~GOVPRS]": "Ithilen's
 * president" is ITHGOVPRS) and may go before the country ("HUMAN_RIGHTS_
 * ACTIVISTS_ [NGM~]": "human rights activists in Arnor" are NGMARN); a
 * group the code already holds at a group's place is not added again
 * ("White House [USAGOV] security officials [~GOV]" stay USAGOV, "human
 * rights activists Amnesty International [NGM]" NGM), one it holds
 * elsewhere is ("West German [GMWGOV] world government [~WGO]":
 * GMWGOVWGO). dyad's own agents are one group after the country.
 */
#include "actors.h"

#include <stdio.h>
#include <string.h>

/* does code hold the group g (3 bytes) at a group's place? */
static int holds_group(const char *code, const char *g)
{
    size_t n = strlen(code);
    for (size_t k = 0; k + 3 <= n; k += 3)
        if (memcmp(code + k, g, 3) == 0)
            return 1;
    return 0;
}

void dy_actors_agent_groups(const char *base, const char *agent, char *code,
                            size_t cap)
{
    size_t n = strlen(agent), bl = strlen(base);
    int before = n > 3 && agent[n - 1] == '~';
    char pre[16], post[16];
    size_t pl = 0, ql = 0;
    if (before)
        n--;
    for (size_t k = 0; k + 3 <= n; k += 3) {
        if (holds_group(base, agent + k) || bl + pl + ql + 3 >= 16)
            continue;
        if (before)
            memcpy(pre + pl, agent + k, 3), pl += 3;
        else
            memcpy(post + ql, agent + k, 3), ql += 3;
    }
    pre[pl] = post[ql] = '\0';
    char out[48];
    snprintf(out, sizeof out, "%s%s%s", pre, base, post);
    size_t k = strlen(out);
    if (k >= cap)
        k = cap - 1;
    memcpy(code, out, k);
    code[k] = '\0';
}
