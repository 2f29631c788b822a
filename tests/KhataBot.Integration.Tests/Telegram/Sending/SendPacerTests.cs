using KhataBot.Infrastructure.Telegram.Sending;
using KhataBot.Integration.Tests.Support;

namespace KhataBot.Integration.Tests.Telegram.Sending;

public sealed class SendPacerTests
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void No_one_second_window_ever_holds_more_than_the_overall_limit()
    {
        var pacer = new SendPacer(_clock, maxPerSecond: 30);
        var sent = new List<DateTimeOffset>();
        for (var step = 0; step < 3000; step++)
        {
            // 100 chats take turns, as the sender does; time moves 1 ms a step.
            if (pacer.TryTake(step % 100) is null)
            {
                sent.Add(_clock.GetUtcNow());
                pacer.Finished();
            }

            _clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        var busiest = sent.Max(t => sent.Count(s => s >= t && s < t + TimeSpan.FromSeconds(1)));
        Assert.Equal(30, busiest);
        Assert.InRange(sent.Count, 80, 90); // close to 30 a second over 3 s: the limit is used, not wasted
    }

    [Fact]
    public void One_chat_gets_a_short_burst_then_about_one_a_second()
    {
        var pacer = new SendPacer(_clock, maxPerSecond: 30);

        var burst = Enumerable.Range(0, 5).Count(_ => pacer.TryTake(42) is null);
        var wait = pacer.TryTake(42);

        Assert.Equal(3, burst);
        Assert.NotNull(wait);
        _clock.Advance(wait!.Value);
        Assert.Null(pacer.TryTake(42));
        Assert.Null(pacer.TryTake(43)); // another chat is not held up
    }

    [Fact]
    public void A_chat_told_to_retry_after_waits_alone()
    {
        var pacer = new SendPacer(_clock, maxPerSecond: 30);
        pacer.HoldChat(42, TimeSpan.FromSeconds(5));

        Assert.Equal(TimeSpan.FromSeconds(5), pacer.TryTake(42));
        Assert.Null(pacer.TryTake(43));
        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Null(pacer.TryTake(42));
    }

    [Fact]
    public void A_send_slow_on_its_way_counts_from_when_it_finished()
    {
        // Telegram counts a send when it arrives: one that took 300 ms may land in the next second's window.
        var pacer = new SendPacer(_clock, maxPerSecond: 2);
        Assert.Null(pacer.TryTake(1));
        _clock.Advance(TimeSpan.FromMilliseconds(300));
        pacer.Finished();
        Assert.Null(pacer.TryTake(2));
        pacer.Finished();

        _clock.Advance(TimeSpan.FromMilliseconds(900)); // 1.2 s after the first began, 0.9 s after it arrived
        Assert.NotNull(pacer.TryTake(3));
        _clock.Advance(TimeSpan.FromMilliseconds(200));
        Assert.Null(pacer.TryTake(3));
    }
}
