using System.Collections.Concurrent;
using System.Text;
using GntTui.Views.Terminal;
using GntTui.Views.Tests.Support;

namespace GntTui.Views.Tests.Terminal;

/// <summary>The raw byte reader: blocking reads, pastes as one event, a lone ESC resolved by a one-shot timer.</summary>
public sealed class InputReaderTests
{
    [Fact]
    public void Reads_keys_and_pastes_from_raw_bytes_and_resolves_a_lone_escape_after_its_timeout()
    {
        var time = new ManualTimeProvider();
        using var input = new ScriptedStream();
        var keys = new BlockingCollection<string>();
        Exception? failure = null;
        var reader = new InputReader(input, k => keys.Add(k.ToString()), e => failure = e, time);
        reader.Start();

        input.Send("j\e[200~checked with oncall\ryes");
        input.Send(" go ahead\e[20");
        input.Send("1~\e");
        Assert.Equal("j", Take(keys));
        Assert.Equal("Paste(32 chars)", Take(keys));

        // Nothing follows the ESC: it waits for the rest of a sequence, then is the Escape key.
        Thread.Sleep(100);
        Assert.Empty(keys);
        for (var i = 0; i < 500 && keys.Count == 0; i++)
        {
            time.Advance(InputDecoder.EscapeTimeout);
            Thread.Sleep(10);
        }

        Assert.Equal("Esc", Take(keys));

        input.End();
        Assert.True(reader.Join(TimeSpan.FromSeconds(5)));
        Assert.IsType<EndOfStreamException>(failure);
        Assert.Empty(keys);
    }

    private static string Take(BlockingCollection<string> keys) =>
        keys.TryTake(out var key, TimeSpan.FromSeconds(5)) ? key : throw new TimeoutException("no key came");

    /// <summary>A terminal's stdin: each Read blocks until the test sends a chunk, and returns it whole.</summary>
    private sealed class ScriptedStream : Stream
    {
        private readonly BlockingCollection<byte[]> _chunks = new();

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public void Send(string text) => _chunks.Add(Encoding.UTF8.GetBytes(text));

        public void End() => _chunks.Add([]);

        public override int Read(byte[] buffer, int offset, int count)
        {
            var chunk = _chunks.Take();
            chunk.CopyTo(buffer, offset);
            return chunk.Length;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            _chunks.Dispose();
            base.Dispose(disposing);
        }
    }
}
