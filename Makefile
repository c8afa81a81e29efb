# Logis: two commands on a fresh Debian 12 machine.
#   make run    install what is missing, build, start on SQLite with the demo agency at http://127.0.0.1:8080
#   make test   everything: unit, API on SQLite and MariaDB, command line, browser tests with axe

JOBS ?= $(shell nproc)

.PHONY: run build deps server web test clean

run: build
	scripts/run-demo

build: deps server web

deps:
	scripts/install-deps

server:
	cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DLOGIS_TESTS=OFF >/dev/null
	cmake --build build -j $(JOBS)

web:
	scripts/build-web

test:
	scripts/test-all

clean:
	rm -rf build build-test web/dist
