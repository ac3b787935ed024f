package dev.profilekit.model.check.internal;

import dev.profilekit.model.check.Suggestion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The profile's claims, evidence and résumé entries in an in-memory Lucene index, searched with
 * BM25 over the words the language's analyzer keeps (stemmed, without stop words). The words
 * that matched are given back as the entry writes them. Built per check; thread-confined.
 */
final class SuggestionIndex implements AutoCloseable {
  /** One thing that can be suggested. */
  record Entry(String kind, Optional<String> id, String path, String text) {}

  private static final String TEXT = "text";
  private static final String NUMBER = "n";
  /** More query words than this add nothing but cost; Lucene refuses over 1024 clauses. */
  private static final int MAX_QUERY_TERMS = 128;

  private final Analyzer analyzer;
  private final List<Entry> entries;
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  SuggestionIndex(Analyzer analyzer, List<Entry> entries) {
    this.analyzer = analyzer;
    this.entries = List.copyOf(entries);
    try {
      IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        for (int i = 0; i < this.entries.size(); i++) {
          Document document = new Document();
          document.add(new StoredField(NUMBER, i));
          document.add(new TextField(TEXT, this.entries.get(i).text(), Field.Store.NO));
          writer.addDocument(document);
        }
      }
      this.reader = DirectoryReader.open(directory);
    } catch (IOException e) {
      // An in-memory directory does no I/O.
      throw new UncheckedIOException(e);
    }
    this.searcher = new IndexSearcher(reader);
    searcher.setSimilarity(new BM25Similarity());
  }

  /** The {@code limit} entries closest to {@code text} among those {@code wanted} accepts, best first. */
  List<Suggestion.Match> closest(String text, Predicate<Entry> wanted, int limit) {
    Set<String> terms = terms(text).keySet();
    if (terms.isEmpty() || entries.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    terms.stream().limit(MAX_QUERY_TERMS)
        .forEach(term -> query.add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD));
    List<Suggestion.Match> matches = new ArrayList<>();
    try {
      for (ScoreDoc hit : searcher.search(query.build(), entries.size()).scoreDocs) {
        Entry entry = entries.get(searcher.storedFields().document(hit.doc).getField(NUMBER).numericValue().intValue());
        if (!wanted.test(entry)) {
          continue;
        }
        List<String> words = new ArrayList<>(new LinkedHashSet<>(terms(entry.text()).entrySet().stream()
            .filter(e -> terms.contains(e.getKey())).map(Map.Entry::getValue).toList()));
        matches.add(Suggestion.Match.builder().kind(entry.kind()).id(entry.id()).path(entry.path())
            .text(oneLine(entry.text())).score(Math.round(hit.score * 100) / 100.0).matchedWords(words).build());
        if (matches.size() == limit) {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return matches;
  }

  /** Each analysed term of the text, with the word it came from as the text writes it (first time). */
  private Map<String, String> terms(String text) {
    Map<String, String> terms = new LinkedHashMap<>();
    try (TokenStream tokens = analyzer.tokenStream(TEXT, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        terms.putIfAbsent(term.toString(), text.substring(offset.startOffset(), offset.endOffset()));
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  private static String oneLine(String text) {
    String line = text.strip().replaceAll("\\s+", " ");
    return line.length() <= 100 ? line : line.substring(0, 97) + "...";
  }

  @Override
  public void close() {
    try {
      reader.close();
      directory.close();
      analyzer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
