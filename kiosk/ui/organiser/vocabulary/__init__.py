"""The organiser's "Vocabulary" page: tags, categories, job-title rules, vocabulary files."""
