"""What recognizers share and are not recognizers themselves: names, user names, service accounts, text
shapes, common words, name gazetteers, keyed values, mail and work identifiers, mobile identities,
Swedish identity numbers, numbers reserved for fiction."""
