package org.briefing.content;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.LineIndex;
import org.briefing.diag.Position;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * The one place Jackson's YAML support is used. Reads untrusted YAML into a tree that remembers
 * every value's position, and bounds what a hostile file can cost: aliases are refused (so no
 * "billion laughs"), nesting depth and size are capped, duplicate keys are errors.
 * Immutable and thread-safe.
 */
public final class YamlReader {
    /** Deepest nesting accepted; real fact files need about six levels. */
    public static final int MAX_DEPTH = 64;
    /** Largest YAML text accepted, in characters. */
    public static final int MAX_CHARS = 4 * 1024 * 1024;

    private final YAMLFactory factory;
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    public YamlReader() {
        LoadSettings settings = LoadSettings.builder()
                .setCodePointLimit(MAX_CHARS)
                .setMaxAliasesForCollections(0)
                // Duplicates are refused in build(), which names the first occurrence's line.
                .setAllowDuplicateKeys(true)
                .build();
        // Duplicate keys are caught while building the tree, with a better message than Jackson's.
        YAMLFactory yamlFactory = YAMLFactory.builder().loadSettings(settings)
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        // Only the streaming parser is used: no ObjectMapper, which would load all of databind's
        // serialisation machinery at start-up for nothing.
        this.factory = yamlFactory;
    }

    /** Result of reading: the document, or the diagnostics that stopped it. */
    public record Result(YamlDocument document, List<Diagnostic> errors) {
        public boolean ok() {
            return document != null;
        }
    }

