// Tests struct tags (Get, Lookup, malformed tags), StructField's Tag,
// Anonymous, Index, PkgPath and Offset, FieldByName through embedded
// structs (promotion, hiding, ambiguity), FieldByIndex, FieldByNameFunc
// and VisibleFields.
package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Inner struct {
	X    int `json:"x"`
	Name string
	deep bool
}

type Other struct {
	X    float64
	Only string `k:"v"`
}

type Ptr struct{ P int }

type Outer struct {
	ID    int    `json:"id,omitempty" xml:"i"`
	name  string `json:"-"`
	Inner `json:"inner"`
	Other
	*Ptr
	Name string
	Tail []byte `json:"tail,string" empty:""`
}

func main() {
	tags := []reflect.StructTag{
		`json:"a,omitempty" xml:"b"`,
		`json:"a\"q\\x"`,
		`  spaced:"yes"   other:"ok"`,
		`bad`,
		`json:"unterminated`,
		`k:""`,
		`json:a`,
	}
	for _, tag := range tags {
		v, ok := tag.Lookup("json")
		fmt.Printf("%q -> %q %v | %q %q %q\n", string(tag), v, ok, tag.Get("xml"), tag.Get("other"), tag.Get("k"))
	}

	t := reflect.TypeOf(Outer{})
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("%d %s pkg=%q type=%v tag=%q anon=%v index=%v offset=%d exported=%v\n",
			i, f.Name, f.PkgPath, f.Type, f.Tag, f.Anonymous, f.Index, f.Offset, f.IsExported())
	}
	for _, name := range []string{"ID", "X", "Name", "Only", "P", "deep", "Missing", "Inner", "Ptr"} {
		f, ok := t.FieldByName(name)
		fmt.Println(name, ok, f.Name, f.Index, f.Type)
	}
	f := t.FieldByIndex([]int{2, 1})
	fmt.Println("index [2 1]:", f.Name, f.Index, f.Type)
	f, ok := t.FieldByNameFunc(func(s string) bool { return strings.HasPrefix(s, "On") })
	fmt.Println("func:", f.Name, f.Index, ok)
	f, ok = t.FieldByNameFunc(func(s string) bool { return s == "X" })
	fmt.Println("func X:", f.Name, ok)
	for _, vf := range reflect.VisibleFields(t) {
		fmt.Println("visible", vf.Name, vf.Index, vf.Type)
	}

	v := reflect.ValueOf(&Outer{ID: 7, Inner: Inner{X: 3, Name: "in"}, Ptr: &Ptr{9}, Name: "out"}).Elem()
	fmt.Println(v.FieldByName("X").IsValid(), v.FieldByName("Name"), v.FieldByName("P"), v.FieldByIndex([]int{2, 1}))
	fmt.Println(v.FieldByName("Missing").IsValid())
	fmt.Println(v.FieldByName("name").CanInterface(), v.FieldByName("name").CanSet(), v.FieldByName("ID").CanSet())
	v.FieldByName("P").SetInt(10)
	fmt.Println(v.Interface().(Outer).Ptr.P)
	var nilPtr Outer
	_, err := reflect.ValueOf(nilPtr).FieldByIndexErr([]int{4, 0})
	fmt.Println(err)

	anon := struct {
		A int `json:"a"`
		b string
	}{1, "x"}
	at := reflect.TypeOf(anon)
	fmt.Println(at, at.Field(0).Tag, at.Field(1).PkgPath, at.Name() == "", at.PkgPath() == "")
	fmt.Println(t.Name(), t.PkgPath(), t.Kind(), t.Size() > 0, t.Align(), t.FieldAlign())
}
