package citygen

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestGenerate(t *testing.T) {
	countries := `{"id":"loc:canada","names":{"en":["Canada"]}}
{"id":"loc:djibouti","names":{"en":["Djibouti"]}}
{"id":"loc:malta","names":{"en":["Malta"]}}
{"id":"loc:morocco","names":{"en":["Morocco"]}}
`
	reserved := `{"id":"loc:london","type":"LOC"}
{"id":"org:toyota","type":"ORG","names":{"ar":["تويوتا"]}}
`
	csv := `CountryNameAr,CountryNameEn,CityNameAr,CityNameEn,Population
"كندا","Canada","لندن","London",423369
"جيبوتي","Djibouti","جيبوتي","Djibouti",623891
"مالطا","Malta","الرباط","Rabat",11497
"المغرب","Morocco","الرباط","Rabat",572717
"المغرب","Morocco","ولاية فاس","Fès",964891
"أرض","Nowhere","بلدة","Town",10
"بلغاريا","Bulgaria","وسام الاستحقاق الأمريكي","Lom",21425
"ألمانيا","Germany","نادي كايزرسلاوترن","Kaiserslautern",100000
"اليابان","Japan","تويوتا","Toyota",420000
`
	var out bytes.Buffer
	fixes, err := ParseFixes(strings.NewReader("# fixes\nFès\ten\tadd\tFez|Fes\nRabat\tar\treplace\tرباط\n"), "fixes.tsv")
	if err != nil {
		t.Fatal(err)
	}
	unmatched, err := Generate(strings.NewReader(countries), strings.NewReader(reserved), fixes, strings.NewReader(csv), &out)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"id":"loc:london-canada","type":"LOC","subtype":"city","name":"London","names":{"ar":["لندن"],"en":["London"]},"country":"loc:canada","rank":423369}
{"id":"loc:djibouti-city","type":"LOC","subtype":"city","name":"Djibouti","names":{"ar":["جيبوتي"],"en":["Djibouti"]},"country":"loc:djibouti","rank":623891}
{"id":"loc:rabat-malta","type":"LOC","subtype":"city","name":"Rabat","names":{"ar":["رباط"],"en":["Rabat"]},"country":"loc:malta","rank":11497}
{"id":"loc:rabat","type":"LOC","subtype":"city","name":"Rabat","names":{"ar":["رباط"],"en":["Rabat"]},"country":"loc:morocco","rank":572717}
{"id":"loc:fes","type":"LOC","subtype":"city","name":"Fès","names":{"ar":["ولاية فاس","فاس"],"en":["Fès","Fez","Fes"]},"country":"loc:morocco","rank":964891}
{"id":"loc:town","type":"LOC","subtype":"city","name":"Town","names":{"ar":["بلدة"],"en":["Town"]},"rank":10}
{"id":"loc:lom","type":"LOC","subtype":"city","name":"Lom","names":{"en":["Lom"]},"rank":21425}
{"id":"loc:kaiserslautern","type":"LOC","subtype":"city","name":"Kaiserslautern","names":{"en":["Kaiserslautern"]},"rank":100000}
{"id":"loc:toyota","type":"LOC","subtype":"city","name":"Toyota","names":{"en":["Toyota"]},"rank":420000}
`
	if diff := cmp.Diff(want, out.String()); diff != "" {
		t.Errorf("Generate mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"Bulgaria", "Germany", "Japan", "Nowhere"}, unmatched); diff != "" {
		t.Errorf("unmatched mismatch (-want +got):\n%s", diff)
	}
}

func TestParseFixesErrors(t *testing.T) {
	for in, want := range map[string]string{
		"a\tar\treplace\n":               "f.tsv:1: want 4 tab-separated columns, got 3",
		"a\tar\tdrop\tx\n":               "f.tsv:1: action must be replace or add",
		"# c\na\tar\tadd\t|\n":           "f.tsv:2: nothing to add",
		"a\tar\tadd\tx\na\tar\tadd\ty\n": "f.tsv:2: a second fix",
	} {
		if _, err := ParseFixes(strings.NewReader(in), "f.tsv"); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseFixes(%q) error = %v, want %q", in, err, want)
		}
	}
}

func TestGenerateBadCSV(t *testing.T) {
	_, err := Generate(strings.NewReader(""), strings.NewReader(""), nil, strings.NewReader("a,b\n\"x\",\"y\"\n"), &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "world-cities.csv:2: want 5 columns") {
		t.Errorf("Generate error = %v, want world-cities.csv:2", err)
	}
}