    /**
     * Parses {@code text} (the file at root-relative {@code path}); {@code lineOffset} is added to
     * every line, for YAML embedded in a larger file such as front matter.
     */
    public Result read(String path, String text, int lineOffset) {
        Map<String, Position> values = new HashMap<>();
        Map<String, Position> keys = new HashMap<>();
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), text)) {
            JsonNode root = build(p, path, lineOffset, values, keys);
            return new Result(new YamlDocument(path, root, Map.copyOf(values), Map.copyOf(keys)), List.of());
        } catch (Refusal r) {
            return new Result(null, List.of(Diagnostic.error(r.at, r.getMessage(), r.hint)));
        } catch (JacksonException e) {
            return new Result(null, List.of(syntaxError(e, path, text, lineOffset)));
        } catch (RuntimeException e) {
            // snakeyaml-engine can throw its own exceptions past Jackson; they still carry a message.
            return new Result(null, List.of(Diagnostic.error(new Position(path, 1 + lineOffset, 1),
                    "invalid YAML: " + Diagnostic.firstLine(e.getMessage(), "unreadable"))));
        }
    }

    /**
     * Reports a parse failure where snakeyaml-engine saw the problem (Jackson's own location is often
     * the start of the enclosing value), with the problem itself rather than its context as message.
     */
    private static Diagnostic syntaxError(JacksonException e, String path, String text, int lineOffset) {
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof MarkedYamlEngineException m && m.getProblem() != null) {
                java.util.Optional<Mark> mark = m.getProblemMark().or(m::getContextMark);
                if (m.getProblem().contains("end of stream") && m.getContextMark().isPresent()) {
                    // "End of stream" lies past the last line, where no editor or pull-request annotation
                    // can point; the unclosed construct starts where the mistake is.
                    mark = m.getContextMark();
                }
                Position at = mark.map(k -> new Position(path, k.getLine() + 1 + lineOffset, k.getColumn() + 1))
                        .orElse(new Position(path, 1 + lineOffset, 1));
                String context = m.getContext() == null ? "" : " (" + Diagnostic.firstLine(m.getContext(), "unreadable")
                        + m.getContextMark().map(k -> " at line " + (k.getLine() + 1 + lineOffset)).orElse("") + ")";
                return Diagnostic.error(at, "invalid YAML: " + Diagnostic.firstLine(m.getProblem(), "unreadable") + context);
            }
            if (c instanceof ReaderException r) {
                return Diagnostic.error(offsetPosition(path, text, r.getPosition(), lineOffset),
                        "invalid YAML: character U+" + String.format(java.util.Locale.ROOT, "%04X", r.getCodePoint())
                                + " is not allowed", "remove it or write it as an escape in a double-quoted string");
            }
        }
        TokenStreamLocation loc = e.getLocation();
        int line = loc == null ? 1 : Math.max(1, loc.getLineNr()) + lineOffset;
        int col = loc == null ? 1 : Math.max(1, loc.getColumnNr());
        return Diagnostic.error(new Position(path, line, col), "invalid YAML: " + Diagnostic.firstLine(e.getOriginalMessage(), "unreadable"));
    }

    /** Line and column of the code point at index {@code codePoints} of {@code text}. */
    private static Position offsetPosition(String path, String text, int codePoints, int lineOffset) {
        int offset = text.offsetByCodePoints(0, Math.min(codePoints, text.codePointCount(0, text.length())));
        return new LineIndex(path, text, 1 + lineOffset).at(offset);
    }

    private JsonNode build(JsonParser p, String path, int lineOffset,
                           Map<String, Position> values, Map<String, Position> keys) {
        Deque<Frame> stack = new ArrayDeque<>();
        JsonNode root = null;
        String pendingName = null;
        JsonToken t;
        while ((t = p.nextToken()) != null) {
            Position at = position(p, path, lineOffset);
            if (t == JsonToken.PROPERTY_NAME) {
                pendingName = TextFile.clean(p.currentName());
                Frame top = stack.peek();
                if (top != null && top.object.has(pendingName)) {
                    throw new Refusal(at, "duplicate key '" + pendingName + "'",
                            "the first one is at line " + keys.get(top.pointer + "/" + YamlDocument.segment(pendingName)).line());
                }
                keys.put(childPointer(stack, pendingName), at);
                continue;
            }
            if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                stack.pop();
                continue;
            }
            if (p instanceof YAMLParser yp && yp.isCurrentAlias()) {
                throw new Refusal(at, "YAML aliases (*name) are not supported",
                        "write the value out in full; aliases make untrusted files expensive to load");
            }
            String pointer = childPointer(stack, pendingName);
            JsonNode node = switch (t) {
                case START_OBJECT -> nodes.objectNode();
                case START_ARRAY -> nodes.arrayNode();
                case VALUE_STRING -> nodes.stringNode(TextFile.clean(p.getString()));
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> numberNode(p, at);
                case VALUE_TRUE -> nodes.booleanNode(true);
                case VALUE_FALSE -> nodes.booleanNode(false);
                case VALUE_NULL -> nodes.nullNode();
                default -> nodes.stringNode(TextFile.clean(p.getString()));
            };
            values.put(pointer, at);
            Frame parent = stack.peek();
            if (parent == null) {
                if (root != null) {
                    throw new Refusal(at, "more than one YAML document in one file",
                            "remove the '---' line; each file holds one document");
                }
                root = node;
            } else if (parent.object != null) {
                parent.object.set(pendingName, node);
            } else {
                parent.array.add(node);
            }
            pendingName = null;
            if (node instanceof ObjectNode o) {
                push(stack, new Frame(pointer, o, null), at);
            } else if (node instanceof ArrayNode a) {
                push(stack, new Frame(pointer, null, a), at);
            }
        }
        return root;
    }

    private static void push(Deque<Frame> stack, Frame f, Position at) {
        if (stack.size() >= MAX_DEPTH) {
            throw new Refusal(at, "YAML nested deeper than " + MAX_DEPTH + " levels",
                    "flatten the structure");
        }
        stack.push(f);
    }

    private JsonNode numberNode(JsonParser p, Position at) {
        if (p.isNaN()) {
            // .inf, -.inf and .nan are YAML numbers that JSON, and so data/*.json, cannot hold.
            throw new Refusal(at, "'" + p.getText() + "' is not a number the site can use",
                    "write a finite number, or quote it (\"" + p.getText() + "\") to make it text");
        }
        return switch (p.getNumberType()) {
            case INT, LONG -> nodes.numberNode(p.getLongValue());
            case BIG_INTEGER -> nodes.numberNode(p.getBigIntegerValue());
            default -> nodes.numberNode(p.getDecimalValue());
        };
    }

    private static String childPointer(Deque<Frame> stack, String name) {
        Frame top = stack.peek();
        if (top == null) {
            return "";
        }
        return top.object != null
                ? top.pointer + "/" + YamlDocument.segment(name)
                : top.pointer + "/" + top.array.size();
    }

    private static Position position(JsonParser p, String path, int lineOffset) {
        TokenStreamLocation loc = p.currentTokenLocation();
        return new Position(path, Math.max(1, loc.getLineNr()) + lineOffset, Math.max(1, loc.getColumnNr()));
    }


    private record Frame(String pointer, ObjectNode object, ArrayNode array) {
    }

    /** A structural limit or rule the file broke; carries its own position. */
    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Position at;
        final String hint;

        Refusal(Position at, String message, String hint) {
            super(message, null, false, false);
            this.at = at;
            this.hint = hint;
        }
    }
}
