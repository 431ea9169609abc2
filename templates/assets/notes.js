// Note previews: hovering or focusing a citation marker shows its note in place.
