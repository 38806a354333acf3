<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>CaptionDemo</name>
    <message>
        <source>Caption</source>
        <translation>캡션</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>장면 만들기</translation>
    </message>
    <message>
        <source>Word by word</source>
        <translation>단어별 디코딩</translation>
    </message>
    <message>
        <source>Hand-made decoder</source>
        <translation>손으로 만든 디코더</translation>
    </message>
    <message>
        <source>Dates (sequence to sequence)</source>
        <translation>날짜 (시퀀스-투-시퀀스)</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>훈련</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>Beam search beats greedy</source>
        <translation>빔 탐색이 탐욕적 디코딩을 이김</translation>
    </message>
    <message>
        <source>Length normalisation changes the winner</source>
        <translation>길이 정규화가 승자를 바꿈</translation>
    </message>
    <message>
        <source>Attention follows the digit</source>
        <translation>어텐션이 숫자를 따라감</translation>
    </message>
    <message>
        <source>A combination it never saw</source>
        <translation>본 적 없는 조합</translation>
    </message>
    <message>
        <source>A small CNN reads a scene of coloured digits, and an LSTM writes its caption word by word, looking at one part of the picture for each word. Compose your own scene, compare greedy decoding with beam search, step through the words, score the models, and translate dates with the same decoder.</source>
        <translation>작은 CNN이 색깔 있는 숫자들의 장면을 읽고, LSTM이 단어마다 그림의 한 부분을 보며 캡션을 한 단어씩 씁니다. 장면을 직접 만들어 보고, 탐욕적 디코딩과 빔 탐색을 비교하고, 단어를 하나씩 따라가 보고, 모델을 채점하고, 같은 디코더로 날짜를 번역해 보세요.</translation>
    </message>
    <message>
        <source>Without attention</source>
        <translation>어텐션 없음</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>A pretrained model could not be loaded ({error}); the page uses an untrained one.</source>
        <translation>사전 훈련된 모델을 불러올 수 없습니다({error}). 이 페이지는 훈련되지 않은 모델을 씁니다.</translation>
    </message>
    <message>
        <source>Caption demo</source>
        <translation>캡션 데모</translation>
    </message>
    <message>
        <source>Presets:</source>
        <translation>프리셋:</translation>
    </message>
    <message>
        <source>The saved experiment is not a set of page settings.</source>
        <translation>저장된 실험이 페이지 설정의 모음이 아닙니다.</translation>
    </message>
    <message>
        <source>The saved scene is not one this page can draw.</source>
        <translation>저장된 장면은 이 페이지가 그릴 수 있는 장면이 아닙니다.</translation>
    </message>
    <message>
        <source>Write a date, e.g. “3 Mar 21”</source>
        <translation>날짜를 쓰세요. 예: “3 Mar 21”</translation>
    </message>
    <message>
        <source>Examples…</source>
        <translation>예시…</translation>
    </message>
    <message>
        <source>With attention</source>
        <translation>어텐션 사용</translation>
    </message>
    <message>
        <source>Length normalisation</source>
        <translation>길이 정규화</translation>
    </message>
    <message>
        <source>Written date:</source>
        <translation>글로 쓴 날짜:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>모델:</translation>
    </message>
    <message>
        <source>Beam size:</source>
        <translation>빔 크기:</translation>
    </message>
    <message>
        <source>Attention between characters</source>
        <translation>문자 사이의 어텐션</translation>
    </message>
    <message>
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>The model without attention reads one summary of the whole input.</source>
        <translation>어텐션이 없는 모델은 입력 전체의 요약 하나만 읽습니다.</translation>
    </message>
    <message>
        <source>Each row is one output character; its colours show which input characters it read.</source>
        <translation>한 행이 출력 문자 하나입니다. 색은 그 문자가 어떤 입력 문자를 읽었는지 보여 줍니다.</translation>
    </message>
    <message>
        <source>Write a date to translate.</source>
        <translation>번역할 날짜를 쓰세요.</translation>
    </message>
    <message>
        <source>A written date has at most {n} characters.</source>
        <translation>날짜는 최대 {n}자까지 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>The translator never saw these characters: {chars}</source>
        <translation>번역기가 본 적 없는 문자입니다: {chars}</translation>
    </message>
    <message>
        <source>Log-probability of this output: {lp:.3f}</source>
        <translation>이 출력의 로그 확률: {lp:.3f}</translation>
    </message>
    <message>
        <source>The saved date settings are not ones this page can use.</source>
        <translation>저장된 날짜 설정은 이 페이지가 쓸 수 있는 설정이 아닙니다.</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>한 단계 앞으로</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>처음부터</translation>
    </message>
    <message>
        <source>Teacher forcing</source>
        <translation>교사 강요</translation>
    </message>
    <message>
        <source>On: each step is fed the true word, as in training. Off: the model is fed its own favourite word (free running), as when it captions a new scene.</source>
        <translation>켜면: 훈련할 때처럼 단계마다 정답 단어를 입력합니다. 끄면: 새 장면에 캡션을 붙일 때처럼 모델이 가장 좋아하는 자기 단어를 입력합니다(자유 실행).</translation>
    </message>
    <message>
        <source>The five most likely next words:</source>
        <translation>다음 단어 후보 5개와 확률:</translation>
    </message>
    <message>
        <source>Attention for the next word</source>
        <translation>다음 단어의 어텐션</translation>
    </message>
    <message>
        <source>The averaged-features model has no attention.</source>
        <translation>평균 특징 모델에는 어텐션이 없습니다.</translation>
    </message>
    <message>
        <source>The caption is finished. Step back to change it.</source>
        <translation>캡션이 끝났습니다. 바꾸려면 뒤로 가세요.</translation>
    </message>
    <message>
        <source>Teacher forcing: the next step is fed the true word “{word}”, whatever the model prefers.</source>
        <translation>교사 강요: 모델이 무엇을 고르든 다음 단계에는 정답 단어 “{word}”를 입력합니다.</translation>
    </message>
    <message>
        <source>Free running: the next step is fed the model&apos;s own most likely word.</source>
        <translation>자유 실행: 다음 단계에는 모델 자신이 가장 그럴듯하다고 본 단어를 입력합니다.</translation>
    </message>
    <message>
        <source>test scene</source>
        <translation>테스트 장면</translation>
    </message>
    <message>
        <source>Greedy trap</source>
        <translation>탐욕의 함정</translation>
    </message>
    <message>
        <source>Short or long</source>
        <translation>짧게 또는 길게</translation>
    </message>
    <message>
        <source>Decoder:</source>
        <translation>디코더:</translation>
    </message>
    <message>
        <source>Greedy: “{text}”, probability {p:.4f}</source>
        <translation>탐욕적 디코딩: “{text}”, 확률 {p:.4f}</translation>
    </message>
    <message>
        <source>Beam search: “{text}”, probability {p:.4f}</source>
        <translation>빔 탐색: “{text}”, 확률 {p:.4f}</translation>
    </message>
    <message>
        <source>Captioner</source>
        <translation>캡션 모델</translation>
    </message>
    <message>
        <source>Train a translator from scratch</source>
        <translation>번역기를 처음부터 훈련하기</translation>
    </message>
    <message>
        <source>Date translator</source>
        <translation>날짜 번역기</translation>
    </message>
    <message>
        <source>Untick to train the translator that reads one summary of the whole input</source>
        <translation>표시를 끄면 입력 전체의 요약 하나만 읽는 번역기를 훈련합니다</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>훈련 손실</translation>
    </message>
    <message>
        <source>step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <source>Press Play to train a date translator from random weights.</source>
        <translation>재생을 누르면 임의의 가중치에서 날짜 번역기를 훈련합니다.</translation>
    </message>
    <message>
        <source>Exact match on {n} fresh dates</source>
        <translation>새 날짜 {n}개의 정확 일치</translation>
    </message>
    <message>
        <source>share right</source>
        <translation>맞힌 비율</translation>
    </message>
    <message>
        <source>Free-running, every {n} steps.</source>
        <translation>자유 생성으로 {n}단계마다 잽니다.</translation>
    </message>
    <message>
        <source>exact match</source>
        <translation>정확 일치</translation>
    </message>
    <message>
        <source>{share:.1f} % of fresh dates right after {step} steps ({seconds:.0f} s of training).</source>
        <translation>{step}단계 뒤 새 날짜의 {share:.1f} %를 맞힙니다(훈련 {seconds:.0f}초).</translation>
    </message>
    <message>
        <source>After {steps} steps it translates {share:.1f} % of {n} fresh dates exactly. It is now the model “Trained on this page” above.</source>
        <translation>{steps}단계 뒤 새 날짜 {n}개 가운데 {share:.1f} %를 정확히 번역합니다. 이제 위의 “이 페이지에서 훈련한 모델”이 이 번역기입니다.</translation>
    </message>
    <message>
        <source>It first reached 99 % after {step} steps ({seconds:.0f} s).</source>
        <translation>{step}단계({seconds:.0f}초) 뒤 처음으로 99 %에 이르렀습니다.</translation>
    </message>
    <message>
        <source>Training diverged (the loss is no longer a number); the pretrained translators are unchanged.</source>
        <translation>훈련이 발산했습니다(손실이 더는 수가 아닙니다). 사전 훈련된 번역기는 그대로입니다.</translation>
    </message>
    <message>
        <source>cross-entropy per word</source>
        <translation>단어당 교차 엔트로피</translation>
    </message>
    <message>
        <source>Press Play to train a captioner from scratch.</source>
        <translation>재생을 누르면 캡션 모델을 처음부터 훈련합니다.</translation>
    </message>
    <message>
        <source>While it trains, these test scenes are captioned every {n} steps.</source>
        <translation>훈련하는 동안 {n}단계마다 이 테스트 장면들에 캡션을 답니다.</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>단계 수:</translation>
    </message>
    <message>
        <source>After step {step}:</source>
        <translation>{step}단계 뒤:</translation>
    </message>
    <message>
        <source>loss of each batch</source>
        <translation>미니배치마다의 손실</translation>
    </message>
    <message>
        <source>After {steps} steps it captions the test scene: “{text}”. It is now a choice in the Caption tab.</source>
        <translation>{steps}단계 뒤 테스트 장면의 캡션: “{text}”. 이제 캡션 탭에서 이 모델을 고를 수 있습니다.</translation>
    </message>
    <message>
        <source>Training diverged (the loss is no longer a number); the pretrained models are unchanged.</source>
        <translation>훈련이 발산했습니다(손실이 더는 수가 아닙니다). 사전 훈련된 모델은 그대로입니다.</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>유지</translation>
    </message>
    <message>
        <source>pruned</source>
        <translation>가지치기됨</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>끝남</translation>
    </message>
    <message>
        <source>cut at the longest length</source>
        <translation>최대 길이에서 잘림</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>단어</translation>
    </message>
    <message>
        <source>Log-probability</source>
        <translation>로그 확률</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>New scene</source>
        <translation>새 장면</translation>
    </message>
    <message>
        <source>Draw another scene from the 1,000 test digits</source>
        <translation>테스트 숫자 1,000개로 다른 장면을 만듭니다</translation>
    </message>
    <message>
        <source>Seen combinations</source>
        <translation>훈련에서 본 조합</translation>
    </message>
    <message>
        <source>A held-out combination</source>
        <translation>빼 둔 조합 하나</translation>
    </message>
    <message>
        <source>Held-out colour–digit pairs never appeared in training</source>
        <translation>빼 둔 색–숫자 조합은 훈련에 한 번도 나오지 않았습니다</translation>
    </message>
    <message>
        <source>Averaged features</source>
        <translation>평균 특징</translation>
    </message>
    <message>
        <source>Trained on this page</source>
        <translation>이 페이지에서 훈련한 모델</translation>
    </message>
    <message>
        <source>1 is greedy decoding: always the most likely word</source>
        <translation>1은 탐욕적 디코딩입니다: 늘 가장 그럴듯한 단어</translation>
    </message>
    <message>
        <source>Rank finished captions by log-probability per word</source>
        <translation>끝난 캡션을 단어당 로그 확률로 순위를 매깁니다</translation>
    </message>
    <message>
        <source>Attention over the 8 × 8 grid for the word “{word}”: the weights sum to {total:.2f}</source>
        <translation>단어 “{word}”의 8 × 8 격자 위 어텐션: 가중치의 합은 {total:.2f}</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>Each word&apos;s attention: point at a map to find its word</source>
        <translation>단어마다의 어텐션: 지도를 가리키면 그 단어를 찾아 줍니다</translation>
    </message>
    <message>
        <source>The beam size must be a whole number from {lo} to {hi}, not {value}.</source>
        <translation>빔 크기는 {lo}에서 {hi} 사이의 정수여야 합니다({value}는 안 됩니다).</translation>
    </message>
    <message>
        <source>Greedy (beam 1): {text}</source>
        <translation>탐욕적 디코딩 (빔 1): {text}</translation>
    </message>
    <message>
        <source>right</source>
        <translation>정답</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>오답</translation>
    </message>
    <message>
        <source>The scene&apos;s true caption: {text} ({verdict})</source>
        <translation>장면의 실제 캡션: {text} ({verdict})</translation>
    </message>
    <message>
        <source>This model, greedy, on {n} test scenes each: {seen:.1f} % exactly right on seen combinations, {held:.1f} % on held-out ones (BLEU-4 {bleu_seen:.3f} and {bleu_held:.3f}).</source>
        <translation>이 모델의 탐욕적 디코딩, 각각 테스트 장면 {n}개: 본 조합에서 {seen:.1f} %, 빼 둔 조합에서 {held:.1f} %가 정확 일치 (BLEU-4 {bleu_seen:.3f}, {bleu_held:.3f}).</translation>
    </message>
    <message>
        <source>The captioner you trained in the Train tab.</source>
        <translation>훈련 탭에서 직접 훈련한 캡션 모델입니다.</translation>
    </message>
    <message>
        <source>Where the model looked to write this word</source>
        <translation>모델이 이 단어를 쓰려고 본 곳</translation>
    </message>
    <message>
        <source>where it looks for “{word}”</source>
        <translation>“{word}”를 위해 보는 곳</translation>
    </message>
    <message>
        <source>The saved beam size is not a number from 1 to 10.</source>
        <translation>저장된 빔 크기가 1에서 10 사이의 수가 아닙니다.</translation>
    </message>
    <message>
        <source>red</source>
        <translation>빨강</translation>
    </message>
    <message>
        <source>green</source>
        <translation>초록</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>파랑</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>노랑</translation>
    </message>
    <message>
        <source>cyan</source>
        <translation>청록</translation>
    </message>
    <message>
        <source>magenta</source>
        <translation>자홍</translation>
    </message>
    <message>
        <source>small</source>
        <translation>작게</translation>
    </message>
    <message>
        <source>big</source>
        <translation>크게</translation>
    </message>
    <message>
        <source>The model never saw four digits in one scene: every training scene had one to three, and its captions stop after three.</source>
        <translation>모델은 한 장면에 숫자 넷을 본 적이 없습니다: 훈련 장면에는 숫자가 하나에서 셋뿐이었고, 캡션도 셋째 숫자 뒤에서 끝납니다.</translation>
    </message>
    <message>
        <source>The model never saw a {colour} {digit}: that colour–digit pair was held out of training.</source>
        <translation>모델은 {colour} {digit}을(를) 본 적이 없습니다: 이 색–숫자 조합은 훈련에서 빼 두었습니다.</translation>
    </message>
    <message>
        <source>The model never saw a digit across two quarters of the canvas: each training digit sat inside its own quarter.</source>
        <translation>모델은 캔버스의 두 사분면에 걸친 숫자를 본 적이 없습니다: 훈련 장면의 숫자는 늘 자기 사분면 안에 있었습니다.</translation>
    </message>
    <message>
        <source>The model never saw two digits in one quarter, and the captions cannot say which of them is above or left of the other.</source>
        <translation>모델은 한 사분면에 숫자 둘이 있는 장면을 본 적이 없고, 캡션도 어느 쪽이 위나 왼쪽인지 말할 수 없습니다.</translation>
    </message>
    <message>
        <source>The model never saw two digits that touch only at a corner: training pairs stood side by side or one above the other.</source>
        <translation>모델은 모서리로만 맞닿은 두 숫자를 본 적이 없습니다: 훈련 장면의 두 숫자는 늘 나란히 또는 위아래로 있었습니다.</translation>
    </message>
    <message>
        <source>The model never saw your handwriting: it has only read digits from the data set.</source>
        <translation>모델은 여러분의 손글씨를 본 적이 없습니다: 데이터 집합의 숫자만 읽었습니다.</translation>
    </message>
    <message>
        <source>Copy the Caption tab&apos;s scene</source>
        <translation>캡션 탭의 장면 가져오기</translation>
    </message>
    <message>
        <source>Clear the canvas</source>
        <translation>캔버스 비우기</translation>
    </message>
    <message>
        <source>Add a digit</source>
        <translation>숫자 더하기</translation>
    </message>
    <message>
        <source>Up to four: the model was trained on one to three, a fourth shows its limits</source>
        <translation>넷까지: 모델은 하나에서 셋으로 훈련했으니, 넷째 숫자는 모델의 한계를 보여 줍니다</translation>
    </message>
    <message>
        <source>Remove the digit</source>
        <translation>숫자 빼기</translation>
    </message>
    <message>
        <source>Drag a digit to move it; click one to change it</source>
        <translation>숫자를 끌어 옮기고, 누르면 바꿀 수 있습니다</translation>
    </message>
    <message>
        <source>Pick a digit on the canvas.</source>
        <translation>캔버스에서 숫자를 고르세요.</translation>
    </message>
    <message>
        <source>Test digits of this number: click one to use its handwriting</source>
        <translation>이 숫자의 테스트 손글씨입니다: 하나를 누르면 그 손글씨를 씁니다</translation>
    </message>
    <message>
        <source>Other handwriting</source>
        <translation>다른 손글씨</translation>
    </message>
    <message>
        <source>Draw a digit: left button draws, right button erases</source>
        <translation>숫자를 그리세요: 왼쪽 버튼은 그리고, 오른쪽 버튼은 지웁니다</translation>
    </message>
    <message>
        <source>Use my drawing</source>
        <translation>내 그림 쓰기</translation>
    </message>
    <message>
        <source>The selected digit takes your drawing as its handwriting (set Digit to what you drew)</source>
        <translation>고른 숫자가 여러분의 그림을 손글씨로 씁니다(숫자 칸에 그린 숫자를 넣으세요)</translation>
    </message>
    <message>
        <source>Clear the drawing</source>
        <translation>그림 지우기</translation>
    </message>
    <message>
        <source>Digit:</source>
        <translation>숫자:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>색:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>크기:</translation>
    </message>
    <message>
        <source>The selected digit</source>
        <translation>고른 숫자</translation>
    </message>
    <message>
        <source>The drawing is blank: draw a digit first.</source>
        <translation>그림이 비어 있습니다: 먼저 숫자를 그리세요.</translation>
    </message>
    <message>
        <source>The canvas is empty: add a digit to see its caption.</source>
        <translation>캔버스가 비어 있습니다: 숫자를 더하면 캡션이 나옵니다.</translation>
    </message>
    <message>
        <source>The captions&apos; grammar has no sentence for this scene, so there is no true caption to compare with.</source>
        <translation>캡션 문법에는 이 장면을 말할 문장이 없어서, 견줄 실제 캡션이 없습니다.</translation>
    </message>
    <message>
        <source>The true caption: {text}</source>
        <translation>실제 캡션: {text}</translation>
    </message>
    <message>
        <source>The true caption: {text} ({verdict})</source>
        <translation>실제 캡션: {text} ({verdict})</translation>
    </message>
    <message>
        <source>The saved composed scene is not one this page can draw.</source>
        <translation>저장된 만든 장면은 이 페이지가 그릴 수 있는 장면이 아닙니다.</translation>
    </message>
    <message>
        <source>seen</source>
        <translation>본 조합</translation>
    </message>
    <message>
        <source>held out</source>
        <translation>빼 둔 조합</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Beam size</source>
        <translation>빔 크기</translation>
    </message>
    <message>
        <source>Combinations</source>
        <translation>조합</translation>
    </message>
    <message>
        <source>Exact match</source>
        <translation>정확 일치</translation>
    </message>
    <message>
        <source>How many test scenes of each kind: the same ones every time</source>
        <translation>종류마다의 테스트 장면 수: 늘 같은 장면입니다</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>평가하기</translation>
    </message>
    <message>
        <source>Caption the test scenes free-running with every model and beam size, and score them</source>
        <translation>모든 모델과 빔 크기로 테스트 장면에 자유 생성으로 캡션을 달고 채점합니다</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <source>Test scenes of each kind:</source>
        <translation>종류마다의 테스트 장면:</translation>
    </message>
    <message>
        <source>Every caption is written free-running (the model reads its own words, no teacher forcing). Exact match: the share of scenes whose caption is right word for word. BLEU-n: the geometric mean of the 1- to n-word precisions, with a penalty for short captions. Held-out combinations are colour–digit pairs no training scene showed.</source>
        <translation>모든 캡션은 자유 생성으로 씁니다(모델이 자기 단어를 읽고, 교사 강요는 없습니다). 정확 일치: 캡션이 한 단어도 틀리지 않은 장면의 비율. BLEU-n: 1단어부터 n단어 묶음까지의 정밀도의 기하 평균에, 짧은 캡션에 주는 벌점을 곱한 값. 빼 둔 조합은 어떤 훈련 장면에도 없던 색–숫자 조합입니다.</translation>
    </message>
    <message>
        <source>Captioning {n} seen and {n} held-out test scenes with each model …</source>
        <translation>모델마다 본 조합 {n}개와 빼 둔 조합 {n}개의 테스트 장면에 캡션을 다는 중 …</translation>
    </message>
    <message>
        <source>Scored on {n} seen and {n} held-out test scenes (the same scenes every time).</source>
        <translation>본 조합 {n}개와 빼 둔 조합 {n}개의 테스트 장면으로 채점했습니다(늘 같은 장면).</translation>
    </message>
    <message>
        <source>Paused while the tab was hidden; it goes on when you come back.</source>
        <translation>탭이 가려진 동안 잠시 멈췄습니다. 돌아오면 이어서 계속합니다.</translation>
    </message>
    <message>
        <source>Stopped: the rows above were finished before it stopped.</source>
        <translation>멈췄습니다: 위의 행들은 멈추기 전에 끝난 것입니다.</translation>
    </message>
    <message>
        <source>The evaluation failed: {error}</source>
        <translation>평가에 실패했습니다: {error}</translation>
    </message>
</context>
<context>
    <name>PageSpec</name>
    <message>
        <source>Caption demo</source>
        <translation>캡션 데모</translation>
    </message>
    <message>
        <source>A CNN reads a scene of coloured digits and an LSTM writes its caption word by word: greedy against beam search, attention per word, and dates translated</source>
        <translation>CNN이 색깔 있는 숫자 장면을 읽고 LSTM이 캡션을 한 단어씩 씁니다: 탐욕적 디코딩 대 빔 탐색, 단어마다의 어텐션, 날짜 번역</translation>
    </message>
    <message>
        <source>Image captioning</source>
        <translation>영상 설명 생성(이미지 캡셔닝)</translation>
    </message>
    <message>
        <source>Soft attention</source>
        <translation>소프트 어텐션</translation>
    </message>
    <message>
        <source>Beam search</source>
        <translation>빔 탐색</translation>
    </message>
    <message>
        <source>Teacher forcing</source>
        <translation>교사 강요</translation>
    </message>
    <message>
        <source>Sequence to sequence</source>
        <translation>시퀀스-투-시퀀스</translation>
    </message>
</context>
</TS>
