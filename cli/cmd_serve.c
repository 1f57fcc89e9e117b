/*
 * cmd_serve.c - `dyad serve`: its options, the lexicon for POST /code and
 * the dashboard's directory, then the server (server/, docs/api.md).
 */
#define _POSIX_C_SOURCE 200809L
#include "../server/server.h"
#include "cli.h"
#include "cmd.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static void usage(FILE *f)
{
    fprintf(f,
            "usage: dyad serve --db FILE [options]\n"
            "  --db FILE            the event store (opened read-only), or a\n"
            "                       postgresql:// URL\n"
            "  --listen HOST:PORT   address [127.0.0.1:8080]; port 0: any\n"
            "  --token TOKEN        required on every request ($DYAD_TOKEN);\n"
            "                       needed to listen beyond the loopback\n"
            "  --web DIR            dashboard files [$DYAD_WEB, installed]\n"
            "  --no-web             the API only\n"
            "  --lexicon FILE       for POST /code [the usual search]\n"
            "  --no-code            no POST /code (no lexicon loaded)\n"
            "  --threads N          worker threads [4]\n"
            "  --max-connections N  open connections [64]\n"
            "  --timeout-ms N       store time of one request [5000]\n"
            "  --max-body BYTES     request body limit [1m]\n"
            "  --rate N             requests a second per client [100]; 0 off\n"
            "  --port-file FILE     write the bound port there\n"
            "  --quiet              no access log\n");
}

/* 1 for an address only this machine reaches */
static int is_loopback(const char *host)
{
    return !strncmp(host, "127.", 4) || !strcmp(host, "::1");
}

/* HOST:PORT, [V6]:PORT or PORT into cfg (host copied into buf) */
static int parse_listen(const char *s, srv_config *cfg, char *buf,
                        size_t size)
{
    const char *colon = strrchr(s, ':');
    const char *port = colon ? colon + 1 : s;
    size_t v;
    if (cli_parse_count(port, &v, 65535, 0) && strcmp(port, "0"))
        return -1;
    cfg->port = strcmp(port, "0") ? (unsigned)v : 0;
    if (!colon)
        return 0;
    size_t n = (size_t)(colon - s);
    if (n >= 2 && s[0] == '[' && s[n - 1] == ']') {
        s++;
        n -= 2;
    }
    if (!n || n >= size)
        return -1;
    memcpy(buf, s, n);
    buf[n] = '\0';
    cfg->host = buf;
    return 0;
}

static int is_dir(const char *p)
{
    struct stat sb;
    return p && stat(p, &sb) == 0 && S_ISDIR(sb.st_mode);
}

/* --web, $DYAD_WEB, the build tree, the installed share directory */
static const char *find_web(const char *given)
{
    if (given)
        return given;
    const char *env = getenv("DYAD_WEB");
    if (env && env[0])
        return env;
#ifdef DYAD_BUILD_WEB
    if (is_dir(DYAD_BUILD_WEB))
        return DYAD_BUILD_WEB;
#endif
#ifdef DYAD_INSTALL_WEB
    if (is_dir(DYAD_INSTALL_WEB))
        return DYAD_INSTALL_WEB;
#endif
    return NULL;
}

/* a numeric option into *out; -1 (reported) when it is not one */
static int number(const char *name, const char *arg, unsigned long long max,
                  int units, size_t *out)
{
    if (!cli_parse_count(arg, out, max, units))
        return 0;
    if (!strcmp(arg, "0") && !units) {
        *out = 0;
        return 0;
    }
    fprintf(stderr, "dyad serve: --%s: bad number '%s'\n", name, arg);
    return -1;
}

