// Tests encoding/xml: the tokenizer (Token, RawToken, name spaces,
// entities, non-strict HTML, positions, syntax errors), the Encoder's
// tokens and indentation, and Marshal/Unmarshal through struct tags,
// Marshaler, MarshalerAttr, TextMarshaler and their Unmarshal twins.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"encoding/xml"
)

func tokens(d *xml.Decoder, raw bool) {
	for {
		var t xml.Token
		var err error
		if raw {
			t, err = d.RawToken()
		} else {
			t, err = d.Token()
		}
		if err == io.EOF {
			fmt.Println("  EOF at", d.InputOffset())
			return
		}
		if err != nil {
			fmt.Println("  error:", err)
			return
		}
		line, col := d.InputPos()
		fmt.Printf("  %d:%d %T %q\n", line, col, t, fmt.Sprint(t))
	}
}

const doc = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE note [<!ENTITY x "y"> <!-- c -->]>
<note xmlns="urn:n" xmlns:h="http://h/" id='7' h:lang="en">
  <to>Tove &amp; &#65;&#x42;</to><h:b/>
  <!-- a comment --><![CDATA[<raw> ]]>
</note>`

func tokenizer() {
	fmt.Println("Token:")
	tokens(xml.NewDecoder(strings.NewReader(doc)), false)
	fmt.Println("RawToken:")
	tokens(xml.NewDecoder(strings.NewReader(doc)), true)
	for _, bad := range []string{"<a>", "<a></b>", "<a x=1/>", "<a>&bogus;</a>", "<a>&amp</a>",
		"<1a/>", "<a><!-- x -- y --></a>", "</a>", "<a>\x01</a>", "<?xml version=\"1.1\"?><a/>"} {
		fmt.Printf("%q:\n", bad)
		tokens(xml.NewDecoder(strings.NewReader(bad)), false)
	}
	fmt.Println("HTML:")
	d := xml.NewDecoder(strings.NewReader(`<p>a<br>b &nbsp;&eacute; &foo; <img src=x.png alt>`))
	d.Strict = false
	d.AutoClose = xml.HTMLAutoClose
	d.Entity = xml.HTMLEntity
	tokens(d, false)
	d = xml.NewDecoder(strings.NewReader(`<a>x</a>`))
	d.DefaultSpace = "urn:default"
	tokens(d, false)
}

func encoder() {
	var b bytes.Buffer
	e := xml.NewEncoder(&b)
	e.Indent(">", "  ")
	for _, t := range []xml.Token{
		xml.ProcInst{Target: "xml", Inst: []byte(`version="1.0"`)},
		xml.StartElement{Name: xml.Name{Local: "root"}, Attr: []xml.Attr{{Name: xml.Name{Space: "http://example.com/ns", Local: "a"}, Value: "1 < 2 \"q\""}}},
		xml.Comment(" hi "),
		xml.StartElement{Name: xml.Name{Space: "urn:x", Local: "child"}},
		xml.CharData("tab\there & newline\n"),
		xml.EndElement{Name: xml.Name{Space: "urn:x", Local: "child"}},
		xml.Directive(`DOCTYPE x [<!ELEMENT x ANY>]`),
		xml.EndElement{Name: xml.Name{Local: "root"}},
	} {
		if err := e.EncodeToken(t); err != nil {
			fmt.Println("EncodeToken:", err)
		}
	}
	e.Flush()
	fmt.Println(b.String())
	for _, t := range []xml.Token{xml.EndElement{Name: xml.Name{Local: "x"}}, xml.Comment("a-->b"),
		xml.ProcInst{Target: "x y"}, xml.Directive("a>"), xml.StartElement{}} {
		fmt.Println(xml.NewEncoder(io.Discard).EncodeToken(t))
	}
	EscapeSample := []byte("<a href=\"x\">'&'\r\n\x00\xff</a>")
	xml.EscapeText(os.Stdout, EscapeSample)
	fmt.Println()
}

// Celsius marshals itself as text, "12.5C".
type Celsius float64

func (c Celsius) MarshalText() ([]byte, error) {
	return []byte(strconv.FormatFloat(float64(c), 'f', 1, 64) + "C"), nil
}

func (c *Celsius) UnmarshalText(b []byte) error {
	f, err := strconv.ParseFloat(strings.TrimSuffix(string(b), "C"), 64)
	*c = Celsius(f)
	return err
}

// Point marshals itself as an element holding x and y attributes.
type Point struct{ X, Y int }

func (p Point) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	start.Attr = append(start.Attr, xml.Attr{Name: xml.Name{Local: "at"}, Value: fmt.Sprintf("%d,%d", p.X, p.Y)})
	return e.EncodeElement("", start)
}

func (p *Point) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	for _, a := range start.Attr {
		if a.Name.Local == "at" {
			fmt.Sscanf(a.Value, "%d,%d", &p.X, &p.Y)
		}
	}
	return d.Skip()
}

// Flag is an attribute written as yes or no.
type Flag bool

func (f Flag) MarshalXMLAttr(name xml.Name) (xml.Attr, error) {
	v := "no"
	if f {
		v = "yes"
	}
	return xml.Attr{Name: name, Value: v}, nil
}

func (f *Flag) UnmarshalXMLAttr(a xml.Attr) error {
	*f = a.Value == "yes"
	return nil
}

type Address struct {
	City, State string
}

type Base struct {
	ID int `xml:"id,attr"`
}

type Person struct {
	XMLName xml.Name `xml:"person"`
	Base
	Name  string   `xml:"name"`
	Email []string `xml:"contact>email"`
	Phone string   `xml:"contact>phone,omitempty"`
	Temp  Celsius  `xml:"temp"`
	Where Point    `xml:"where"`
	Admin Flag     `xml:"admin,attr"`
	Note  string   `xml:",comment"`
	Nick  *string  `xml:"nick"`
	Age   int      `xml:"age,omitempty"`
	Address
	Text    string     `xml:",chardata"`
	Extra   []xml.Attr `xml:",any,attr"`
	Skipped string     `xml:"-"`
	private int
}

type Inner struct {
	XMLName xml.Name
	Raw     string `xml:",innerxml"`
}

type Bad struct {
	A string `xml:"x>y"`
	B string `xml:"x"`
}

func marshaling() {
	nick := "jd"
	p := Person{Base: Base{7}, Name: "John <Doe>", Email: []string{"a@b", "c@d"}, Temp: 36.6,
		Where: Point{3, 4}, Admin: true, Note: "ends with -", Nick: &nick,
		Address: Address{"Hanga Roa", "Easter Island"}, Text: "free text", private: 1}
	out, err := xml.MarshalIndent(p, "", "  ")
	fmt.Println(string(out), err)
	in := `<person id="9" admin="yes" lang="fr" xmlns:z="urn:z" z:k="v"><name>Jane</name>
	  <contact><email>j@x</email><phone>123</phone><email>k@x</email></contact>
	  <temp>-4.5C</temp><where at="5,6"><deep/></where><!--note--><age> 31 </age>
	  <City>Paris</City><unknown><a/></unknown>text<nick>jj</nick></person>`
	var q Person
	err = xml.Unmarshal([]byte(in), &q)
	got := *q.Nick
	q.Nick = nil // not its address: the output must not vary
	fmt.Printf("%+v %q %v\n", q, got, err)

	var inner Inner
	err = xml.Unmarshal([]byte(`<outer a="1"><b>x</b> y <!--c--></outer>`), &inner)
	fmt.Printf("%q %q %v\n", inner.XMLName.Local, inner.Raw, err)

	for _, v := range []any{42, "s", []byte("b"), 1.5, true, []int{1, 2}, map[string]int{}, make(chan int),
		struct{ A int }{1}, &Bad{}, nil} {
		out, err := xml.Marshal(v)
		fmt.Printf("%q %v\n", out, err)
	}
	var n struct {
		XMLName xml.Name `xml:"want"`
	}
	fmt.Println(xml.Unmarshal([]byte(`<got/>`), &n))
	var i int
	fmt.Println(xml.Unmarshal([]byte(`<i>x</i>`), &i), xml.Unmarshal([]byte(`<i>`), &i),
		xml.Unmarshal([]byte(`<i/>`), i))
	var ints []int
	d := xml.NewDecoder(strings.NewReader(`<i>1</i><i>2</i><i>3</i>`))
	for d.Decode(&ints) == nil {
	}
	fmt.Println(ints)

	var b bytes.Buffer
	e := xml.NewEncoder(&b)
	err = e.EncodeElement([]string{"x", "y"}, xml.StartElement{Name: xml.Name{Space: "urn:s", Local: "s"}})
	fmt.Println(b.String(), err)
	fmt.Print(xml.Header)
}

func main() {
	tokenizer()
	encoder()
	marshaling()
}
