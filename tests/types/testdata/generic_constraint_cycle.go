// A generic type's constraint may lead back to the type itself: its type
// parameters are bound before the constraint is checked (as types2 binds
// them), so Message's field finds Interaction generic, whichever of the
// declarations is checked first.
package main

type Interaction[DataT InteractionDataConstraint] struct{}

type Message struct {
	Interaction *Interaction[[]byte]
}

type InteractionDataConstraint interface {
	[]byte | Data
}

type Data struct {
	m map[int]Message
}

func main() {
	var m Message
	_ = m
}
