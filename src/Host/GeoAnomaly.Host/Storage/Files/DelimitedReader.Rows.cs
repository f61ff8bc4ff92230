using System.Globalization;

namespace GeoAnomaly.Host.Storage.Files;

/// <summary>The parsed rows, their order, and duplicate handling.</summary>
internal sealed partial class DelimitedReader
{
    private sealed class Rows
    {
        public Rows(int channels)
        {
            Values = new List<double>[channels];
            for (int c = 0; c < channels; c++)
            {
                Values[c] = new List<double>(1 << 12);
            }
        }

        public List<DateTimeOffset> Times { get; private set; } = new(1 << 12);

        public List<long> Lines { get; private set; } = new(1 << 12);

        public List<double>[] Values { get; }

        public int Count => Times.Count;

        public void Add(DateTimeOffset time, long line)
        {
            Times.Add(time);
            Lines.Add(line);
        }

        /// <summary>Rows must be in strictly increasing time order.</summary>
        public void CheckOrder(string source, Columns columns)
        {
            for (int i = 1; i < Times.Count; i++)
            {
                if (Times[i] <= Times[i - 1])
                {
                    string what = Times[i] == Times[i - 1] ? "repeats the time of" : "is earlier than";
                    throw new DataException(
                        source,
                        Lines[i],
                        $"column {columns.DescribeTime()}: {Stamp(Times[i])} {what} line {Lines[i - 1]} ({Stamp(Times[i - 1])}); rows must be in time order (set sort: true to sort them and drop exact duplicates)");
                }
            }
        }

        /// <summary>Sorts rows by time (stable), drops rows that repeat a time with the same values, rejects conflicting ones.</summary>
        public void SortAndDropDuplicates(string source, Columns columns)
        {
            int n = Times.Count;
            int[] order = new int[n];
            for (int i = 0; i < n; i++)
            {
                order[i] = i;
            }

            var times = Times;
            Array.Sort(order, (a, b) => times[a] != times[b] ? times[a].CompareTo(times[b]) : a.CompareTo(b));
            var keptTimes = new List<DateTimeOffset>(n);
            var keptLines = new List<long>(n);
            var keptValues = Values.Select(_ => new List<double>(n)).ToArray();
            int previous = -1;
            foreach (int i in order)
            {
                if (previous >= 0 && times[i] == times[previous])
                {
                    int c = FirstDifference(previous, i);
                    if (c < 0)
                    {
                        continue;
                    }

                    throw new DataException(
                        source,
                        Math.Max(Lines[i], Lines[previous]),
                        $"column {columns.Describe(columns.Values[c])}: time {Stamp(times[i])} appears on lines {Math.Min(Lines[i], Lines[previous])} and {Math.Max(Lines[i], Lines[previous])} with different values ({Number(Values[c][previous])} and {Number(Values[c][i])})");
                }

                keptTimes.Add(times[i]);
                keptLines.Add(Lines[i]);
                for (int c = 0; c < Values.Length; c++)
                {
                    keptValues[c].Add(Values[c][i]);
                }

                previous = i;
            }

            Times = keptTimes;
            Lines = keptLines;
            for (int c = 0; c < Values.Length; c++)
            {
                Values[c] = keptValues[c];
            }
        }

        private int FirstDifference(int a, int b)
        {
            for (int c = 0; c < Values.Length; c++)
            {
                double x = Values[c][a];
                double y = Values[c][b];
                if (!(x == y || (double.IsNaN(x) && double.IsNaN(y))))
                {
                    return c;
                }
            }

            return -1;
        }

        private static string Stamp(DateTimeOffset time) => CsvText.Time(time);

        private static string Number(double value) =>
            double.IsNaN(value) ? "missing" : value.ToString("R", CultureInfo.InvariantCulture);
    }
}
