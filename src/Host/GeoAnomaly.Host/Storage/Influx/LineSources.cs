namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>Ready-made <see cref="ILineSource"/>s.</summary>
internal static class LineSources
{
    /// <summary>Lines given as text, one point per string.</summary>
    /// <param name="lines">Line-protocol lines without newlines.</param>
    public static ILineSource FromLines(IEnumerable<string> lines) =>
        FromItems(lines, (batch, line) => batch.AppendLine(line));

    /// <summary>One encoder call per item; an item may append no point (a gap) or several.</summary>
    /// <typeparam name="T">Item type.</typeparam>
    /// <param name="items">The items, enumerated once, lazily.</param>
    /// <param name="encode">Appends the item's points to the batch.</param>
    public static ILineSource FromItems<T>(IEnumerable<T> items, Action<LineBatch, T> encode) =>
        new ItemSource<T>(items, encode);

    /// <summary>The sources one after the other.</summary>
    /// <param name="sources">Sources, each drained before the next starts.</param>
    public static ILineSource Concat(IEnumerable<ILineSource> sources) => new ConcatSource(sources);

    private sealed class ItemSource<T>(IEnumerable<T> items, Action<LineBatch, T> encode) : ILineSource
    {
        private IEnumerator<T>? _items;
        private bool _done;

        public bool Fill(LineBatch batch, int maxLines)
        {
            _items ??= items.GetEnumerator();
            while (!_done && batch.Count < maxLines)
            {
                if (!_items.MoveNext())
                {
                    _done = true;
                    _items.Dispose();
                    break;
                }

                encode(batch, _items.Current);
            }

            return !_done;
        }
    }

    private sealed class ConcatSource(IEnumerable<ILineSource> sources) : ILineSource
    {
        private IEnumerator<ILineSource>? _sources;
        private ILineSource? _current;
        private bool _done;

        public bool Fill(LineBatch batch, int maxLines)
        {
            _sources ??= sources.GetEnumerator();
            while (!_done && batch.Count < maxLines)
            {
                if (_current is null)
                {
                    if (!_sources.MoveNext())
                    {
                        _done = true;
                        _sources.Dispose();
                        break;
                    }

                    _current = _sources.Current;
                }

                if (!_current.Fill(batch, maxLines))
                {
                    _current = null;
                }
            }

            return !_done;
        }
    }
}
