# stakegraph - build, demo, tests, benchmarks, install.
# Quick start on Debian 12: `make demo`, then `make check`.

PREFIX   ?= /usr/local
DESTDIR  ?=
CC       ?= cc
PKGS      = igraph libcgraph libgvc jansson
BUILD     = build

# Debian packages: to build, and in addition to test
DEB_BUILD = gcc libc6-dev make pkg-config libigraph-dev libgraphviz-dev libjansson-dev
DEB_CHECK = libcmocka-dev python3 python3-networkx python3-numpy python3-scipy python3-dask python3-distributed graphviz \
            libxml2-utils clang libclang-rt-14-dev valgrind strace

WARN      = -Wall -Wextra -Werror -std=c11
DEFS      = -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L -DSG_DATADIR='"$(PREFIX)/share/stakegraph"'
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CFLAGS   ?= -O3 -g
ALL_CFLAGS = $(WARN) $(DEFS) $(CFLAGS) -Iinclude -Isrc $(PKG_CFLAGS)
LIBS      = $(PKG_LIBS) -lm -lpthread
SAN       = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
TSAN      = -fsanitize=thread

LIB_SRC  = $(sort $(wildcard src/*.c))
CLI_SRC  = $(sort $(wildcard src/cli/*.c))
TEST_SRC = $(sort $(wildcard tests/test_*.c))
HEADERS  = $(wildcard include/*.h src/*.h src/cli/*.h)

LIB_OBJ      = $(LIB_SRC:src/%.c=$(BUILD)/rel/%.o)
CLI_OBJ      = $(CLI_SRC:src/%.c=$(BUILD)/rel/%.o)
LIB_OBJ_SAN  = $(LIB_SRC:src/%.c=$(BUILD)/san/%.o)
CLI_OBJ_SAN  = $(CLI_SRC:src/%.c=$(BUILD)/san/%.o)
TESTS        = $(TEST_SRC:tests/%.c=$(BUILD)/rel/%)
TESTS_SAN    = $(TEST_SRC:tests/%.c=$(BUILD)/san/%)

.PHONY: all deps deps-check deps-node demo check unit e2e score crosscheck dask clients install-test test-san test-tsan memcheck fuzz fuzz-smoke bench install uninstall clean

all: stakegraph libstakegraph.a

$(BUILD)/rel/%.o: src/%.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(BUILD)/san/%.o: src/%.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(SAN) -O1 -c $< -o $@

libstakegraph.a: $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $^

$(BUILD)/libstakegraph-san.a: $(LIB_OBJ_SAN)
	rm -f $@
	ar rcs $@ $^

stakegraph: $(CLI_OBJ) libstakegraph.a
	$(CC) $(ALL_CFLAGS) -o $@ $(CLI_OBJ) libstakegraph.a $(LIBS)

$(BUILD)/stakegraph-san: $(CLI_OBJ_SAN) $(BUILD)/libstakegraph-san.a
	$(CC) $(ALL_CFLAGS) $(SAN) -o $@ $(CLI_OBJ_SAN) $(BUILD)/libstakegraph-san.a $(LIBS)

# The CLI under ThreadSanitizer, for test-tsan; its text store moves to a file past
# 1 MB, so that the writer's threads read texts from the file in its test corpus.
$(BUILD)/stakegraph-tsan: $(LIB_SRC) $(CLI_SRC) $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(TSAN) -O1 '-DSG_STORE_SPILL=((size_t)1 << 20)' -o $@ \
		$(LIB_SRC) $(CLI_SRC) $(LIBS)

$(BUILD)/rel/test_%: tests/test_%.c tests/testutil.h libstakegraph.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $$(pkg-config --cflags cmocka) -o $@ $< libstakegraph.a \
	  $$(pkg-config --libs cmocka) $(LIBS)

$(BUILD)/san/test_%: tests/test_%.c tests/testutil.h $(BUILD)/libstakegraph-san.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(SAN) $$(pkg-config --cflags cmocka) -o $@ $< \
	  $(BUILD)/libstakegraph-san.a $$(pkg-config --libs cmocka) $(LIBS)

# Install what is missing from Debian's archive (apt-get needs root; without it,
# print the exact command and stop).
define install_debs
	@missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "stakegraph: installing$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null \
	      || { echo "stakegraph: apt-get install failed" >&2; exit 1; }; \
	  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then \
	    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null \
	      || { echo "stakegraph: apt-get install failed" >&2; exit 1; }; \
	  else \
	    echo "stakegraph: missing Debian packages; run as root:" >&2; \
	    echo "  apt-get update && apt-get install -y$$missing" >&2; exit 1; \
	  fi; \
	fi
endef

deps:
	$(call install_debs,$(DEB_BUILD))

deps-check: deps
	$(call install_debs,$(DEB_CHECK))
	@command -v npm >/dev/null 2>&1 || $(MAKE) --no-print-directory deps-node

# Node.js and npm only when no npm is on PATH (a machine may have its own build)
deps-node:
	$(call install_debs,nodejs npm)

demo: deps
	@$(MAKE) --no-print-directory all
	@mkdir -p out
	./stakegraph build -o out/graph.json graphs/sample
	./stakegraph render -f svg -o out/stakeholders.svg out/graph.json
	./stakegraph render -f grid -o out/power-interest.svg out/graph.json
	@echo
	@echo "The ten most central stakeholders (PageRank):"
	@./stakegraph rank --top 10 out/graph.json
	@echo
	@echo "Files: out/graph.json (graph JSON), out/stakeholders.svg (map), out/power-interest.svg (grid)"

# the builds on every core (they are independent); the tests after them in turn
JOBS ?= $(shell nproc 2>/dev/null || echo 1)

check: deps-check
	@$(MAKE) --no-print-directory -j$(JOBS) all $(TESTS) $(TESTS_SAN) $(BUILD)/stakegraph-san $(BUILD)/stakegraph-tsan $(FUZZERS)
	@$(MAKE) --no-print-directory unit e2e score crosscheck dask clients install-test test-san test-tsan memcheck fuzz-smoke

unit: $(TESTS)
	@set -e; for t in $(TESTS); do echo "== $$t"; ./$$t; done

e2e: stakegraph
	@STAKEGRAPH=./stakegraph sh tests/e2e.sh

score: stakegraph
	@sh tests/score.sh ./stakegraph

crosscheck: stakegraph
	@/usr/bin/python3 tests/crosscheck.py ./stakegraph

# The merge contract on an existing distributed engine: Dask workers extract,
# a tree of merges folds, the bytes equal a single build.
dask: stakegraph
	@/usr/bin/python3 tests/dask_merge.py ./stakegraph graphs/sample $(wildcard ../shared/corpus)

# The visualisation clients load the exports: cytoscape and graphology from npm,
# installed into a git-ignored folder (tests/node_modules).
clients: stakegraph
	@sh tests/clients.sh ./stakegraph

install-test: all
	@sh tests/install.sh

test-san: $(TESTS_SAN) $(BUILD)/stakegraph-san
	@set -e; for t in $(TESTS_SAN); do echo "== $$t (address, undefined)"; \
	  ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=tests/lsan.supp ./$$t; done
	@echo "== end-to-end under address and undefined sanitizers"
	@ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp STAKEGRAPH=$(BUILD)/stakegraph-san sh tests/e2e.sh

# The threaded build under ThreadSanitizer: no data race, the same bytes as -j 1.
test-tsan: stakegraph $(BUILD)/stakegraph-tsan
	@echo "== build -j 3 under ThreadSanitizer"
	@sh tests/tsan.sh $(BUILD)/stakegraph-tsan ./stakegraph

# libFuzzer targets for the article extractor and the graph JSON reader, seeded
# from tests/data/fuzz/<target>/ (whatever a run finds goes there as a regression
# case). `make fuzz FUZZ_SECONDS=1800` runs each for that long; make check runs
# each for FUZZ_SMOKE seconds.
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 600
FUZZ_SMOKE   ?= 60
FUZZ_FLAGS    = -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
FUZZERS       = $(BUILD)/fuzz/fuzz_extract $(BUILD)/fuzz/fuzz_json

$(BUILD)/fuzz/%: tests/fuzz/%.c $(LIB_SRC) $(HEADERS)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(WARN) $(DEFS) $(FUZZ_FLAGS) -Iinclude -Isrc $(PKG_CFLAGS) -o $@ $< $(LIB_SRC) $(LIBS)


fuzz: $(FUZZERS)
	@sh tests/fuzz.sh extract $(FUZZ_SECONDS)
	@sh tests/fuzz.sh json $(FUZZ_SECONDS)

fuzz-smoke: $(FUZZERS)
	@echo "== fuzzing each target for $(FUZZ_SMOKE) s (side by side)"
	@sh tests/fuzz.sh extract $(FUZZ_SMOKE) & x=$$!; \
	  sh tests/fuzz.sh json $(FUZZ_SMOKE); j=$$?; wait $$x; e=$$?; \
	  [ $$e -eq 0 ] && [ $$j -eq 0 ] || { echo "fuzz: a target failed" >&2; exit 1; }
	@echo "fuzz: 2 passed, 0 failed"

# The demo under valgrind memcheck: no errors, no leaks from stakegraph's code
# (third-party font caches suppressed, see tests/valgrind.supp).
memcheck: all
	@sh tests/memcheck.sh ./stakegraph

bench: deps-check
	@$(MAKE) --no-print-directory -s all
	@python3 tests/bench.py ./stakegraph

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include/stakegraph \
	  $(DESTDIR)$(PREFIX)/lib/pkgconfig $(DESTDIR)$(PREFIX)/share/stakegraph/lexicon \
	  $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 stakegraph $(DESTDIR)$(PREFIX)/bin/
	install -m 644 libstakegraph.a $(DESTDIR)$(PREFIX)/lib/
	install -m 644 include/*.h $(DESTDIR)$(PREFIX)/include/stakegraph/
	install -m 644 graphs/lexicon/*.tsv $(DESTDIR)$(PREFIX)/share/stakegraph/lexicon/
	install -m 644 src/stakegraph.1 $(DESTDIR)$(PREFIX)/share/man/man1/
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@VERSION@|$(shell sed -n 's/#define SG_VERSION "\(.*\)"/\1/p' include/stakegraph.h)|' \
	  src/stakegraph.pc.in > $(DESTDIR)$(PREFIX)/lib/pkgconfig/stakegraph.pc

uninstall:
	rm -rf $(DESTDIR)$(PREFIX)/bin/stakegraph $(DESTDIR)$(PREFIX)/lib/libstakegraph.a \
	  $(DESTDIR)$(PREFIX)/include/stakegraph $(DESTDIR)$(PREFIX)/share/stakegraph \
	  $(DESTDIR)$(PREFIX)/lib/pkgconfig/stakegraph.pc $(DESTDIR)$(PREFIX)/share/man/man1/stakegraph.1

clean:
	rm -rf $(BUILD) stakegraph libstakegraph.a