static int parse(int argc, char **argv, srv_config *cfg, char *host,
                 size_t host_size, const char **lexicon, int *no_web,
                 int *no_code)
{
    static const struct option longs[] = {
        {"db", 1, 0, 'D'},       {"listen", 1, 0, 'l'},
        {"token", 1, 0, 't'},    {"web", 1, 0, 'w'},
        {"no-web", 0, 0, 'W'},   {"lexicon", 1, 0, 'L'},
        {"no-code", 0, 0, 'C'},  {"threads", 1, 0, 'T'},
        {"max-connections", 1, 0, 'm'}, {"timeout-ms", 1, 0, 'o'},
        {"max-body", 1, 0, 'b'}, {"rate", 1, 0, 'r'},
        {"port-file", 1, 0, 'p'}, {"quiet", 0, 0, 'q'},
        {"help", 0, 0, 'h'},     {0, 0, 0, 0}};
    int opt;
    size_t v = 0;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "D:hq", longs, NULL)) != -1) {
        int bad = 0;
        switch (opt) {
        case 'D': cfg->db = optarg; break;
        case 'l':
            bad = parse_listen(optarg, cfg, host, host_size);
            if (bad)
                fprintf(stderr, "dyad serve: --listen takes HOST:PORT\n");
            break;
        case 't': cfg->token = optarg; break;
        case 'w': cfg->web_dir = optarg; break;
        case 'W': *no_web = 1; break;
        case 'L': *lexicon = optarg; break;
        case 'C': *no_code = 1; break;
        case 'T': bad = number("threads", optarg, 64, 0, &v); cfg->threads = (unsigned)v; break;
        case 'm': bad = number("max-connections", optarg, 4096, 0, &v); cfg->max_connections = (unsigned)v; break;
        case 'o': bad = number("timeout-ms", optarg, 600000, 0, &v); cfg->timeout_ms = (unsigned)v; break;
        case 'b': bad = number("max-body", optarg, 256ULL << 20, 1, &cfg->max_body); break;
        case 'r': bad = number("rate", optarg, 1000000, 0, &v); cfg->rate = (unsigned)v; break;
        case 'p': cfg->port_file = optarg; break;
        case 'q': cfg->quiet = 1; break;
        case 'h': usage(stdout); return EX_OK;
        default: usage(stderr); return EX_USAGE;
        }
        if (bad)
            return EX_USAGE;
    }
    if (optind < argc) {
        fprintf(stderr, "dyad serve: unexpected argument '%s'\n", argv[optind]);
        return EX_USAGE;
    }
    return -1;
}

/* the settings that make sense together; an exit code, or -1 */
static int check(srv_config *cfg)
{
    if (!cfg->db) {
        fprintf(stderr, "dyad serve: --db FILE is required\n");
        return EX_USAGE;
    }
    if (!cfg->token) {
        const char *env = getenv("DYAD_TOKEN");
        if (env && env[0])
            cfg->token = env;
    }
    if (cfg->token && strlen(cfg->token) < 16) {
        fprintf(stderr, "dyad serve: a token needs at least 16 characters\n");
        return EX_USAGE;
    }
    if (cfg->token && strspn(cfg->token, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef"
                                          "ghijklmnopqrstuvwxyz0123456789-_.~")
                          != strlen(cfg->token)) {
        fprintf(stderr, "dyad serve: a token is letters, digits and -_.~\n");
        return EX_USAGE;
    }
    if (!is_loopback(cfg->host) && !cfg->token) {
        fprintf(stderr, "dyad serve: listening on %s needs a token (--token "
                        "or DYAD_TOKEN)\n", cfg->host);
        return EX_USAGE;
    }
    if (!cfg->threads || !cfg->max_connections || !cfg->max_body) {
        fprintf(stderr, "dyad serve: threads, connections and body size "
                        "must be positive\n");
        return EX_USAGE;
    }
    return -1;
}

int cmd_serve(int argc, char **argv)
{
    srv_config cfg = {.host = "127.0.0.1", .port = 8080, .threads = 4,
                      .max_connections = 64, .timeout_ms = 5000,
                      .idle_s = 15, .max_body = 1 << 20, .rate = 100};
    char host[128];
    const char *lexicon = NULL;
    int no_web = 0, no_code = 0;
    int rc = parse(argc, argv, &cfg, host, sizeof host, &lexicon, &no_web,
                   &no_code);
    if (rc < 0)
        rc = check(&cfg);
    if (rc >= 0)
        return rc;
    cfg.web_dir = no_web ? NULL : find_web(cfg.web_dir);
    if (!no_web && !cfg.web_dir)
        fprintf(stderr, "dyad serve: no dashboard files found (--web DIR); "
                        "serving the API only\n");
    dyad_lexicon *lex = NULL;
    if (!no_code && !(lex = cli_load_lexicon(lexicon)))
        return EX_INPUT;
    cfg.lex = lex;
    rc = srv_run(&cfg);
    dyad_lexicon_free(lex);
    return rc;
}
