// The tools CI uses, in a module of their own, so that importers of the
// library never see them in their module graph. Run them from the
// repository's root with the binaries .ci/run builds from this module.
module berakhlak.invalid/ci/tools

go 1.24.0

tool golang.org/x/exp/cmd/apidiff

require golang.org/x/tools v0.41.0

require (
	golang.org/x/exp v0.0.0-20260112195511-716be5621a96 // indirect
	golang.org/x/mod v0.32.0 // indirect
	golang.org/x/sync v0.19.0 // indirect
)
