package relation

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed default.rules
var defaultRules string

var defaultSet = sync.OnceValues(func() (*RuleSet, error) {
	rules, err := ParseRules(strings.NewReader(defaultRules), "default.rules")
	if err != nil {
		return nil, err
	}
	return Compile(rules)
})

// Default returns the embedded default rule set, compiling it on first use.
func Default() (*RuleSet, error) { return defaultSet() }
